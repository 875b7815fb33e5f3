/* test-catalog-quirks.c - catalogs that gettext reads, the library reads
   the same way, or refuses for the reason the README states.

   Each catalog is made here from source in a directory the application
   binds, followed in LANGUAGE by a complete catalog ("zz"): raw dgettext
   is the oracle for every case.  The quirks: a Content-Type line of 128
   bytes or more, the charset named only in another header field, an
   upper-case "CHARSET=" (which glibc does not read: refused when the
   bytes are not UTF-8), an empty translation, and a message stored as a
   plural entry.  */

#include "test-helpers.h"
#include "mo-writer.h"

#if ENABLE_NLS

static char dir[] = "/tmp/sdkerr-quirks.XXXXXX";

#define LICENSE_EXPIRED "授权过期"
#define LICENSE_MISSING "授权文件不存在"

static const char long_type[] =
  "Content-Type: text/plain; format=flowed; delsp=no; x-comment=\"a "
  "Content-Type line longer than any buffer of 128 bytes, as a tool may "
  "write\"; charset=ISO-8859-1\n";

static const struct
{
  const char *name;
  const char *header;
  const char *expired;          /* the translation of LICENSE_EXPIRED */
} quirks[] = {
  { "xa", long_type, "Licence expir\xe9" "e" },
  { "xb", "Content-Type: text/plain\nX-Note: charset=ISO-8859-1\n",
    "Licence expir\xe9" "e" },
  { "xc", "Content-Type: text/plain; CHARSET=UTF-8\n", "Licence expirée" },
  { "xd", "Content-Type: text/plain; charset=UTF-8\n", "" },
  { "xf", "Content-Type: text/plain; CHARSET=ISO-8859-1\n", "Licence expir\xe9" "e" },
};

static int
install (const char *name, const char *header, const struct mo_entry *e, size_t n)
{
  size_t size;
  unsigned char *mo = mo_build_with_header (e, n, 0, header, &size);
  int rc = mo_install (dir, name, mo, size);
  free (mo);
  return rc;
}

/* A catalog holding LICENSE_EXPIRED as a plural entry: msgid "授权过期"
   with a plural msgid, two forms.  mo-writer stops strings at a NUL: the
   \001 separators become NULs in the image (same lengths, same order).  */
static int
install_plural (void)
{
  const struct mo_entry e[] = {
    { LICENSE_EXPIRED "\001" LICENSE_EXPIRED "(复数)", "one licence expired\001many" },
  };
  size_t size;
  unsigned char *mo = mo_build (e, 1, 0, &size);
  int rc;
  for (size_t i = 0; i < size; i++)
    if (mo[i] == '\001')
      mo[i] = '\0';
  rc = mo_install (dir, "xe", mo, size);
  free (mo);
  return rc;
}

static int
install_catalogs (void **state)
{
  size_t count;
  const int *codes = sdkerr_codes (&count);
  struct mo_entry *all = calloc (count, sizeof *all);
  static char texts[200][32];
  size_t unique = 0;
  (void) state;
  if (mkdtemp (dir) == NULL || all == NULL || count > 200)
    return -1;
  /* "zz" translates everything, with the code: the catalog after each.  */
  for (size_t i = 0; i < count; i++)
    {
      snprintf (texts[i], sizeof texts[i], "zz %d", codes[i]);
      all[i].msgid = sdkerr_message (codes[i]);
      all[i].msgstr = texts[i];
    }
  /* Duplicate msgids (two codes share a text) are one entry.  */
  for (size_t i = 0; i < count; i++)
    {
      int dup = 0;
      for (size_t k = 0; k < unique; k++)
        dup |= strcmp (all[k].msgid, all[i].msgid) == 0;
      if (!dup)
        all[unique++] = all[i];
    }
  if (install ("zz", "Content-Type: text/plain; charset=UTF-8\n", all, unique) != 0)
    return -1;
  free (all);
  for (size_t q = 0; q < sizeof quirks / sizeof quirks[0]; q++)
    {
      const struct mo_entry e[] = {
        { LICENSE_EXPIRED, quirks[q].expired },
        { LICENSE_MISSING, "translated" },
      };
      if (install (quirks[q].name, quirks[q].header, e, 2) != 0)
        return -1;
    }
  if (install_plural () != 0)
    return -1;
  return bindtextdomain ("sdkerr", dir) == NULL ? -1 : 0;
}

static int
remove_catalogs (void **state)
{
  (void) state;
  return mo_remove_tree (dir);
}

/* NAME, then zz where gettext reads a LANGUAGE list (the result lives
   until the next call).  */
static const char *
then_zz (const char *name)
{
  static char language[16];
  snprintf (language, sizeof language, GETTEXT_READS_LANGUAGE ? "%s:zz" : "%s",
            name);
  return language;
}

/* Under LANGUAGE=NAME:zz (where gettext reads no LANGUAGE: the locale
   NAME alone), the library and gettext give the same bytes for the two
   messages NAME may hold and one it does not.  */
