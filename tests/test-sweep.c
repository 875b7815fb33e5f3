/* test-sweep.c - every int in [-2^20, 2^20], INT_MIN, INT_MAX and their
   neighbours, through every lookup function: each keeps its contract.  */

#include "test-helpers.h"

#include <errno.h>
#include <limits.h>

static void
check_code (int code, const char *langs)
{
  int known = sdkerr_name (code) != NULL;
  char buf[256];
  int rc;

  assert_int_equal (sdkerr_message (code) != NULL, known);
  assert_int_equal (sdkerr_category (code) != SDKERR_CATEGORY_NONE, known);
  assert_int_equal (sdkerr_category_name (sdkerr_category (code)) != NULL, known);
  assert_non_null (sdkerr_localized (code));
  assert_non_null (sdkerr_localized_lang (code, langs));
  assert_non_null (sdkerr_localized_l (code, (locale_t) 0));
  rc = sdkerr_localized_r (code, buf, sizeof buf);
  assert_int_equal (rc, known ? 0 : EINVAL);
  assert_true (is_utf8 (buf));
  rc = sdkerr_localized_lang_r (code, langs, buf, sizeof buf);
  assert_int_equal (rc, known ? 0 : EINVAL);
  if (known)
    {
      int back = ~code;
      assert_int_equal (sdkerr_code_from_name (sdkerr_name (code), &back), 0);
      assert_int_equal (back, code);
    }
}

/* SDKERR_SWEEP_BITS narrows the sweep for slow checkers (valgrind); the
   table lies within 2^17 either way.  */
static void
every_int_near_the_table_keeps_the_contract (void **state)
{
  const char *bits_env = getenv ("SDKERR_SWEEP_BITS");
  int bits = bits_env != NULL ? atoi (bits_env) : 20;
  size_t found = 0, count;
  (void) state;
  if (bits < 17 || bits > 24)
    bits = 20;
  use_language ("en");
  sdkerr_codes (&count);
  for (int code = -(1 << bits); code <= 1 << bits; code++)
    {
      check_code (code, code % 2 ? "en" : "de-CH,en;q=0.5");
      found += sdkerr_name (code) != NULL;
    }
  /* Every code of the table lies in the sweep, and nothing else is found. */
  assert_int_equal (found, count);
  use_language (NULL);
}

static void
extreme_ints_keep_the_contract (void **state)
{
  static const int extremes[] = {
    INT_MIN, INT_MIN + 1, INT_MIN + 2, INT_MAX, INT_MAX - 1, INT_MAX - 2,
    -(1 << 20) - 1, (1 << 20) + 1, -10003, -90001, 90001 + 65536,
    10003 + 65536, 10003 - 65536, 10003 + (1 << 16) * 3,
  };
  (void) state;
  for (size_t i = 0; i < sizeof extremes / sizeof extremes[0]; i++)
    {
      check_code (extremes[i], "en");
      assert_null (sdkerr_name (extremes[i]));
    }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (every_int_near_the_table_keeps_the_contract),
    cmocka_unit_test (extreme_ints_keep_the_contract),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
