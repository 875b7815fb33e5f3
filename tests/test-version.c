/* test-version.c - the version in the header, in the library and in
   configure agree, and sdkerr_check_version compares like
   gpg_error_check_version.  */

#include "test-helpers.h"

static void
header_version_is_the_package_version (void **state)
{
  char expected[32];
  (void) state;
  assert_string_equal (SDKERR_VERSION, PACKAGE_VERSION);
  snprintf (expected, sizeof expected, "%d.%d.%d",
            SDKERR_VERSION_NUMBER >> 16, (SDKERR_VERSION_NUMBER >> 8) & 0xFF,
            SDKERR_VERSION_NUMBER & 0xFF);
  assert_string_equal (expected, SDKERR_VERSION);
}

static void
check_version_accepts_this_version_and_older (void **state)
{
  static const char *const older[] = {
    "0", "0.1", "0.1.0", "0.1.9", "0.2", "0.2.0", "0.2.0-rc1", "00.2.0",
    "0.2.9", "0.3", "0.3.0",
  };
  (void) state;
  assert_string_equal (sdkerr_check_version (NULL), SDKERR_VERSION);
  for (size_t i = 0; i < sizeof older / sizeof older[0]; i++)
    assert_string_equal (sdkerr_check_version (older[i]), SDKERR_VERSION);
}

static void
check_version_refuses_newer_and_malformed (void **state)
{
  static const char *const refused[] = {
    "0.3.1", "0.4", "1", "1.0.0", "255.255.255", "256", "0.256", "", "abc",
    "v0.2", ".2", "-1", " 0.2",
  };
  (void) state;
  for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++)
    if (sdkerr_check_version (refused[i]) != NULL)
      fail_msg ("'%s' was accepted", refused[i]);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (header_version_is_the_package_version),
    cmocka_unit_test (check_version_accepts_this_version_and_older),
    cmocka_unit_test (check_version_refuses_newer_and_malformed),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
