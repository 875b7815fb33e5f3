/* test-chain.c - "a message a chosen catalog lacks comes from the next one
   chosen, as with gettext", on every path: a partial catalog followed by a
   complete one, chosen by LANGUAGE, by the locale's name, by a tag list
   and through a locale object.  The catalogs are made here, labelled with
   their name, so that each answer shows which catalog gave it.  */

#include "test-helpers.h"
#include "catalog-fixture.h"

#include <errno.h>
#include <unistd.h>

/* fr and de_DE translate one message each; ja and de translate all.  */
#define ONLY_IN_PARTIAL 10001
#define NOT_IN_PARTIAL 10003

static int
install_fixtures (void **state)
{
  static const int one[] = { ONLY_IN_PARTIAL };
  const char *dir = fixture_open ();
  (void) state;
  if (dir == NULL
      || fixture_install (dir, "fr", one, 1, NULL) != 0
      || fixture_install (dir, "de_DE", one, 1, NULL) != 0
      || fixture_install (dir, "ja", NULL, 0, NULL) != 0
      || fixture_install (dir, "de", NULL, 0, NULL) != 0)
    return -1;
  return 0;
}

/* gettext itself, for the same message: the reference.  */
static const char *
gettext_answer (int code)
{
#if ENABLE_NLS
  return dgettext ("sdkerr", sdkerr_message (code));
#else
  return sdkerr_message (code);
#endif
}

/* The German locale whose name reaches the partial de_DE catalog: musl's
   gettext never tries de_DE for "de_DE.UTF-8" (see
   GETTEXT_CHAINS_CATALOGS), and accepts any name as a locale.  */
#define GERMAN (GETTEXT_CHAINS_CATALOGS ? "de_DE.UTF-8" : "de_DE")

/* de_DE.UTF-8, or the test is skipped.  */
static locale_t
german_locale (void)
{
  locale_t de;
#if !ENABLE_NLS
  skip_because ("built with --disable-nls: gettext chooses no catalog");
#endif
  de = newlocale (LC_ALL_MASK, GERMAN, (locale_t) 0);
  if (de == (locale_t) 0)
    skip_because ("the locale de_DE.UTF-8 is not generated");
  return de;
}

static void
a_language_list_falls_through_to_the_next_catalog (void **state)
{
  (void) state;
#if !ENABLE_NLS
  skip_because ("built with --disable-nls: gettext chooses no catalog");
#endif
  use_language ("fr:ja");
  assert_localized_from (sdkerr_localized (ONLY_IN_PARTIAL), "fr", ONLY_IN_PARTIAL);
  assert_localized_from (sdkerr_localized (NOT_IN_PARTIAL), "ja", NOT_IN_PARTIAL);
  assert_string_equal (sdkerr_localized (NOT_IN_PARTIAL),
                       gettext_answer (NOT_IN_PARTIAL));
  use_language (NULL);
}

static void
a_locale_falls_through_to_its_language (void **state)
{
  (void) state;
  freelocale (german_locale ());
  use_language (NULL);
  assert_non_null (setlocale (LC_ALL, GERMAN));
  assert_localized_from (sdkerr_localized (ONLY_IN_PARTIAL), "de_DE", ONLY_IN_PARTIAL);
  assert_localized_from (sdkerr_localized (NOT_IN_PARTIAL), "de", NOT_IN_PARTIAL);
  /* musl's gettext stops at de_DE and translates nothing: the rules go
     on to de, as glibc's gettext does.  */
  if (GETTEXT_CHAINS_CATALOGS)
    assert_string_equal (sdkerr_localized (NOT_IN_PARTIAL),
                         gettext_answer (NOT_IN_PARTIAL));
  else
    assert_ptr_equal (gettext_answer (NOT_IN_PARTIAL),
                      sdkerr_message (NOT_IN_PARTIAL));
  assert_non_null (setlocale (LC_ALL, "C"));
}

static void
a_locale_object_falls_through_to_its_language (void **state)
{
  locale_t de = german_locale ();
  (void) state;
  /* The thread's own locale names no catalog: only LOC can.  */
  use_language (NULL);
  assert_localized_from (sdkerr_localized_l (ONLY_IN_PARTIAL, de), "de_DE", ONLY_IN_PARTIAL);
  assert_localized_from (sdkerr_localized_l (NOT_IN_PARTIAL, de), "de", NOT_IN_PARTIAL);
  /* LANGUAGE holds for a locale object too, as under uselocale (where
     gettext reads it).  */
  if (GETTEXT_READS_LANGUAGE)
    {
      use_language ("fr:ja");
      assert_localized_from (sdkerr_localized_l (ONLY_IN_PARTIAL, de), "fr", ONLY_IN_PARTIAL);
      assert_localized_from (sdkerr_localized_l (NOT_IN_PARTIAL, de), "ja", NOT_IN_PARTIAL);
      use_language (NULL);
    }
  freelocale (de);
}

static void
a_tag_list_falls_through_to_the_next_catalog (void **state)
{
  (void) state;
  assert_from (sdkerr_localized_lang (ONLY_IN_PARTIAL, "fr,ja"), "fr", ONLY_IN_PARTIAL);
  assert_from (sdkerr_localized_lang (NOT_IN_PARTIAL, "fr,ja"), "ja", NOT_IN_PARTIAL);
  /* A region's catalog, then its language's.  */
  assert_from (sdkerr_localized_lang (ONLY_IN_PARTIAL, "de-DE"), "de_DE", ONLY_IN_PARTIAL);
  assert_from (sdkerr_localized_lang (NOT_IN_PARTIAL, "de-DE"), "de", NOT_IN_PARTIAL);
  assert_string_equal (sdkerr_negotiate ("fr,ja"), "fr");
}

/* Unknown codes too: the partial catalogs lack the unknown-code text.  */
static void
unknown_codes_fall_through_like_messages (void **state)
{
  char buf[256];
  (void) state;
  assert_string_equal (sdkerr_localized_lang (12026, "fr,ja"), "ja: " FIXTURE_UNKNOWN);
  assert_int_equal (sdkerr_localized_lang_r (12026, "fr,ja", buf, sizeof buf), EINVAL);
  assert_string_equal (buf, "ja: 未知错误码 12026");
}

/* Each thread keeps an answer by the chain it was merged from: a value
   whose chain starts with the same partial catalog and goes on to
   another gets its own.  */
static void
chains_that_start_alike_are_told_apart (void **state)
{
  (void) state;
  assert_from (sdkerr_localized_lang (NOT_IN_PARTIAL, "fr,ja;q=0.9"), "ja", NOT_IN_PARTIAL);
  assert_from (sdkerr_localized_lang (NOT_IN_PARTIAL, "fr,de;q=0.9"), "de", NOT_IN_PARTIAL);
  assert_from (sdkerr_localized_lang (NOT_IN_PARTIAL, "fr,ja;q=0.8"), "ja", NOT_IN_PARTIAL);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (a_language_list_falls_through_to_the_next_catalog),
    cmocka_unit_test (a_locale_falls_through_to_its_language),
    cmocka_unit_test (a_locale_object_falls_through_to_its_language),
    cmocka_unit_test (a_tag_list_falls_through_to_the_next_catalog),
    cmocka_unit_test (unknown_codes_fall_through_like_messages),
    cmocka_unit_test (chains_that_start_alike_are_told_apart),
  };
  return cmocka_run_group_tests (tests, install_fixtures, fixture_close);
}
