/* test-negotiate.c - language tags, lists and Accept-Language values
   choose the right catalog (RFC 4647 lookup), against catalogs the test
   installs itself.  */

#include "test-helpers.h"
#include "mo-writer.h"

#include <errno.h>
#include <limits.h>
#include <unistd.h>

static char fixture_dir[] = "/tmp/sdkerr-negotiate.XXXXXX";

static const char *const installed[] = {
  "de", "de_AT", "en", "es", "fr", "ja", "pt_BR", "sr", "zh_TW"
};
#define N_INSTALLED (sizeof installed / sizeof installed[0])

static char texts[N_INSTALLED][3][64];

static int
install_fixtures (void **state)
{
  (void) state;
  if (mkdtemp (fixture_dir) == NULL)
    return -1;
  for (size_t i = 0; i < N_INSTALLED; i++)
    {
      struct mo_entry e[3];
      unsigned char *mo;
      size_t size;
      snprintf (texts[i][0], sizeof texts[i][0], "%s: license expired", installed[i]);
      snprintf (texts[i][1], sizeof texts[i][1], "%s: unknown", installed[i]);
      snprintf (texts[i][2], sizeof texts[i][2], "%s: unknown %%d!", installed[i]);
      e[0] = (struct mo_entry) { "授权过期", texts[i][0] };
      e[1] = (struct mo_entry) { "未知错误码", texts[i][1] };
      e[2] = (struct mo_entry) { "未知错误码 %d", texts[i][2] };
      /* Every other catalog big-endian: both byte orders are read.  */
      mo = mo_build (e, 3, (int) (i % 2), &size);
      if (mo_install (fixture_dir, installed[i], mo, size) != 0)
        return -1;
      free (mo);
    }
  /* Not catalog names: never considered.  */
  mkdir (strcat (strcpy ((char[4200]) { 0 }, fixture_dir), "/en@boldquot"), 0755);
  return setenv ("SDKERR_LOCALEDIR", fixture_dir, 1);
}

static int
remove_fixtures (void **state)
{
  (void) state;
  return mo_remove_tree (fixture_dir);
}

