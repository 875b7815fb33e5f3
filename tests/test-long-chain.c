/* test-long-chain.c - a message a chosen catalog lacks comes from the next one,
   however many catalogs the request chains, as gettext follows them.

   Twenty partial catalogs, made here from source, each translating three
   messages of its own plus one the others share: with all twenty in
   LANGUAGE, raw dgettext finds each message in the first catalog that has
   it, the 17th and 20th included, and the library must give the same
   bytes, through the thread's locale, a locale_t and a tag list.  */

#include "test-helpers.h"
#include "gettext-oracle.h"
#include "mo-writer.h"

#if ENABLE_NLS

#define CATALOGS 20
#define OWN 3

static char dir[] = "/tmp/sdkerr-long-chain.XXXXXX";
static char names[CATALOGS][8];
static char texts[CATALOGS][OWN + 1][64];
static char chain[CATALOGS * 8];        /* "xa:xb:...", LANGUAGE style */
static char tags[CATALOGS * 8];         /* "xa,xb,...", tag-list style */

/* Catalog I translates messages OWN * I .. OWN * I + OWN - 1 of the table,
   and the last message, which the first catalog has too: the first
   catalog's text must win.  */
static int
install_partial_catalogs (void **state)
{
  size_t count;
  const int *codes = sdkerr_codes (&count);
  (void) state;
  if (mkdtemp (dir) == NULL || count < CATALOGS * OWN + 1)
    return -1;
  for (int i = 0; i < CATALOGS; i++)
    {
      struct mo_entry e[OWN + 1];
      unsigned char *mo;
      size_t size;
      snprintf (names[i], sizeof names[i], "x%c", 'a' + i);
      for (int k = 0; k <= OWN; k++)
        {
          int code = k < OWN ? codes[OWN * i + k] : codes[count - 1];
          snprintf (texts[i][k], sizeof texts[i][k], "%s: %d", names[i], code);
          e[k].msgid = sdkerr_message (code);
          e[k].msgstr = texts[i][k];
        }
      mo = mo_build (e, OWN + 1, 0, &size);
      if (mo_install (dir, names[i], mo, size) != 0)
        return -1;
      free (mo);
      strcat (chain, i > 0 ? ":" : "");
      strcat (chain, names[i]);
      strcat (tags, i > 0 ? "," : "");
      strcat (tags, names[i]);
    }
  /* The application's catalogs, bound before the library's first use.  */
  return bindtextdomain ("sdkerr", dir) == NULL ? -1 : 0;
}

static int
remove_partial_catalogs (void **state)
{
  (void) state;
  return mo_remove_tree (dir);
}

/* gettext's translation of MSGID under LANGUAGE=chain, in UTF-8; where
   gettext reads no LANGUAGE (musl), its answer for each catalog in turn
   (the tag path's chain does not depend on the C library).  */
static const char *
chain_utf8 (const char *msgid)
{
  const char *t;
  if (GETTEXT_READS_LANGUAGE)
    return dgettext_utf8 (msgid);
  t = first_translating (msgid, chain);
  return t != NULL ? t : msgid;
}

/* Every code: ANSWER (the library's) is dgettext's translation, in
   UTF-8 when UTF8 (the tag path) or else in the codeset bound, and the
   catalogs gave one to every code the twenty cover.  */
static void
every_message_as_gettext (const char *(*answer) (int, const void *),
                          const void *arg, int utf8)
{
  size_t count;
  const int *codes = sdkerr_codes (&count);
  for (size_t i = 0; i < count; i++)
    {
      const char *msgid = sdkerr_message (codes[i]);
      /* Where it translates nothing, the source: in the codeset the
         application bound (gettext passes the msgid as it is).  */
      const char *oracle = utf8 ? chain_utf8 (msgid) : dgettext ("sdkerr", msgid);
      if ((i < CATALOGS * OWN || i == count - 1) && oracle == msgid)
        fail_msg ("%d: gettext translates nothing: the fixture is wrong", codes[i]);
      if (oracle == msgid && !utf8)
        oracle = in_bound_codeset (msgid);
      if (strcmp (answer (codes[i], arg), oracle) != 0)
        fail_msg ("%d: gettext '%s', sdkerr '%s'", codes[i], oracle,
                  answer (codes[i], arg));
    }
}

static const char *
by_thread (int code, const void *unused)
{
  (void) unused;
  return sdkerr_localized (code);
}

static const char *
by_locale (int code, const void *loc)
{
  return sdkerr_localized_l (code, *(const locale_t *) loc);
}

static const char *
by_tags (int code, const void *unused)
{
  (void) unused;
  return sdkerr_localized_lang (code, tags);
}

static void
twenty_catalogs_in_language_chain_as_gettext (void **state)
{
  size_t count;
  const int *codes = sdkerr_codes (&count);
  (void) state;
  use_language (chain);
  every_message_as_gettext (by_thread, NULL, 0);
  /* The 17th and the 20th are reached; the first has the shared one.  */
  assert_string_equal (sdkerr_localized (codes[OWN * 16]), texts[16][0]);
  assert_string_equal (sdkerr_localized (codes[OWN * 19 + 2]), texts[19][2]);
  assert_string_equal (sdkerr_localized (codes[count - 1]), texts[0][OWN]);
  use_language (NULL);
}

static void
twenty_catalogs_through_a_locale_chain_as_gettext (void **state)
{
  locale_t loc = newlocale (LC_ALL_MASK, "C.UTF-8", (locale_t) 0);
  (void) state;
  assert_true (loc != (locale_t) 0);
  use_language (chain);
  every_message_as_gettext (by_locale, &loc, 0);
  use_language (NULL);
  freelocale (loc);
}

static void
twenty_catalogs_in_a_tag_list_chain_as_gettext (void **state)
{
  (void) state;
  if (GETTEXT_READS_LANGUAGE)
    use_language (chain);       /* for gettext, the oracle */
  every_message_as_gettext (by_tags, NULL, 1);
  use_language (NULL);
}

#else /* !ENABLE_NLS */

static void
without_nls_there_is_no_chain (void **state)
{
  (void) state;
  assert_string_equal (sdkerr_localized (10003), in_bound_codeset ("授权过期"));
}

# define install_partial_catalogs NULL
# define remove_partial_catalogs NULL
#endif

int
main (void)
{
  const struct CMUnitTest tests[] = {
#if ENABLE_NLS
    cmocka_unit_test (twenty_catalogs_in_language_chain_as_gettext),
    cmocka_unit_test (twenty_catalogs_through_a_locale_chain_as_gettext),
    cmocka_unit_test (twenty_catalogs_in_a_tag_list_chain_as_gettext),
#else
    cmocka_unit_test (without_nls_there_is_no_chain),
#endif
  };
  return cmocka_run_group_tests (tests, install_partial_catalogs,
                                 remove_partial_catalogs);
}
