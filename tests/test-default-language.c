/* test-default-language.c - sdkerr_set_default_language: the language of
   requests nothing matches, on every path; EINVAL, changing nothing, for a
   value no installed catalog matches or longer than 255 bytes.  The
   catalogs are made here: en translates everything, fr one message.  */

#include "test-helpers.h"
#include "catalog-fixture.h"

#include <errno.h>

#define IN_FRENCH 10001
#define NOT_IN_FRENCH 10003

static int
install_fixtures (void **state)
{
  static const int one[] = { IN_FRENCH };
  const char *dir = fixture_open ();
  (void) state;
  if (dir == NULL
      || fixture_install (dir, "en", NULL, 0, NULL) != 0
      || fixture_install (dir, "fr", one, 1, NULL) != 0)
    return -1;
  return 0;
}

/* Each test starts with no default, in the C locale.  */
static int
no_default (void **state)
{
  (void) state;
  use_language (NULL);
  setlocale (LC_ALL, "C");
  return sdkerr_set_default_language (NULL);
}

/* A request nothing matches, on the per-call path.  */
#define UNMATCHED "xx-YY"

static void
a_value_no_catalog_matches_is_refused_and_changes_nothing (void **state)
{
  (void) state;
  assert_int_equal (sdkerr_set_default_language ("en"), 0);
  assert_int_equal (sdkerr_set_default_language ("xx"), EINVAL);
  assert_int_equal (sdkerr_set_default_language ("nb-NO,zh;q=0"), EINVAL);
  assert_int_equal (sdkerr_set_default_language (""), EINVAL);
  assert_from (sdkerr_localized_lang (NOT_IN_FRENCH, UNMATCHED), "en", NOT_IN_FRENCH);
}

static void
a_value_longer_than_255_bytes_is_refused_and_changes_nothing (void **state)
{
  char langs[300];
  (void) state;
  /* "fr,fr,...": 255 bytes, then 256.  */
  memset (langs, 0, sizeof langs);
  for (size_t i = 0; i < 255; i++)
    langs[i] = i % 3 == 0 ? 'f' : i % 3 == 1 ? 'r' : ',';
  assert_int_equal (strlen (langs), 255);
  assert_int_equal (sdkerr_set_default_language (langs), 0);
  assert_from (sdkerr_localized_lang (IN_FRENCH, UNMATCHED), "fr", IN_FRENCH);
  assert_int_equal (sdkerr_set_default_language ("en"), 0);
  langs[255] = 'f';
  assert_int_equal (sdkerr_set_default_language (langs), EINVAL);
  assert_from (sdkerr_localized_lang (IN_FRENCH, UNMATCHED), "en", IN_FRENCH);
}

static void
the_default_holds_on_every_path (void **state)
{
  (void) state;
  /* Remembered answers made before the default do not outlive it.  */
  assert_string_equal (sdkerr_localized_lang (NOT_IN_FRENCH, UNMATCHED),
                       sdkerr_message (NOT_IN_FRENCH));
  assert_string_equal (sdkerr_localized (NOT_IN_FRENCH),
                       in_bound_codeset (sdkerr_message (NOT_IN_FRENCH)));
  assert_int_equal (sdkerr_set_default_language ("en"), 0);
  assert_from (sdkerr_localized_lang (NOT_IN_FRENCH, UNMATCHED), "en", NOT_IN_FRENCH);
  assert_from (sdkerr_localized_lang (NOT_IN_FRENCH, NULL), "en", NOT_IN_FRENCH);
  /* The C locale included.  */
  assert_localized_from (sdkerr_localized (NOT_IN_FRENCH), "en", NOT_IN_FRENCH);
#ifdef SDKERR_HAVE_LOCALE_T
  assert_localized_from (sdkerr_localized_l (NOT_IN_FRENCH, (locale_t) 0), "en", NOT_IN_FRENCH);
#endif
  /* A request that refuses Chinese gets the default.  */
  assert_from (sdkerr_localized_lang (NOT_IN_FRENCH, "zh;q=0"), "en", NOT_IN_FRENCH);
  /* NULL restores the source.  */
  assert_int_equal (sdkerr_set_default_language (NULL), 0);
  assert_string_equal (sdkerr_localized_lang (NOT_IN_FRENCH, UNMATCHED),
                       sdkerr_message (NOT_IN_FRENCH));
  assert_string_equal (sdkerr_localized (NOT_IN_FRENCH),
                       in_bound_codeset (sdkerr_message (NOT_IN_FRENCH)));
}

#ifdef SDKERR_HAVE_LOCALE_T
/* (locale_t) 0 names no locale: not the thread's, not the global one.  */
static void
a_null_locale_object_names_no_locale (void **state)
{
  (void) state;
  use_language ("en");
#if ENABLE_NLS
  assert_localized_from (sdkerr_localized (NOT_IN_FRENCH), "en", NOT_IN_FRENCH);
#else
  /* Without gettext, LANGUAGE names nothing either.  */
  assert_string_equal (sdkerr_localized (NOT_IN_FRENCH), sdkerr_message (NOT_IN_FRENCH));
#endif
  assert_string_equal (sdkerr_localized_l (NOT_IN_FRENCH, (locale_t) 0),
                       in_bound_codeset (sdkerr_message (NOT_IN_FRENCH)));
  assert_int_equal (sdkerr_set_default_language ("fr"), 0);
  assert_localized_from (sdkerr_localized_l (IN_FRENCH, (locale_t) 0), "fr", IN_FRENCH);
  use_language (NULL);
}
#endif

/* A default list is a chain like any other.  */
static void
a_message_the_default_lacks_comes_from_its_next_language (void **state)
{
  (void) state;
  assert_int_equal (sdkerr_set_default_language ("fr,en"), 0);
  assert_from (sdkerr_localized_lang (IN_FRENCH, UNMATCHED), "fr", IN_FRENCH);
  assert_from (sdkerr_localized_lang (NOT_IN_FRENCH, UNMATCHED), "en", NOT_IN_FRENCH);
}

/* What a request matched is its own, whatever the default.  */
static void
a_matched_request_ignores_the_default (void **state)
{
  (void) state;
  assert_int_equal (sdkerr_set_default_language ("fr"), 0);
  assert_from (sdkerr_localized_lang (NOT_IN_FRENCH, "en"), "en", NOT_IN_FRENCH);
  assert_string_equal (sdkerr_localized_lang (NOT_IN_FRENCH, "zh-CN"),
                       sdkerr_message (NOT_IN_FRENCH));
  assert_null (sdkerr_negotiate_tag (UNMATCHED));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup (a_value_no_catalog_matches_is_refused_and_changes_nothing, no_default),
    cmocka_unit_test_setup (a_value_longer_than_255_bytes_is_refused_and_changes_nothing, no_default),
    cmocka_unit_test_setup (the_default_holds_on_every_path, no_default),
#ifdef SDKERR_HAVE_LOCALE_T
    cmocka_unit_test_setup (a_null_locale_object_names_no_locale, no_default),
#endif
    cmocka_unit_test_setup (a_message_the_default_lacks_comes_from_its_next_language, no_default),
    cmocka_unit_test_setup (a_matched_request_ignores_the_default, no_default),
  };
  return cmocka_run_group_tests (tests, install_fixtures, fixture_close);
}
