/* test-language-requests.c - what the speakers of each language usually
   send reaches that language's catalog, on every path: an
   Accept-Language value or tag (sdkerr_localized_lang), LANGUAGE for the
   thread's locale (sdkerr_localized) and for a locale object
   (sdkerr_localized_l).  The expected text is raw dgettext's for the
   catalog itself.  Runs against the catalogs built in the build tree.  */

#include "test-helpers.h"

static const struct
{
  const char *catalog;
  const char *request;          /* a browser's Accept-Language, or a tag */
  const char *language;         /* a LANGUAGE value or locale name */
} cases[] = {
  { "nb", "nb-NO,no;q=0.9,nn;q=0.8", "nb_NO" },
  { "nb", "no", "no" },
  { "nb", "no-NO", "no_NO" },
  { "nb", "nn-NO,nn;q=0.9,en;q=0.8", "nn_NO" },
  { "nb", "nob", "nb_NO.UTF-8" },
  { "ca", "ca-ES,ca;q=0.9,es;q=0.8", "ca_ES" },
  { "ca", "ca-ES-valencia", "ca_ES@valencia" },
  { "ca", "cat", "ca_AD" },
  { "bn", "bn-BD,bn;q=0.9,en;q=0.8", "bn_BD" },
  { "bn", "bn-IN", "bn_IN" },
  { "ro", "ro-RO,ro;q=0.9,en-US;q=0.8,en;q=0.7", "ro_RO" },
  { "ro", "ro-MD", "mo" },
  { "el", "el-GR,el;q=0.9,en;q=0.8", "el_GR" },
  { "el", "el-CY", "ell" },
  { "hu", "hu-HU,hu;q=0.9,en-US;q=0.8,en;q=0.7", "hu_HU" },
  { "fi", "fi-FI,fi;q=0.9,en-US;q=0.8,en;q=0.7", "fi_FI" },
  { "fi", "fi,sv;q=0.8", "fin" },
  { "da", "da-DK,da;q=0.9,en-US;q=0.8,en;q=0.7", "da_DK" },
  { "da", "da,en-GB;q=0.8", "dan" },
  { "bg", "bg-BG,bg;q=0.9,en;q=0.8", "bg_BG" },
  { "sk", "sk-SK,sk;q=0.9,cs;q=0.8,en;q=0.7", "sk_SK" },
  { "sk", "slk", "slo" },
  /* Languages without a catalog, whose readers read another (CLDR's
     one-way fallbacks, issue 24).  */
  { "es", "gl", "gl_ES" },
  { "es", "eu-ES,eu;q=0.9", "eu" },
  { "nl", "af", "af_ZA" },
  { "de", "lb", "lb_LU" },
  { "de", "gsw-CH", "gsw" },
  { "ru", "kk", "kk_KZ" },
  { "hi", "mr", "mr_IN" },
  { "id", "jv", "jv_ID" },
  { "en", "ur-PK,ur;q=0.9", "ur" },
};
#define N_CASES (sizeof cases / sizeof cases[0])

/* Raw dgettext's translation of MSGID in CATALOG alone, in the codeset
   bound (the thread's path) or in UTF-8 (the tag path).  */
static const char *
catalog_text (const char *catalog, const char *msgid, int utf8)
{
  use_language (catalog);
#if ENABLE_NLS
  return utf8 ? dgettext_utf8 (msgid) : dgettext ("sdkerr", msgid);
#else
  (void) utf8;
  return msgid;
#endif
}

static void
each_catalog_is_installed (void **state)
{
  (void) state;
  skip_without_built_catalogs ();
  for (size_t i = 0; i < N_CASES; i++)
    {
      const char *s = catalog_text (cases[i].catalog, "授权过期", 1);
      if (strcmp (s, "授权过期") == 0)
        fail_msg ("no %s catalog in the build tree", cases[i].catalog);
    }
  use_language (NULL);
}

static void
requests_reach_the_catalog_by_tag (void **state)
{
  (void) state;
  skip_without_built_catalogs ();
  for (size_t i = 0; i < N_CASES; i++)
    {
      const char *expected = catalog_text (cases[i].catalog, "授权过期", 1);
      print_message ("# %s\n", cases[i].request);
      assert_string_equal (sdkerr_negotiate (cases[i].request), cases[i].catalog);
      assert_string_equal (sdkerr_localized_lang (10003, cases[i].request), expected);
      assert_string_equal (sdkerr_localized_lang_tag (10003, cases[i].request),
                           cases[i].catalog);
    }
  use_language (NULL);
}

