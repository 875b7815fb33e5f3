/* test-localized.c - sdkerr_localized follows the locale, as gettext
   decides it, switching back and forth within one process.  */

#include "test-helpers.h"

#include <limits.h>

#if !ENABLE_NLS
/* Built with --disable-nls: the Chinese source text whatever the locale.  */
static void
without_nls_the_chinese_source_is_returned (void **state)
{
  (void) state;
  use_language ("en");
  assert_string_equal (sdkerr_localized (10003), in_bound_codeset ("授权过期"));
  assert_string_equal (sdkerr_localized (12026), in_bound_codeset ("未知错误码"));
}
#else

static void
c_locale_gives_the_chinese_source (void **state)
{
  (void) state;
  assert_int_equal (unsetenv ("LANGUAGE"), 0);
  assert_non_null (setlocale (LC_ALL, "C"));
  textdomain (textdomain (NULL));
  assert_string_equal (sdkerr_localized (10003), in_bound_codeset ("授权过期"));
  /* The source itself, unless the application asked for another codeset.  */
  if (in_bound_codeset (sdkerr_message (10003)) == sdkerr_message (10003))
    assert_ptr_equal (sdkerr_localized (10003), sdkerr_message (10003));
  /* LANGUAGE is ignored in the C locale, by design of gettext (told of
     the change, as the README asks).  */
  assert_int_equal (setenv ("LANGUAGE", "en", 1), 0);
  textdomain (textdomain (NULL));
  assert_string_equal (sdkerr_localized (10003), in_bound_codeset ("授权过期"));
  assert_int_equal (unsetenv ("LANGUAGE"), 0);
}

static void
language_en_on_c_utf8_gives_english (void **state)
{
  (void) state;
  use_language ("en");
  assert_string_equal (sdkerr_localized (0), "Success");
  assert_string_equal (sdkerr_localized (10001), "License file not found");
  assert_string_equal (sdkerr_localized (10003), "License has expired");
  assert_string_equal (sdkerr_localized (15003),
                       "HTTP service busy; please try again later");
  assert_string_equal (sdkerr_localized (90001), "Internal error");
}

static void
switching_back_and_forth_gives_no_stale_result (void **state)
{
  (void) state;
  for (int round = 0; round < 3; round++)
    {
      use_language ("en");
      assert_string_equal (sdkerr_localized (12001), "Invalid parameter");
      use_language (NULL);
      assert_string_equal (sdkerr_localized (12001), in_bound_codeset ("无效的参数"));
      use_language ("zh_CN");
      assert_string_equal (sdkerr_localized (12001), in_bound_codeset ("无效的参数"));
      /* A list (where gettext reads one: not musl's).  */
      if (GETTEXT_READS_LANGUAGE)
        {
          use_language ("xx:en");
          assert_string_equal (sdkerr_localized (12001), "Invalid parameter");
        }
    }
}

static void
every_code_has_an_english_translation (void **state)
{
  size_t count;
  const int *codes = sdkerr_codes (&count);

  (void) state;
  use_language ("en");
  for (size_t i = 0; i < count; i++)
    {
      const char *en = sdkerr_localized (codes[i]);
      const char *zh = sdkerr_message (codes[i]);
      assert_non_null (en);
      assert_string_not_equal (en, zh);
      assert_false (has_cjk (en));
      /* Sentence case, unless the message starts with an identifier.  */
      assert_true ((en[0] >= 'A' && en[0] <= 'Z')
                   || strncmp (en, "input_mode ", 11) == 0
                   || strncmp (en, "sessionmode ", 12) == 0);
      for (const char *p = en; *p != '\0'; p++)
        assert_true ((unsigned char) *p >= 0x20 && (unsigned char) *p < 0x7F);
    }
}

static void
unknown_code_gets_translated_fallback (void **state)
{
  static const int unknown[] = { -1, 12026, 99999, INT_MIN, INT_MAX };
  (void) state;
  for (size_t i = 0; i < sizeof unknown / sizeof unknown[0]; i++)
    {
      use_language ("en");
      assert_string_equal (sdkerr_localized (unknown[i]), "Unknown error code");
      use_language (NULL);
      assert_string_equal (sdkerr_localized (unknown[i]), in_bound_codeset ("未知错误码"));
    }
}

static void
returned_strings_outlive_a_locale_change (void **state)
{
  const char *en, *zh;
  (void) state;
  use_language ("en");
  en = sdkerr_localized (10003);
  use_language (NULL);
  zh = sdkerr_localized (10003);
  use_language ("en");
  (void) sdkerr_localized (10004);
  assert_string_equal (en, "License has expired");
  assert_string_equal (zh, in_bound_codeset ("授权过期"));
}

