/* catalog-fixture.h - labelled catalogs for the tests that follow a
   message through the catalogs chosen: each translation names its
   catalog ("fr: 授权过期"), so that an answer shows where it came from.  */

#ifndef SDKERR_CATALOG_FIXTURE_H
#define SDKERR_CATALOG_FIXTURE_H

#include "mo-writer.h"
#include "sdkerr.h"

/* Included after test-helpers.h (cmocka).  */

/* The library's two texts for unknown codes (src/lookup.c).  */
#define FIXTURE_UNKNOWN "未知错误码"
#define FIXTURE_UNKNOWN_NUMBER "未知错误码 %d"

/* The catalog directory of the test program, where fixture_open makes
   it.  */
static char fixture_dir[] = "/tmp/sdkerr-fixture.XXXXXX";

/* Makes the directory and points the library at it (read on first use);
   NULL on failure.  */
static inline const char *
fixture_open (void)
{
  if (mkdtemp (fixture_dir) == NULL
      || setenv ("SDKERR_LOCALEDIR", fixture_dir, 1) != 0)
    return NULL;
  return fixture_dir;
}

/* Removes it: a cmocka group teardown.  */
static inline int
fixture_close (void **state)
{
  (void) state;
  return mo_remove_tree (fixture_dir);
}

/* The label LANG's catalog gives MSGID, in OUT.  */
static inline const char *
fixture_text (char *out, size_t size, const char *lang, const char *msgid)
{
  snprintf (out, size, "%s: %s", lang, msgid);
  return out;
}

/* Installs DIR/LANG/LC_MESSAGES/sdkerr.mo translating the N codes of
   CODES, or, when CODES is NULL, every code and the unknown-code texts
   (UNKNOWN_FORMAT, when not NULL, as the translation of the numbered
   one).  0 on success.  */
static inline int
fixture_install (const char *dir, const char *lang, const int *codes,
                 size_t n, const char *unknown_format)
{
  size_t count, used = 0, size;
  const int *all = sdkerr_codes (&count);
  struct mo_entry *e;
  unsigned char *mo;
  int rc;

  if (codes == NULL)
    {
      codes = all;
      n = count;
    }
  e = calloc (n + 2, sizeof *e);
  for (size_t i = 0; i < n; i++)
    {
      const char *msgid = sdkerr_message (codes[i]);
      size_t k;
      /* Two codes share a description: one entry for both.  */
      for (k = 0; k < used && strcmp (e[k].msgid, msgid) != 0; k++)
        ;
      if (k < used)
        continue;
      e[used].msgid = msgid;
      e[used].msgstr = malloc (strlen (lang) + strlen (msgid) + 3);
      fixture_text ((char *) e[used].msgstr, strlen (lang) + strlen (msgid) + 3,
                    lang, msgid);
      used++;
    }
  if (codes == all)
    {
      char *u = malloc (strlen (lang) + sizeof FIXTURE_UNKNOWN + 3);
      fixture_text (u, strlen (lang) + sizeof FIXTURE_UNKNOWN + 3, lang,
                    FIXTURE_UNKNOWN);
      e[used++] = (struct mo_entry) { FIXTURE_UNKNOWN, u };
      if (unknown_format == NULL)
        {
          char *f = malloc (strlen (lang) + sizeof FIXTURE_UNKNOWN_NUMBER + 3);
          fixture_text (f, strlen (lang) + sizeof FIXTURE_UNKNOWN_NUMBER + 3,
                        lang, FIXTURE_UNKNOWN_NUMBER);
          unknown_format = f;
        }
      else
        unknown_format = strdup (unknown_format);
      e[used++] = (struct mo_entry) { FIXTURE_UNKNOWN_NUMBER, unknown_format };
    }
  mo = mo_build (e, used, 0, &size);
  rc = mo_install (dir, lang, mo, size);
  free (mo);
  for (size_t i = 0; i < used; i++)
    free ((char *) e[i].msgstr);
  free (e);
  return rc;
}

/* Asserts that ANSWER is catalog LANG's text for CODE (cmocka).  */
static inline void
assert_from (const char *answer, const char *lang, int code)
{
  char expected[512];
  assert_string_equal (answer, fixture_text (expected, sizeof expected, lang,
                                             sdkerr_message (code)));
}

/* The same for an answer of the thread's path (sdkerr_localized, _l,
   _r): in the codeset the application bound, as gettext converts.  */
static inline void
assert_localized_from (const char *answer, const char *lang, int code)
{
  char expected[512];
  fixture_text (expected, sizeof expected, lang, sdkerr_message (code));
  assert_string_equal (answer, in_bound_codeset (expected));
}

#endif /* SDKERR_CATALOG_FIXTURE_H */