static void
requests_reach_the_catalog_by_locale (void **state)
{
  (void) state;
  skip_without_built_catalogs ();
  for (size_t i = 0; i < N_CASES; i++)
    {
      char *expected = strdup (catalog_text (cases[i].catalog, "授权过期", 0));
      print_message ("# LANGUAGE=%s\n", cases[i].language);
      use_language (cases[i].language);
      assert_string_equal (sdkerr_localized (10003), expected);
      free (expected);
    }
  use_language (NULL);
}

/* A locale object that asks for LANGUAGE: C.UTF-8 where gettext reads
   LANGUAGE, else (musl, where C.UTF-8 is C for messages) one named
   LANGUAGE, as an application there asks for a language.  */
static locale_t
locale_asking_for (const char *language)
{
  locale_t loc = newlocale (LC_ALL_MASK,
                            GETTEXT_READS_LANGUAGE ? "C.UTF-8" : language,
                            (locale_t) 0);
  assert_non_null (loc);
  return loc;
}

static void
requests_reach_the_catalog_by_locale_object (void **state)
{
  (void) state;
  skip_without_built_catalogs ();
  for (size_t i = 0; i < N_CASES; i++)
    {
      char *expected = strdup (catalog_text (cases[i].catalog, "授权过期", 0));
      locale_t loc = locale_asking_for (cases[i].language);
      print_message ("# LANGUAGE=%s, through a locale_t\n", cases[i].language);
      use_language (cases[i].language);
      assert_string_equal (sdkerr_localized_l (10003, loc), expected);
      free (expected);
      freelocale (loc);
    }
  use_language (NULL);
}

/* LANGUAGE=zh_Hant and zh@Hant ask for Traditional Chinese by script:
   gettext itself finds it (the installation's zh_Hant and zh@Hant hold
   the Taiwan catalog), and so does the library, never the Simplified
   source that the installed zh would give.  */
static void
zh_hant_in_language_gives_traditional (void **state)
{
  /* The list last: musl's gettext reads none.  */
  static const char *const values[] = { "zh_Hant", "zh@Hant", "zh_Hant.UTF-8", "zh_Hant:en" };
  const size_t n = sizeof values / sizeof values[0] - !GETTEXT_READS_LANGUAGE;

  (void) state;
  skip_without_built_catalogs ();
  for (size_t i = 0; i < n; i++)
    {
      locale_t loc;
      /* The thread's paths answer in the bound codeset, the tag path in
         UTF-8.  */
      char *utf8 = strdup (catalog_text ("zh_TW", "授权过期", 1));
      char *bound = strdup (catalog_text ("zh_TW", "授权过期", 0));
      print_message ("# LANGUAGE=%s\n", values[i]);
      use_language (values[i]);
      loc = locale_asking_for (values[i]);
      assert_string_not_equal (utf8, "授权过期");
#if ENABLE_NLS
      assert_string_equal (dgettext ("sdkerr", "授权过期"), bound);
#endif
      assert_string_equal (sdkerr_localized (10003), bound);
      assert_string_equal (sdkerr_localized_l (10003, loc), bound);
      assert_string_equal (sdkerr_localized_lang (10003, values[i]), utf8);
      free (utf8);
      free (bound);
      freelocale (loc);
    }
  use_language (NULL);
}

static int
bind_catalogs (void **state)
{
  (void) state;
#if ENABLE_NLS
  return bind_build_tree () != NULL ? 0 : -1;
#else
  return 0;
#endif
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (each_catalog_is_installed),
    cmocka_unit_test (requests_reach_the_catalog_by_tag),
    cmocka_unit_test (requests_reach_the_catalog_by_locale),
    cmocka_unit_test (requests_reach_the_catalog_by_locale_object),
    cmocka_unit_test (zh_hant_in_language_gives_traditional),
  };
  return cmocka_run_group_tests (tests, bind_catalogs, NULL);
}