/* setlocale with real, generated locales and LANGUAGE unset.  */
static void
setlocale_to_real_locales_switches_language (void **state)
{
  (void) state;
  assert_int_equal (unsetenv ("LANGUAGE"), 0);
  if (setlocale (LC_ALL, "en_US.UTF-8") == NULL
      || setlocale (LC_ALL, "zh_CN.UTF-8") == NULL)
    {
      setlocale (LC_ALL, "C");
      skip_because ("locales en_US.UTF-8 and zh_CN.UTF-8 are not generated "
                    "(localedef -i en_US -f UTF-8 en_US.UTF-8)");
    }
  for (int round = 0; round < 3; round++)
    {
      assert_non_null (setlocale (LC_ALL, "en_US.UTF-8"));
      assert_string_equal (sdkerr_localized (10003), "License has expired");
      assert_non_null (setlocale (LC_ALL, "zh_CN.UTF-8"));
      assert_string_equal (sdkerr_localized (10003), in_bound_codeset ("授权过期"));
      assert_non_null (setlocale (LC_ALL, "C"));
      assert_string_equal (sdkerr_localized (10003), in_bound_codeset ("授权过期"));
    }
}

/* A thread that uses a locale of its own is answered in it, not with
   what the global locale's answer was (which holds without its name
   being read), and back on the global locale, with the global's again.  */
static void
a_thread_locale_is_not_the_global_one (void **state)
{
  locale_t fr;
  char global[256], own[256];
  (void) state;
  assert_int_equal (unsetenv ("LANGUAGE"), 0);
  assert_non_null (setlocale (LC_ALL, "C.UTF-8"));
  textdomain (textdomain (NULL));
  fr = newlocale (LC_ALL_MASK, "fr_FR.UTF-8", (locale_t) 0);
  if (fr == (locale_t) 0)
    skip_because ("locale fr_FR.UTF-8 is not generated");
  snprintf (global, sizeof global, "%s", sdkerr_localized (10003));
  snprintf (own, sizeof own, "%s", sdkerr_localized_l (10003, fr));
  assert_string_not_equal (global, own);
  for (int round = 0; round < 3; round++)
    {
      assert_string_equal (sdkerr_localized (10003), global);
      uselocale (fr);
      assert_string_equal (sdkerr_localized (10003), own);
      uselocale (LC_GLOBAL_LOCALE);
    }
  freelocale (fr);
}

/* A change that another path notices first (its lookup forgets what the
   thread remembered) holds for the global locale's next lookup too.  */
static void
a_change_noticed_by_another_path_holds_for_the_global_locale (void **state)
{
  (void) state;
  use_language ("en");
  assert_string_equal (sdkerr_localized (10003), "License has expired");
  use_language (NULL);
  (void) sdkerr_localized_lang (10003, "ja");
  assert_string_equal (sdkerr_localized (10003), in_bound_codeset ("授权过期"));
  use_language ("en");
  (void) sdkerr_negotiate_tag ("fr");
  assert_string_equal (sdkerr_localized (10003), "License has expired");
}

/* A library must leave the application's locale and text domain alone.  */
static void
lookups_leave_locale_and_text_domain_alone (void **state)
{
  char before_locale[256];
  char before_domain[256];
  char buf[64];

  (void) state;
  use_language ("en");
  textdomain ("application");
  snprintf (before_locale, sizeof before_locale, "%s", setlocale (LC_ALL, NULL));
  snprintf (before_domain, sizeof before_domain, "%s", textdomain (NULL));
  (void) sdkerr_localized (10003);
  (void) sdkerr_localized (-5);
  (void) sdkerr_localized_r (10003, buf, sizeof buf);
  (void) sdkerr_localized_r (-5, buf, sizeof buf);
  assert_string_equal (setlocale (LC_ALL, NULL), before_locale);
  assert_string_equal (textdomain (NULL), before_domain);
  assert_string_equal (getenv ("LANGUAGE"), "en");
  textdomain ("messages");
}
#endif

int
main (void)
{
  const struct CMUnitTest tests[] = {
#if !ENABLE_NLS
    cmocka_unit_test (without_nls_the_chinese_source_is_returned),
#else
    cmocka_unit_test (c_locale_gives_the_chinese_source),
    cmocka_unit_test (language_en_on_c_utf8_gives_english),
    cmocka_unit_test (switching_back_and_forth_gives_no_stale_result),
    cmocka_unit_test (every_code_has_an_english_translation),
    cmocka_unit_test (unknown_code_gets_translated_fallback),
    cmocka_unit_test (returned_strings_outlive_a_locale_change),
    cmocka_unit_test (setlocale_to_real_locales_switches_language),
    cmocka_unit_test (a_thread_locale_is_not_the_global_one),
    cmocka_unit_test (a_change_noticed_by_another_path_holds_for_the_global_locale),
    cmocka_unit_test (lookups_leave_locale_and_text_domain_alone),
#endif
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
