/* test-gettext-oracle.c - sdkerr_localized gives gettext's answer.

   gettext itself is the oracle: under real, generated locales, each with
   several LANGUAGE values, switched with setlocale and with uselocale,
   wherever raw dgettext ("sdkerr", msgid) finds a translation,
   sdkerr_localized returns the same bytes; where it finds none, the
   library's closest-catalog or default rule answers, as documented.
   sdkerr_localized_l under a locale answers as sdkerr_localized does in
   a thread using it.  Also: an application's own bindtextdomain, before
   and after the library's first use.  */

#include "test-helpers.h"
#include "gettext-oracle.h"
#include "mo-writer.h"

#include <errno.h>
#include <limits.h>

#if ENABLE_NLS

static const char *const locales[] = {
  "en_US.UTF-8", "de_DE.UTF-8", "fr_FR.UTF-8", "ja_JP.UTF-8", "ru_RU.UTF-8",
  "ar_EG.UTF-8", "zh_CN.UTF-8", "zh_TW.UTF-8", "zh_HK.UTF-8", "zh_SG.UTF-8",
  "pt_PT.UTF-8", "pt_BR.UTF-8", "es_MX.UTF-8", "C.UTF-8", "C",
};
#define MIN_LOCALES 10

static const char *const languages[] = {
  NULL, "en", "zh_CN:en", "fr:de", "pt_PT:en", "zh_HK:en", "xx:ja",
  "de_AT:de", "zh:en",
#if defined LOCALE_ALIAS_FILE && GETTEXT_READS_LANGUAGE
  /* Names from glibc's locale.alias, which gettext expands (musl's
     gettext reads neither LANGUAGE nor the alias file: no oracle).  */
  "deutsch:en", "portuguese",
#endif
};

static char app_dir[] = "/tmp/sdkerr-oracle.XXXXXX";

static void
setlocale_and_language_agree_with_gettext (void **state)
{
  int available = 0;
  (void) state;
  for (size_t l = 0; l < sizeof locales / sizeof locales[0]; l++)
    {
      if (setlocale (LC_ALL, locales[l]) == NULL)
        continue;
      available++;
      for (size_t g = 0; g < sizeof languages / sizeof languages[0]; g++)
        {
          set_language (languages[g]);
          compare_every_message (locales[l], languages[g], localized_in_thread,
                                 (locale_t) 0);
        }
    }
  setlocale (LC_ALL, "C");
  set_language (NULL);
  if (available < MIN_LOCALES)
    skip_because ("fewer than 10 of the locales are generated "
                  "(scripts/install-deps.sh generates them)");
}

static void
uselocale_and_language_agree_with_gettext (void **state)
{
  int available = 0;
  (void) state;
  assert_non_null (setlocale (LC_ALL, "C"));
  for (size_t l = 0; l < sizeof locales / sizeof locales[0]; l++)
    {
      locale_t loc = newlocale (LC_ALL_MASK, locales[l], (locale_t) 0);
      if (loc == (locale_t) 0)
        continue;
      available++;
      uselocale (loc);
      for (size_t g = 0; g < sizeof languages / sizeof languages[0]; g++)
        {
          set_language (languages[g]);
          compare_every_message (locales[l], languages[g], localized_in_thread,
                                 (locale_t) 0);
        }
      uselocale (LC_GLOBAL_LOCALE);
      freelocale (loc);
    }
  set_language (NULL);
  if (available < MIN_LOCALES)
    skip_because ("fewer than 10 of the locales are generated");
}

/* sdkerr_localized_l (code, loc) is sdkerr_localized in a thread using
   loc, LANGUAGE included, like strerror_l.  */
static void
localized_l_is_localized_under_uselocale (void **state)
{
  static const char *const some[] = { "de_DE.UTF-8", "pt_PT.UTF-8", "zh_HK.UTF-8", "C" };
  size_t count;
  const int *codes = sdkerr_codes (&count);
  (void) state;
  for (size_t l = 0; l < sizeof some / sizeof some[0]; l++)
    for (size_t g = 0; g < sizeof languages / sizeof languages[0]; g++)
      {
        locale_t loc = newlocale (LC_ALL_MASK, some[l], (locale_t) 0);
        if (loc == (locale_t) 0)
          continue;
        set_language (languages[g]);
        for (size_t i = 0; i < count; i++)
          {
            const char *by_l = sdkerr_localized_l (codes[i], loc);
            uselocale (loc);
            assert_string_equal (by_l, sdkerr_localized (codes[i]));
            uselocale (LC_GLOBAL_LOCALE);
          }
        freelocale (loc);
      }
  set_language (NULL);
}

