/* test-language-aliases.c - the tables src/match.c searches by
   bisection are sorted, so that every entry is found: an entry added out
   of order would be silently unfindable.  The file is compiled in here to
   reach its static tables.  */

#include "test-helpers.h"

#include "../src/match.c"

static void
language_aliases_are_strictly_sorted (void **state)
{
  (void) state;
  for (size_t i = 1; i < sizeof language_aliases / sizeof language_aliases[0]; i++)
    if (strcmp (language_aliases[i - 1].from, language_aliases[i].from) >= 0)
      fail_msg ("language_aliases: \"%s\" is not before \"%s\"",
                language_aliases[i - 1].from, language_aliases[i].from);
}

static void
every_language_alias_is_found (void **state)
{
  (void) state;
  for (size_t i = 0; i < sizeof language_aliases / sizeof language_aliases[0]; i++)
    assert_string_equal (canonical_language (language_aliases[i].from),
                         language_aliases[i].to);
  assert_string_equal (canonical_language ("xyz"), "xyz");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (language_aliases_are_strictly_sorted),
    cmocka_unit_test (every_language_alias_is_found),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