static const struct
{
  const char *langs;
  const char *expected;
} cases[] = {
  /* q=0 refuses a catalog on every step (RFC 9110 12.4.2): the other
     region, the alias and the exact lookup alike.  */
  { "pt-PT,pt-BR;q=0", "zh_CN" },
  { "pt_BR;q=0,pt", "zh_CN" },
  { "en-GB,en;q=0,fr;q=0.5", "fr" },
  { "de-CH,de;q=0,es;q=0.1", "es" },
  { "DE-at;q=0,de-AT,de", "de" },
  { "ger,deu;q=0.9,de;q=0", "zh_CN" },
  { "de", "de" },
  { "de-DE", "de" },
  { "de-CH", "de" },
  { "de-AT", "de_AT" },
  { "de_AT", "de_AT" },
  { "DE-at", "de_AT" },
  { "de_AT.UTF-8", "de_AT" },
  { "de_DE.UTF-8@euro", "de" },
  { "pt-BR", "pt_BR" },
  { "pt_BR.UTF-8@euro", "pt_BR" },
  { "pt-br", "pt_BR" },
  { "pt", "pt_BR" },
  { "pt-PT", "pt_BR" },
  { "pt-PT,pt;q=0.9,en;q=0.8", "pt_BR" },
  { "zh-Hant-HK", "zh_TW" },
  { "zh-Hant", "zh_TW" },
  { "zh-TW", "zh_TW" },
  { "zh_TW.UTF-8", "zh_TW" },
  { "zh-HK", "zh_TW" },
  { "zh-MO", "zh_TW" },
  { "zh-Hans", "zh_CN" },
  { "zh-Hans-TW", "zh_CN" },
  { "zh-CN", "zh_CN" },
  { "zh-SG", "zh_CN" },
  { "zh", "zh_CN" },
  { "zh-TW,en", "zh_TW" },
  { "xx-YY,zh;q=0.5,en;q=0.4", "zh_CN" },
  { "sr-Latn-RS", "sr" },
  { "sr@latin", "sr" },
  { "en-GB-oxendict", "en" },
  { "en-US", "en" },
  { "EN_us", "en" },
  { "es-419", "es" },
  { "ja-JP", "ja" },
  { "de:en", "de" },
  { "xx:en", "en" },
  { "de-CH,de;q=0.9,en;q=0.8,*;q=0.5", "de" },
  { "fr;q=0.5,en;q=0.9", "en" },
  { "fr;q=0.5,en;q=0.5", "fr" },
  { "en;q=0,fr", "fr" },
  { "de;q=0,en;q=0.0", "zh_CN" },
  { "fr;q=1.000", "fr" },
  /* Lenient where the intent is clear: more than three decimals, no
     leading zero, a weight too small to write is not a refusal.  */
  { "xx,ja;q=0.1234", "ja" },
  { "fr-CA;q=.5", "fr" },
  { "en;q=0.0001", "en" },
  { "en;q=.", "zh_CN" },
  { "en;q=", "zh_CN" },
  { "fr;q=0.5,en;q=0.4999", "fr" },
  /* A header line as it came, CR and LF included.  */
  { "de\r\n", "de" },
  { "xx, ja ;q=0.5 \r\n", "ja" },
  /* Too long: cut after the last whole subtag that fits (RFC 4647 3.4).  */
  { "de-AT-aaaaaaaa-bbbbbbbb-cccccccc-dddddddd-eeeeeeee-ffffffff-gggggggg", "de_AT" },
  { "ja-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "ja" },
  { "fr;q=1.0001,en", "en" },
  { "fr;q=abc,en", "en" },
  { "fr;q=2,en", "en" },
  { "de;Q=0.5,en;q=0.6", "en" },
  { "en;level=1;q=0.5,de;q=0.6", "de" },
  { " fr ; q=0.7 , ja ; q=0.8", "ja" },
  { "de, en", "de" },
  { "ar", "zh_CN" },
  { "ar-EG,fr-CA;q=0.9", "fr" },
  { "*", "zh_CN" },
  { "*;q=0.5,es", "es" },
  { "", "zh_CN" },
  { "C", "zh_CN" },
  { "POSIX", "zh_CN" },
  { "C,ja", "ja" },
  { "POSIX,xx,fr", "fr" },
  { "C.UTF-8;q=0.9,de;q=0.5", "de" },
  { "C.UTF-8", "zh_CN" },
  /* Grandfathered: i-klingon is tlh, whose readers read English.  */
  { "i-klingon", "en" },
  { "i-default", "zh_CN" },
  { "x-private,ja", "ja" },
  { "en@boldquot", "en" },
  { "../../etc/passwd", "zh_CN" },
  { "en/../../x", "zh_CN" },
  { "en/../../x,fr", "fr" },
  { "de\nx", "zh_CN" },
  { "d\xc3\xa9,es", "es" },
  { "\xff\xfe", "zh_CN" },
  { ",,,;;;q=,", "zh_CN" },
  { "abcd", "zh_CN" },
  { "e", "zh_CN" },
};

static void
tags_and_lists_choose_the_expected_catalog (void **state)
{
  (void) state;
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    {
      const char *got = sdkerr_negotiate (cases[i].langs);
      if (strcmp (got, cases[i].expected) != 0)
        fail_msg ("'%s': expected %s, got %s", cases[i].langs,
                  cases[i].expected, got);
    }
  assert_string_equal (sdkerr_negotiate (NULL), "zh_CN");
}

/* Content-Language wants BCP 47; nothing matched is NULL, so that the
   server can choose.  */
static void
negotiate_tag_is_bcp47_or_null (void **state)
{
  (void) state;
  assert_string_equal (sdkerr_negotiate_tag ("pt-PT"), "pt-BR");
  assert_string_equal (sdkerr_negotiate_tag ("zh-HK"), "zh-TW");
  assert_string_equal (sdkerr_negotiate_tag ("de-AT"), "de-AT");
  assert_string_equal (sdkerr_negotiate_tag ("de-CH,en;q=0.5"), "de");
  assert_string_equal (sdkerr_negotiate_tag ("zh-CN"), "zh-CN");
  assert_string_equal (sdkerr_negotiate_tag ("zh"), "zh-CN");
  assert_null (sdkerr_negotiate_tag ("nb-NO,zh;q=0"));
  assert_null (sdkerr_negotiate_tag ("xx"));
  assert_null (sdkerr_negotiate_tag (NULL));
}

static void
messages_come_from_the_negotiated_catalog (void **state)
{
  (void) state;
  assert_string_equal (sdkerr_localized_lang (10003, "de-CH,en;q=0.5"),
                       "de: license expired");
  assert_string_equal (sdkerr_localized_lang (10003, "pt-BR"),
                       "pt_BR: license expired");
  assert_string_equal (sdkerr_localized_lang (10003, "zh-HK"),
                       "zh_TW: license expired");
  assert_string_equal (sdkerr_localized_lang (10003, "zh-CN"), "授权过期");
  assert_string_equal (sdkerr_localized_lang (10003, NULL), "授权过期");
  assert_string_equal (sdkerr_localized_lang (10003, "xx"), "授权过期");
  /* Not in the catalog: the source, as gettext would.  */
  assert_string_equal (sdkerr_localized_lang (10001, "de"), "授权文件不存在");
  assert_string_equal (sdkerr_localized_lang (12026, "ja"), "ja: unknown");
  assert_string_equal (sdkerr_localized_lang (INT_MIN, "xx"), "未知错误码");
}

static void
reentrant_form_includes_the_number_in_the_language (void **state)
{
  char buf[64];
  (void) state;
  assert_int_equal (sdkerr_localized_lang_r (12026, "fr", buf, sizeof buf),
                    EINVAL);
  assert_string_equal (buf, "fr: unknown 12026!");
  assert_int_equal (sdkerr_localized_lang_r (10003, "es", buf, sizeof buf), 0);
  assert_string_equal (buf, "es: license expired");
  assert_int_equal (sdkerr_localized_lang_r (10003, "es", buf, 5), ERANGE);
  assert_string_equal (buf, "es: ");
  assert_int_equal (sdkerr_localized_lang_r (10003, "es", NULL, 5), EINVAL);
}

static void
installed_languages_are_listed_sorted (void **state)
{
  const char *langs[32];
  size_t n = sdkerr_languages (langs, 32);
  (void) state;
  assert_int_equal (n, N_INSTALLED);
  for (size_t i = 0; i < n; i++)
    assert_string_equal (langs[i], installed[i]);
  assert_int_equal (sdkerr_languages (NULL, 0), N_INSTALLED);
  assert_int_equal (sdkerr_languages (langs, 2), N_INSTALLED);
  assert_string_equal (langs[1], "de_AT");
}

/* Hostile values: huge, long lists, junk.  A clear fallback, no crash.  */
static void
hostile_values_fall_back_to_the_source (void **state)
{
  size_t big = 64 * 1024;
  char *s = malloc (big + 16);

  (void) state;
  assert_non_null (s);
  memset (s, 'a', big);
  s[big] = '\0';
  assert_string_equal (sdkerr_negotiate (s), "zh_CN");
  memset (s, ',', big);
  assert_string_equal (sdkerr_negotiate (s), "zh_CN");
  for (size_t i = 0; i < big; i++)
    s[i] = (char) (1 + i % 255);
  assert_string_equal (sdkerr_negotiate (s), "zh_CN");
  /* 1,000 entries: the heaviest are read, wherever they stand.  */
  s[0] = '\0';
  strcat (s, "ja");
  for (int i = 0; i < 1000; i++)
    strcat (s, ",xx");
  assert_string_equal (sdkerr_negotiate (s), "ja");
  strcpy (s, "xx");
  for (int i = 0; i < 1000; i++)
    strcat (s, ",xx;q=0.9");
  strcat (s, ",en");
  assert_string_equal (sdkerr_negotiate (s), "en");
  assert_string_equal (sdkerr_localized_lang (10003, s), "en: license expired");
  free (s);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (tags_and_lists_choose_the_expected_catalog),
    cmocka_unit_test (negotiate_tag_is_bcp47_or_null),
    cmocka_unit_test (messages_come_from_the_negotiated_catalog),
    cmocka_unit_test (reentrant_form_includes_the_number_in_the_language),
    cmocka_unit_test (installed_languages_are_listed_sorted),
    cmocka_unit_test (hostile_values_fall_back_to_the_source),
  };
  return cmocka_run_group_tests (tests, install_fixtures, remove_fixtures);
}