/* The default applies where nothing requested is available: the C
   locale included.  */
static void
the_default_fills_what_gettext_leaves (void **state)
{
  (void) state;
  assert_non_null (setlocale (LC_ALL, "C"));
  set_language ("de");
  assert_string_equal (sdkerr_localized (10003), in_bound_codeset ("授权过期"));
  assert_int_equal (sdkerr_set_default_language ("en"), 0);
  assert_string_equal (sdkerr_localized (10003), sdkerr_localized_lang (10003, "en"));
  assert_string_not_equal (sdkerr_localized (10003), in_bound_codeset ("授权过期"));
  /* Requested and available: the request wins.  */
  use_language ("de");
  assert_string_equal (sdkerr_localized (10003), dgettext ("sdkerr", "授权过期"));
  assert_string_equal (sdkerr_localized (10003), sdkerr_localized_lang (10003, "de"));
  assert_int_equal (sdkerr_set_default_language (NULL), 0);
  assert_non_null (setlocale (LC_ALL, "C"));
  assert_string_equal (sdkerr_localized (10003), in_bound_codeset ("授权过期"));
  set_language (NULL);
}

/* An application may bind the library's domain to its own catalogs:
   before the library's first use (kept) or after (followed).  */
static const struct mo_entry app_texts[] = {
  { "授权过期", "APP: licence expired" },
  { "成功", "APP: success" },
};

static int
bind_application_catalogs (void **state)
{
  unsigned char *mo;
  size_t size;
  (void) state;
  if (mkdtemp (app_dir) == NULL)
    return -1;
  mo = mo_build (app_texts, 2, 0, &size);
  if (mo_install (app_dir, "fr", mo, size) != 0)
    return -1;
  free (mo);
  /* Before any call into the library.  */
  return bindtextdomain ("sdkerr", app_dir) == NULL ? -1 : 0;
}

static int
remove_application_catalogs (void **state)
{
  (void) state;
  return mo_remove_tree (app_dir);
}

static void
application_binding_before_first_use_is_kept (void **state)
{
  (void) state;
  use_language ("fr");
  assert_string_equal (sdkerr_localized (10003), "APP: licence expired");
  assert_string_equal (sdkerr_localized (10003), dgettext ("sdkerr", "授权过期"));
  assert_string_equal (sdkerr_localized_lang (10003, "fr"), "APP: licence expired");
  assert_string_equal (sdkerr_catalog_dir (), app_dir);
  /* A message the application's catalog lacks: the source, as gettext.  */
  assert_string_equal (sdkerr_localized (10001), in_bound_codeset ("授权文件不存在"));
}

static void
application_binding_after_first_use_is_followed (void **state)
{
  const char *builddir;
  (void) state;
  use_language ("fr");
  assert_non_null (builddir = bind_build_tree ());
  assert_string_equal (sdkerr_localized (10003), dgettext ("sdkerr", "授权过期"));
  assert_string_not_equal (sdkerr_localized (10003), "APP: licence expired");
  assert_string_equal (sdkerr_catalog_dir (), builddir);
  bindtextdomain ("sdkerr", app_dir);
  assert_string_equal (sdkerr_localized (10003), "APP: licence expired");
  assert_string_equal (sdkerr_localized_lang (10003, "fr"), "APP: licence expired");
  assert_non_null (bind_build_tree ());
  set_language (NULL);
}

#else /* !ENABLE_NLS */

static void
without_nls_there_is_no_gettext_to_agree_with (void **state)
{
  (void) state;
  assert_string_equal (sdkerr_localized (10003), in_bound_codeset ("授权过期"));
}

#endif

int
main (void)
{
  const struct CMUnitTest tests[] = {
#if ENABLE_NLS
    cmocka_unit_test (application_binding_before_first_use_is_kept),
    cmocka_unit_test (application_binding_after_first_use_is_followed),
    cmocka_unit_test (setlocale_and_language_agree_with_gettext),
    cmocka_unit_test (uselocale_and_language_agree_with_gettext),
    cmocka_unit_test (localized_l_is_localized_under_uselocale),
    cmocka_unit_test (the_default_fills_what_gettext_leaves),
#else
    cmocka_unit_test (without_nls_there_is_no_gettext_to_agree_with),
#endif
  };
#if ENABLE_NLS
  return cmocka_run_group_tests (tests, bind_application_catalogs,
                                 remove_application_catalogs);
#else
  return cmocka_run_group_tests (tests, NULL, NULL);
#endif
}