static void
reads_as_gettext (const char *name)
{
  static const int codes[] = { 10003, 10001, 12001 };
  use_language (then_zz (name));
  for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++)
    {
      const char *oracle = dgettext ("sdkerr", sdkerr_message (codes[i]));
      if (strcmp (sdkerr_localized (codes[i]), oracle) != 0)
        fail_msg ("%s, %d: gettext '%s', sdkerr '%s'", name, codes[i], oracle,
                  sdkerr_localized (codes[i]));
    }
  use_language (NULL);
}

static void
long_content_type_line_read_as_gettext (void **state)
{
  (void) state;
  assert_true (strlen (long_type) >= 128);
  reads_as_gettext ("xa");
  use_language (then_zz ("xa"));
  /* Latin-1 in the catalog: converted, or as it is where gettext
     converts nothing.  */
  assert_string_equal (sdkerr_localized (10003),
                       GETTEXT_CONVERTS ? in_bound_codeset ("Licence expirée")
                       : "Licence expir\xe9" "e");
  use_language (NULL);
}

static void
charset_in_another_field_read_as_gettext (void **state)
{
  (void) state;
  reads_as_gettext ("xb");
  use_language (then_zz ("xb"));
  /* Latin-1 in the catalog: converted, or as it is where gettext
     converts nothing.  */
  assert_string_equal (sdkerr_localized (10003),
                       GETTEXT_CONVERTS ? in_bound_codeset ("Licence expirée")
                       : "Licence expir\xe9" "e");
  use_language (NULL);
}

/* glibc reads only a lower-case "charset=": an upper-case one names no
   charset, and the bytes are taken as they are.  */
static void
upper_case_charset_read_as_gettext (void **state)
{
  (void) state;
  reads_as_gettext ("xc");
}

/* The same with Latin-1 bytes: gettext returns them unconverted, in a
   process that asked for UTF-8; the library refuses such a catalog (not
   UTF-8, no charset gettext reads) and the next one answers.  */
static void
upper_case_charset_with_other_bytes_is_refused (void **state)
{
  (void) state;
  use_language (then_zz ("xf"));
  assert_string_equal (dgettext ("sdkerr", LICENSE_EXPIRED), "Licence expir\xe9" "e");
  if (!GETTEXT_CONVERTS)
    {
      /* musl: dgettext answers first, and its bytes are the answer,
         whatever they are (the library reads no catalog on that path).  */
      assert_string_equal (sdkerr_localized (10003), "Licence expir\xe9" "e");
      assert_string_equal (sdkerr_localized (10001), "translated");
      use_language (NULL);
      return;
    }
  assert_string_equal (sdkerr_localized (10003), "zz 10003");
  assert_string_equal (sdkerr_localized (10001), "zz 10001");
  use_language (NULL);
}

static void
empty_translation_read_as_gettext (void **state)
{
  (void) state;
  reads_as_gettext ("xd");
}

static void
plural_entry_read_as_gettext (void **state)
{
  (void) state;
  reads_as_gettext ("xe");
  use_language (then_zz ("xe"));
  assert_string_equal (sdkerr_localized (10003), "one licence expired");
  use_language (NULL);
}

/* An application that binds another codeset: gettext converts nothing
   from a catalog that names no charset it reads, and gives its bytes as
   they are; the catalogs that name one are converted.  Last: the domain
   stays bound to a codeset (UTF-8 again, or SDKERR_TEST_CODESET's).  */
static void
a_catalog_naming_no_charset_is_not_converted (void **state)
{
  const char *bound = bind_textdomain_codeset ("sdkerr", NULL);
  char saved[64];
  (void) state;
  if (!GETTEXT_CONVERTS)
    skip_because ("this C library's gettext binds no codeset but UTF-8 (musl)");
  snprintf (saved, sizeof saved, "%s", bound != NULL ? bound : "UTF-8");
  assert_non_null (bind_textdomain_codeset ("sdkerr", "ISO-8859-1"));
  reads_as_gettext ("xa");
  reads_as_gettext ("xb");
  reads_as_gettext ("xc");
  use_language (then_zz ("xc"));
  assert_string_equal (sdkerr_localized (10003), "Licence expirée");
  use_language (NULL);
  assert_non_null (bind_textdomain_codeset ("sdkerr", saved));
}

#else /* !ENABLE_NLS */

static void
without_nls_no_catalog_is_read (void **state)
{
  (void) state;
  assert_string_equal (sdkerr_localized (10003), in_bound_codeset ("授权过期"));
}

# define install_catalogs NULL
# define remove_catalogs NULL
#endif

int
main (void)
{
  const struct CMUnitTest tests[] = {
#if ENABLE_NLS
    cmocka_unit_test (long_content_type_line_read_as_gettext),
    cmocka_unit_test (charset_in_another_field_read_as_gettext),
    cmocka_unit_test (upper_case_charset_read_as_gettext),
    cmocka_unit_test (upper_case_charset_with_other_bytes_is_refused),
    cmocka_unit_test (empty_translation_read_as_gettext),
    cmocka_unit_test (plural_entry_read_as_gettext),
    cmocka_unit_test (a_catalog_naming_no_charset_is_not_converted),
#else
    cmocka_unit_test (without_nls_no_catalog_is_read),
#endif
  };
  return cmocka_run_group_tests (tests, install_catalogs, remove_catalogs);
}
