/* test-index.c - the index of codes (src/lookup.c, internal.h): every
   code of the table found at its index, every other code at none, and
   each code in its own first slot, so that a lookup never probes twice
   (the multiplier is searched for when the index is built).  Built from
   the table's sources, to read the index; built again as
   test-index-probing with a multiplier that sends every code to slot 0,
   for the probes of a table where no multiplier places each code alone.  */

#include "test-helpers.h"

#include <limits.h>

#include "internal.h"

static void
every_code_is_found_at_its_index (void **state)
{
  size_t count;
  const int *codes = sdkerr_codes (&count);
  (void) state;
  assert_int_equal (count, SDKERR__COUNT);
  for (size_t i = 0; i < count; i++)
    assert_int_equal (sdkerr__index (codes[i]), (int) i);
}

static void
other_codes_are_found_at_none (void **state)
{
  static const int others[] = { -1, 1, 9999, 10000, 10033, 12026, 99999,
                                INT_MIN, INT_MAX };
  size_t count;
  const int *codes = sdkerr_codes (&count);
  (void) state;
  for (size_t i = 0; i < sizeof others / sizeof others[0]; i++)
    assert_int_equal (sdkerr__index (others[i]), -1);
  /* Every neighbour of a code that is not itself one.  */
  for (size_t i = 0; i < count; i++)
    for (int d = -1; d <= 1; d += 2)
      {
        int c = codes[i] + d, known = 0;
        for (size_t k = 0; k < count; k++)
          known |= codes[k] == c;
        if (!known)
          assert_int_equal (sdkerr__index (c), -1);
      }
}

static void
every_code_is_in_its_first_slot (void **state)
{
  size_t count;
  const int *codes = sdkerr_codes (&count);
  (void) state;
  (void) sdkerr__index (codes[0]);
  for (size_t i = 0; i < count; i++)
    {
      unsigned home = sdkerr__index_home (codes[i], atomic_load (&sdkerr__index_multiplier));
#ifdef SDKERR__INDEX_MULTIPLIER
      /* test-index-probing: all in one chain from slot 0, in order.  */
      assert_int_equal (home, 0);
      assert_int_equal (sdkerr__index_slots[i].code, codes[i]);
#else
      assert_int_equal (sdkerr__index_slots[home].code, codes[i]);
#endif
    }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (every_code_is_found_at_its_index),
    cmocka_unit_test (other_codes_are_found_at_none),
    cmocka_unit_test (every_code_is_in_its_first_slot),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
