/* test-unknown-format.c - the text for an unknown code is a format from a
   catalog file, untrusted: it is used only with exactly one %d and no
   other conversion (%% aside); otherwise the source's format is.  Each
   catalog made here translates every message and carries one format.  */

#include "test-helpers.h"
#include "catalog-fixture.h"

#include <errno.h>

static const struct
{
  const char *lang;
  const char *format;
  const char *expected;         /* for code 12026; NULL: the source's */
} formats[] = {
  { "es", "desconocido %d, 100%%", "desconocido 12026, 100%" },
  { "de", "%d und %d", NULL },
  { "fr", "%s %d", NULL },
  { "ja", "no number", NULL },
  { "it", "sconosciuto %d %", NULL },
  { "nl", "%n%d", NULL },
  { "pl", "%x", NULL },
};
#define N_FORMATS (sizeof formats / sizeof formats[0])

static int
install_fixtures (void **state)
{
  const char *dir = fixture_open ();
  (void) state;
  if (dir == NULL)
    return -1;
  for (size_t i = 0; i < N_FORMATS; i++)
    if (fixture_install (dir, formats[i].lang, NULL, 0, formats[i].format) != 0)
      return -1;
  return 0;
}

static void
only_a_format_with_one_number_is_used (void **state)
{
  (void) state;
  for (size_t i = 0; i < N_FORMATS; i++)
    {
      char buf[256];
      const char *expected = formats[i].expected != NULL
                             ? formats[i].expected : "未知错误码 12026";
      assert_int_equal (sdkerr_localized_lang_r (12026, formats[i].lang, buf,
                                                 sizeof buf), EINVAL);
      if (strcmp (buf, expected) != 0)
        fail_msg ("%s, format \"%s\": got \"%s\", expected \"%s\"",
                  formats[i].lang, formats[i].format, buf, expected);
    }
}

/* The same check on the thread's locale.  */
static void
the_locale_path_checks_the_format_too (void **state)
{
  char buf[256];
  (void) state;
#if !ENABLE_NLS
  skip_because ("built with --disable-nls: gettext chooses no catalog");
#endif
  use_language ("fr");
  assert_int_equal (sdkerr_localized_r (12026, buf, sizeof buf), EINVAL);
  assert_string_equal (buf, "未知错误码 12026");
  use_language ("es");
  assert_int_equal (sdkerr_localized_r (-7, buf, sizeof buf), EINVAL);
  assert_string_equal (buf, "desconocido -7, 100%");
  use_language (NULL);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (only_a_format_with_one_number_is_used),
    cmocka_unit_test (the_locale_path_checks_the_format_too),
  };
  return cmocka_run_group_tests (tests, install_fixtures, fixture_close);
}
