/* test-table.c - the code table: its invariants, names, reverse lookup
   and categories.  */

#include "test-helpers.h"

#include <errno.h>
#include <limits.h>

/* The codes as the header lists them: what the checks here derive their
   counts and lists from, so that adding a code is one line there.  */
static const int map_codes[] = {
#define XX(code, name, msg) code,
  SDKERR_MAP (XX)
#undef XX
};
#define MAP_COUNT (sizeof map_codes / sizeof map_codes[0])

static int
in_map (int code)
{
  for (size_t i = 0; i < MAP_COUNT; i++)
    if (map_codes[i] == code)
      return 1;
  return 0;
}

/* Candidates for codes the SDK does not have; those the table has (one
   day) are left out when the test runs.  */
static const int unknown_candidates[] = {
  -1, 1, 9999, 10000, 10033, 12026, 13000, 51013, 62004, 90002, 99999,
  INT_MIN, INT_MIN + 1, INT_MAX, INT_MAX - 1
};

static void
the_codes_are_the_maps_ascending_and_unique (void **state)
{
  size_t count = 0;
  const int *codes = sdkerr_codes (&count);

  (void) state;
  assert_int_equal (count, MAP_COUNT);
  assert_non_null (codes);
  for (size_t i = 0; i < count; i++)
    assert_int_equal (codes[i], map_codes[i]);
  for (size_t i = 1; i < count; i++)
    assert_true (codes[i - 1] < codes[i]);
  assert_ptr_equal (sdkerr_codes (NULL), codes);
}

