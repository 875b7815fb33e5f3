/* test-table-growth.c - adding a code is one line, whatever its value:
   the table machinery (src/lookup.c, built here from tests/grown-map.h)
   looks up codes in a family past 64 members, in a new family, above
   99,999 and at INT_MAX, and still rejects every other number.  */

#include "test-helpers.h"

#include <limits.h>

#include "internal.h"

static const struct
{
  int code;
  const char *name;
  const char *message;
} added[] = {
  { 51099, "SDKERR_GROWN_SERVER_51099", "测试错误51099" },
  { 70001, "SDKERR_GROWN_NEW_FAMILY", "测试错误70001" },
  { 123456, "SDKERR_GROWN_SIX_DIGITS", "测试错误123456" },
  { INT_MAX, "SDKERR_GROWN_INT_MAX", "测试错误最大" },
};

/* The SDK's own codes, counted from its map.  */
#define XX(code, name, msg) +1
enum { SDK_CODES = 0 SDKERR_MAP (XX) };
#undef XX

static void
added_codes_are_found_by_code_and_by_name (void **state)
{
  (void) state;
  for (size_t i = 0; i < sizeof added / sizeof added[0]; i++)
    {
      int back = -1;
      assert_string_equal (sdkerr_name (added[i].code), added[i].name);
      assert_string_equal (sdkerr_message (added[i].code), added[i].message);
      assert_int_equal (sdkerr_code_from_name (added[i].name, &back), 0);
      assert_int_equal (back, added[i].code);
    }
}

static void
the_original_codes_are_all_still_found (void **state)
{
  size_t count;
  const int *codes = sdkerr_codes (&count);

  (void) state;
  assert_int_equal (count, SDK_CODES + sizeof added / sizeof added[0]);
  for (size_t i = 0; i < count; i++)
    assert_int_equal (sdkerr__index (codes[i]), (int) i);
  assert_string_equal (sdkerr_name (10003), "SDKERR_LICENSE_EXPIRED");
  assert_string_equal (sdkerr_name (90001), "SDKERR_INTERNAL");
}

static int
is_listed (const int *codes, size_t count, long v)
{
  for (size_t j = 0; j < count; j++)
    if (codes[j] == v)
      return 1;
  return 0;
}

/* Every other number is unknown: across the whole range of int in steps
   (the last step lands on INT_MAX), every number near zero, and the
   neighbours of every code.  */
static void
no_other_number_is_a_code (void **state)
{
  size_t count;
  const int *codes = sdkerr_codes (&count);
  long known = 0;

  (void) state;
  for (long v = INT_MIN; v <= INT_MAX; v += 65537)
    assert_int_equal (sdkerr__index ((int) v) >= 0, is_listed (codes, count, v));
  for (long v = -200000; v <= 200000; v++)
    known += sdkerr__index ((int) v) >= 0;
  assert_int_equal (known, count - 1);          /* all but INT_MAX */
  for (size_t i = 0; i < count; i++)
    for (long d = -3; d <= 3; d++)
      if (codes[i] + d <= INT_MAX)
        assert_int_equal (sdkerr__index ((int) (codes[i] + d)) >= 0,
                          is_listed (codes, count, codes[i] + d));
}

static void
categories_come_from_the_family_map (void **state)
{
  (void) state;
  assert_int_equal (sdkerr_category (51099), SDKERR_CATEGORY_SERVER);
  assert_int_equal (sdkerr_category (10003), SDKERR_CATEGORY_LICENSE);
  /* A code in no family is known but has no category.  */
  assert_int_equal (sdkerr_category (70001), SDKERR_CATEGORY_NONE);
  assert_int_equal (sdkerr_category (123456), SDKERR_CATEGORY_NONE);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (added_codes_are_found_by_code_and_by_name),
    cmocka_unit_test (the_original_codes_are_all_still_found),
    cmocka_unit_test (no_other_number_is_a_code),
    cmocka_unit_test (categories_come_from_the_family_map),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
