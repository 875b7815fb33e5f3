/* test-sweep.c - every int in [-2^20, 2^20], INT_MIN, INT_MAX and their
   neighbours, through every lookup function: each gives what gettext
   gives for the code's message, or the unknown-code text.  */

#include "test-helpers.h"

#include <errno.h>
#include <limits.h>

/* The library's texts for unknown codes (src/lookup.c).  */
#define UNKNOWN "未知错误码"
#define UNKNOWN_NUMBER "未知错误码 %d"

/* gettext's translation of MSGID under LANGUAGE=LANG (C.UTF-8), in
   UTF-8: the tag path's answer (English is ASCII in any codeset).  */
static const char *
gettext_in (const char *lang, const char *msgid)
{
#if ENABLE_NLS
  use_language (lang);
  return dgettext_utf8 (msgid);
#else
  (void) lang;
  return msgid;
#endif
}

/* The answers expected, by table index (the last: unknown codes), asked
   of gettext once, before the sweep.  */
static size_t count;
static const int *codes;
static const char **english, **german;
static const char *english_number;

static int
ask_gettext (void **state)
{
  (void) state;
  /* The library binds the domain on first use: gettext is asked after.  */
  (void) sdkerr_catalog_dir ();
  codes = sdkerr_codes (&count);
  english = calloc (count + 1, sizeof *english);
  german = calloc (count + 1, sizeof *german);
  for (size_t i = 0; i <= count; i++)
    {
      const char *msgid = i < count ? sdkerr_message (codes[i]) : UNKNOWN;
      english[i] = gettext_in ("en", msgid);
      german[i] = gettext_in ("de", msgid);
    }
  english_number = gettext_in ("en", UNKNOWN_NUMBER);
  use_language (NULL);
  return 0;
}

static size_t
index_of (int code)
{
  size_t lo = 0, hi = count;
  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      if (codes[mid] == code)
        return mid;
      if (codes[mid] < code)
        lo = mid + 1;
      else
        hi = mid;
    }
  return count;
}

/* What each path must answer: English through the locale (LANGUAGE=en),
   English (GERMAN false) or German by tags, the source through
   (locale_t) 0.  */
static void
check_code (int code, const char *langs, int in_german)
{
  int known = sdkerr_name (code) != NULL;
  size_t i = index_of (code);
  const char *msgid = known ? sdkerr_message (code) : UNKNOWN;
  char buf[256], expected[256];
  int rc;

  assert_int_equal (i < count, known);
  assert_int_equal (sdkerr_message (code) != NULL, known);
  assert_int_equal (sdkerr_category (code) != SDKERR_CATEGORY_NONE, known);
  assert_int_equal (sdkerr_category_name (sdkerr_category (code)) != NULL, known);
  assert_string_equal (sdkerr_localized (code), english[i]);
  assert_string_equal (sdkerr_localized_lang (code, langs),
                       in_german ? german[i] : english[i]);
  assert_string_equal (sdkerr_localized_l (code, (locale_t) 0),
                       in_bound_codeset (msgid));
  rc = sdkerr_localized_r (code, buf, sizeof buf);
  assert_int_equal (rc, known ? 0 : EINVAL);
  if (!known)
    {
      /* The translated format has one %d (a catalog's own test checks).  */
      const char *d = strstr (english_number, "%d");
      assert_non_null (d);
      snprintf (expected, sizeof expected, "%.*s%d%s", (int) (d - english_number),
                english_number, code, d + 2);
    }
  assert_string_equal (buf, known ? english[i] : expected);
  rc = sdkerr_localized_lang_r (code, langs, buf, sizeof buf);
  assert_int_equal (rc, known ? 0 : EINVAL);
  if (known)
    {
      assert_string_equal (buf, in_german ? german[i] : english[i]);
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
  size_t found = 0;
  (void) state;
  if (bits < 17 || bits > 24)
    bits = 20;
  use_language ("en");
  for (int code = -(1 << bits); code <= 1 << bits; code++)
    {
      check_code (code, code % 2 ? "en" : "de-CH,en;q=0.5", code % 2 == 0);
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
  use_language ("en");
  for (size_t i = 0; i < sizeof extremes / sizeof extremes[0]; i++)
    {
      check_code (extremes[i], "en", 0);
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
  return cmocka_run_group_tests (tests, ask_gettext, NULL);
}