static void
every_code_has_a_name_and_a_chinese_message (void **state)
{
  size_t count;
  const int *codes = sdkerr_codes (&count);

  (void) state;
  for (size_t i = 0; i < count; i++)
    {
      const char *name = sdkerr_name (codes[i]);
      const char *msg = sdkerr_message (codes[i]);
      assert_non_null (name);
      assert_non_null (msg);
      assert_true (strlen (msg) > 0);
      assert_true (is_utf8 (msg));
      assert_true (has_cjk (msg));
      assert_int_equal (strncmp (name, "SDKERR_", 7), 0);
      for (const char *p = name; *p != '\0'; p++)
        assert_true ((*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9')
                     || *p == '_');
    }
}

static void
names_are_unique (void **state)
{
  size_t count;
  const int *codes = sdkerr_codes (&count);

  (void) state;
  for (size_t i = 0; i < count; i++)
    for (size_t j = i + 1; j < count; j++)
      assert_string_not_equal (sdkerr_name (codes[i]), sdkerr_name (codes[j]));
}

/* Only two descriptions repeat in the SDK's table; any other repeat is a
   copying mistake.  */
static void
only_the_known_descriptions_repeat (void **state)
{
  size_t count, repeats = 0;
  const int *codes = sdkerr_codes (&count);

  (void) state;
  for (size_t i = 0; i < count; i++)
    for (size_t j = i + 1; j < count; j++)
      if (strcmp (sdkerr_message (codes[i]), sdkerr_message (codes[j])) == 0)
        {
          repeats++;
          assert_true ((codes[i] == 12001 && codes[j] == 62001)
                       || (codes[i] == 51022 && codes[j] == 51023));
        }
  assert_int_equal (repeats, 2);
}

/* The msgids are the SDK's text byte for byte, its typos included.  */
static void
messages_are_the_sdk_text_byte_for_byte (void **state)
{
  (void) state;
  assert_string_equal (sdkerr_message (0), "成功");
  assert_string_equal (sdkerr_message (10003), "授权过期");
  assert_string_equal (sdkerr_message (12012), "未找到GPU设备");
  assert_string_equal (sdkerr_message (14004),
                       "还有未取完的结构需继续调用Get接口获取结果");
  assert_string_equal (sdkerr_message (15003), "HTTP请求忙，请稍后在试");
  assert_string_equal (sdkerr_message (51054), "VAD参数2错误");
  assert_string_equal (sdkerr_message (62001), "无效的参数");
  assert_string_equal (sdkerr_message (90001), "内部错误");
}

static void
enum_constants_are_the_codes (void **state)
{
  (void) state;
  assert_int_equal (SDKERR_SUCCESS, 0);
  assert_int_equal (SDKERR_LICENSE_FILE_NOT_FOUND, 10001);
  assert_int_equal (SDKERR_LICENSE_EXPIRED, 10003);
  assert_int_equal (SDKERR_PARAM_INVALID, 12001);
  assert_int_equal (SDKERR_HTTP_TIMEOUT, 15002);
  assert_int_equal (SDKERR_SERVER_DISPATCH_TIMEOUT_2, 51023);
  assert_int_equal (SDKERR_ADMIN_PARAM_INVALID, 62001);
  assert_int_equal (SDKERR_INTERNAL, 90001);
  assert_string_equal (sdkerr_name (SDKERR_LICENSE_EXPIRED),
                       "SDKERR_LICENSE_EXPIRED");
}

static void
unknown_codes_have_no_name_message_or_category (void **state)
{
  size_t tried = 0;

  (void) state;
  for (size_t i = 0; i < sizeof unknown_candidates / sizeof unknown_candidates[0]; i++)
    {
      int code = unknown_candidates[i];
      if (in_map (code))
        continue;
      assert_null (sdkerr_name (code));
      assert_null (sdkerr_message (code));
      assert_int_equal (sdkerr_category (code), SDKERR_CATEGORY_NONE);
      tried++;
    }
  /* And the neighbours of every code, where free.  */
  for (size_t i = 0; i < MAP_COUNT; i++)
    if (map_codes[i] < INT_MAX && !in_map (map_codes[i] + 1))
      {
        assert_null (sdkerr_name (map_codes[i] + 1));
        assert_int_equal (sdkerr_category (map_codes[i] + 1), SDKERR_CATEGORY_NONE);
        tried++;
      }
  /* Not vacuous, however the table grows.  */
  assert_true (tried >= 10);
}

static void
every_name_maps_back_to_its_code (void **state)
{
  size_t count;
  const int *codes = sdkerr_codes (&count);

  (void) state;
  for (size_t i = 0; i < count; i++)
    {
      int code = -12345;
      assert_int_equal (sdkerr_code_from_name (sdkerr_name (codes[i]), &code),
                        0);
      assert_int_equal (code, codes[i]);
      code = -12345;
      assert_int_equal (sdkerr_code_from_name (sdkerr_name (codes[i]) + 7,
                                               &code), 0);
      assert_int_equal (code, codes[i]);
    }
}

static void
name_lookup_ignores_case_and_prefix (void **state)
{
  static const char *spellings[] = {
    "SDKERR_LICENSE_EXPIRED", "LICENSE_EXPIRED", "license_expired",
    "sdkerr_license_expired", "Sdkerr_License_Expired", "sDkErR_lIcEnSe_ExPiReD"
  };
  (void) state;
  for (size_t i = 0; i < sizeof spellings / sizeof spellings[0]; i++)
    {
      int code = -1;
      assert_int_equal (sdkerr_code_from_name (spellings[i], &code), 0);
      assert_int_equal (code, 10003);
    }
}

static void
name_lookup_rejects_bad_names_and_keeps_the_output (void **state)
{
  static const char *bad[] = {
    "", "SDKERR_", "SDKERR", "LICENSE_EXPIRED_", "LICENSE_EXPIRE",
    "license expired", " LICENSE_EXPIRED", "10003", "SDKERR_SDKERR_SUCCESS",
    "SUCCESS\n", "NO_SUCH_ERROR", "licen\303\247e_expired"
  };
  int code = 777;

  (void) state;
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
    {
      assert_int_equal (sdkerr_code_from_name (bad[i], &code), ENOENT);
      assert_int_equal (code, 777);
    }
  assert_int_equal (sdkerr_code_from_name (NULL, &code), EINVAL);
  assert_int_equal (sdkerr_code_from_name ("SUCCESS", NULL), EINVAL);
  assert_int_equal (code, 777);
}

static void
categories_follow_the_code_ranges (void **state)
{
  static const struct
  {
    int code;
    sdkerr_category_t category;
    const char *name;
  } cases[] = {
    { 0, SDKERR_CATEGORY_SUCCESS, "success" },
    { 10001, SDKERR_CATEGORY_LICENSE, "license" },
    { 10032, SDKERR_CATEGORY_LICENSE, "license" },
    { 12001, SDKERR_CATEGORY_PARAMETER, "parameter" },
    { 12034, SDKERR_CATEGORY_PARAMETER, "parameter" },
    { 14013, SDKERR_CATEGORY_STATE, "state" },
    { 15003, SDKERR_CATEGORY_HTTP, "http" },
    { 19005, SDKERR_CATEGORY_WEBSOCKET, "websocket" },
    { 50001, SDKERR_CATEGORY_SERVER_REQUEST, "server-request" },
    { 51014, SDKERR_CATEGORY_SERVER, "server" },
    { 51054, SDKERR_CATEGORY_SERVER, "server" },
    { 60001, SDKERR_CATEGORY_ADMIN, "admin" },
    { 62003, SDKERR_CATEGORY_ADMIN, "admin" },
    { 90001, SDKERR_CATEGORY_INTERNAL, "internal" },
  };
  (void) state;
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    {
      assert_int_equal (sdkerr_category (cases[i].code), cases[i].category);
      assert_string_equal (sdkerr_category_name (cases[i].category),
                           cases[i].name);
    }
}

static void
every_code_has_a_named_category (void **state)
{
  size_t count;
  const int *codes = sdkerr_codes (&count);

  (void) state;
  for (size_t i = 0; i < count; i++)
    {
      sdkerr_category_t c = sdkerr_category (codes[i]);
      assert_int_not_equal (c, SDKERR_CATEGORY_NONE);
      assert_non_null (sdkerr_category_name (c));
    }
  assert_null (sdkerr_category_name (SDKERR_CATEGORY_NONE));
  assert_null (sdkerr_category_name ((sdkerr_category_t) 999));
  assert_null (sdkerr_category_name ((sdkerr_category_t) -1));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (the_codes_are_the_maps_ascending_and_unique),
    cmocka_unit_test (every_code_has_a_name_and_a_chinese_message),
    cmocka_unit_test (names_are_unique),
    cmocka_unit_test (only_the_known_descriptions_repeat),
    cmocka_unit_test (messages_are_the_sdk_text_byte_for_byte),
    cmocka_unit_test (enum_constants_are_the_codes),
    cmocka_unit_test (unknown_codes_have_no_name_message_or_category),
    cmocka_unit_test (every_name_maps_back_to_its_code),
    cmocka_unit_test (name_lookup_ignores_case_and_prefix),
    cmocka_unit_test (name_lookup_rejects_bad_names_and_keeps_the_output),
    cmocka_unit_test (categories_follow_the_code_ranges),
    cmocka_unit_test (every_code_has_a_named_category),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
