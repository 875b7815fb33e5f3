/* test-reentrant.c - the sdkerr_localized_r contract: copies, truncation,
   unknown codes with their number, bad arguments.  */

#include "test-helpers.h"

#include <errno.h>
#include <limits.h>

static void
known_code_is_copied_whole (void **state)
{
  char buf[256];
  (void) state;
  use_language (NULL);
  assert_int_equal (sdkerr_localized_r (10003, buf, sizeof buf), 0);
  assert_string_equal (buf, sdkerr_localized (10003));
#if ENABLE_NLS
  use_language ("en");
  assert_int_equal (sdkerr_localized_r (10003, buf, sizeof buf), 0);
  assert_string_equal (buf, "License has expired");
#endif
}

static void
exact_fit_is_not_truncation (void **state)
{
  const char *want = in_bound_codeset ("授权过期");
  size_t size = strlen (want) + 1;
  char buf[sizeof "授权过期"];
  (void) state;
  use_language (NULL);
  assert_int_equal (sdkerr_localized_r (10003, buf, size), 0);
  assert_string_equal (buf, want);
  assert_int_equal (sdkerr_localized_r (10003, buf, size - 1), ERANGE);
}

/* Every buffer size from 1 up: NUL-terminated, a prefix of the message,
   valid UTF-8, and ERANGE until the whole message fits.  */
static void
truncation_keeps_whole_utf8_characters (void **state)
{
  const char *full;
  size_t len;

  (void) state;
  use_language (NULL);
  full = sdkerr_localized (14004);
  len = strlen (full);
  for (size_t size = 1; size <= len + 1; size++)
    {
      char buf[128];
      int rc;
      memset (buf, 'X', sizeof buf);
      rc = sdkerr_localized_r (14004, buf, size);
      assert_int_equal (rc, size <= len ? ERANGE : 0);
      assert_true (strlen (buf) < size);
      assert_true (is_utf8 (buf));
      assert_memory_equal (buf, full, strlen (buf));
      /* At most one character (3 bytes in UTF-8 Chinese) is dropped.  */
      assert_true (strlen (buf) + 3 >= (size <= len ? size - 1 : len));
      assert_int_equal (buf[size], 'X');
    }
}

static void
size_zero_writes_nothing (void **state)
{
  char buf[4] = "abc";
  (void) state;
  assert_int_equal (sdkerr_localized_r (10003, buf, 0), ERANGE);
  assert_string_equal (buf, "abc");
  assert_int_equal (sdkerr_localized_r (10003, NULL, 0), ERANGE);
  assert_int_equal (sdkerr_localized_r (-1, buf, 0), ERANGE);
  assert_string_equal (buf, "abc");
}

static void
null_buffer_with_a_size_is_rejected (void **state)
{
  (void) state;
  assert_int_equal (sdkerr_localized_r (10003, NULL, 16), EINVAL);
  assert_int_equal (sdkerr_localized_r (-1, NULL, 16), EINVAL);
}

static void
unknown_code_includes_its_number (void **state)
{
  static const struct
  {
    int code;
    const char *zh;
    const char *en;
  } cases[] = {
    { 12026, "未知错误码 12026", "Unknown error code 12026" },
    { -1, "未知错误码 -1", "Unknown error code -1" },
    { INT_MIN, "未知错误码 -2147483648", "Unknown error code -2147483648" },
    { INT_MAX, "未知错误码 2147483647", "Unknown error code 2147483647" },
  };
  char buf[64];

  (void) state;
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    {
      use_language (NULL);
      assert_int_equal (sdkerr_localized_r (cases[i].code, buf, sizeof buf),
                        EINVAL);
      assert_string_equal (buf, in_bound_codeset (cases[i].zh));
#if ENABLE_NLS
      use_language ("en");
      assert_int_equal (sdkerr_localized_r (cases[i].code, buf, sizeof buf),
                        EINVAL);
      assert_string_equal (buf, cases[i].en);
#endif
    }
}

static void
truncated_unknown_code_reports_erange (void **state)
{
  const char *full = in_bound_codeset ("未知错误码 12345");
  char buf[8];
  (void) state;
  use_language (NULL);
  assert_int_equal (sdkerr_localized_r (12345, buf, sizeof buf), ERANGE);
  if (strcmp (full, "未知错误码 12345") == 0)
    /* "未知" is 6 bytes; a third ideograph would not fit with the NUL.  */
    assert_string_equal (buf, "未知");
  else
    {
      /* A single-byte codeset: every byte is a character.  */
      assert_int_equal (strlen (buf), sizeof buf - 1);
      assert_memory_equal (buf, full, sizeof buf - 1);
    }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (known_code_is_copied_whole),
    cmocka_unit_test (exact_fit_is_not_truncation),
    cmocka_unit_test (truncation_keeps_whole_utf8_characters),
    cmocka_unit_test (size_zero_writes_nothing),
    cmocka_unit_test (null_buffer_with_a_size_is_rejected),
    cmocka_unit_test (unknown_code_includes_its_number),
    cmocka_unit_test (truncated_unknown_code_reports_erange),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
