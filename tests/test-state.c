/* test-state.c - the library never changes what the application owns:
   the locale, the thread's locale, the text domain, the environment.  */

#include "test-helpers.h"

static char *
snapshot (const char *s)
{
  return strdup (s != NULL ? s : "(null)");
}

/* Calls every function of the API once.  */
static void
call_everything (int code)
{
  char buf[64];
  const char *langs[8];
  int back;
  size_t n;

  (void) sdkerr_localized (code);
  (void) sdkerr_localized_r (code, buf, sizeof buf);
  (void) sdkerr_localized_lang (code, "de-CH,en;q=0.9");
  (void) sdkerr_localized_lang_r (code, "en", buf, sizeof buf);
  (void) sdkerr_localized_l (code, LC_GLOBAL_LOCALE);
  (void) sdkerr_negotiate ("zh-Hant");
  (void) sdkerr_languages (langs, 8);
  (void) sdkerr_message (code);
  (void) sdkerr_name (code);
  (void) sdkerr_code_from_name ("license_expired", &back);
  (void) sdkerr_category_name (sdkerr_category (code));
  (void) sdkerr_codes (&n);
}

static void
api_calls_leave_locale_domain_and_environment_alone (void **state)
{
  /* The list last: musl's gettext reads none.  */
  static const char *const languages[] = { "en", NULL, "xx", "en:zh_CN" };
  static const int codes[] = { 0, 10003, 12026, -1 };
  const size_t n = sizeof languages / sizeof languages[0] - !GETTEXT_READS_LANGUAGE;
  (void) state;
  for (size_t l = 0; l < n; l++)
    {
      char *locale, *messages, *domain, *language, *lang_env;
      locale_t thread_locale;

      use_language (languages[l]);
#if ENABLE_NLS
      textdomain ("the-application");
#endif
      setenv ("LANG", "xx_YY.UTF-8", 1);
      locale = snapshot (setlocale (LC_ALL, NULL));
      messages = snapshot (setlocale (LC_MESSAGES, NULL));
#if ENABLE_NLS
      domain = snapshot (textdomain (NULL));
#else
      domain = snapshot ("");
#endif
      language = snapshot (getenv ("LANGUAGE"));
      lang_env = snapshot (getenv ("LANG"));
      thread_locale = uselocale ((locale_t) 0);
      for (size_t c = 0; c < sizeof codes / sizeof codes[0]; c++)
        {
          call_everything (codes[c]);
          assert_string_equal (setlocale (LC_ALL, NULL), locale);
          assert_string_equal (setlocale (LC_MESSAGES, NULL), messages);
#if ENABLE_NLS
          assert_string_equal (textdomain (NULL), domain);
#endif
          assert_string_equal (getenv ("LANGUAGE") != NULL
                               ? getenv ("LANGUAGE") : "(null)", language);
          assert_string_equal (getenv ("LANG"), lang_env);
          assert_ptr_equal (uselocale ((locale_t) 0), thread_locale);
        }
      free (locale);
      free (messages);
      free (domain);
      free (language);
      free (lang_env);
    }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (api_calls_leave_locale_domain_and_environment_alone),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
