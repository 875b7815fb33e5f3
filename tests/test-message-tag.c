/* test-message-tag.c - sdkerr_localized_lang_tag names the language each
   message is actually written in: the catalog that supplied it, a later
   one of the chain when the first chosen lacks the message, or the
   Chinese source.  The partial catalogs are made here by mo-writer.h.  */

#include "test-helpers.h"
#include "mo-writer.h"

#include <unistd.h>

static char fixture_dir[] = "/tmp/sdkerr-message-tag.XXXXXX";

/* "ro" translates one message, "en" three, "zh" is the source itself
   (as the installation ships it).  */
static int
install_fixtures (void **state)
{
  static const struct mo_entry ro[] = { { "授权过期", "Licența a expirat" } };
  static const struct mo_entry en[] = {
    { "授权过期", "License has expired" },
    { "成功", "Success" },
    { "未知错误码", "Unknown error code" },
  };
  static const struct mo_entry zh[] = { { "授权过期", "授权过期" }, { "成功", "成功" } };
  static const struct { const char *lang; const struct mo_entry *e; size_t n; } cats[] = {
    { "ro", ro, 1 }, { "en", en, 3 }, { "zh", zh, 2 },
  };

  (void) state;
  if (mkdtemp (fixture_dir) == NULL)
    return -1;
  for (size_t i = 0; i < sizeof cats / sizeof cats[0]; i++)
    {
      size_t size;
      unsigned char *mo = mo_build (cats[i].e, cats[i].n, 0, &size);
      int rc = mo_install (fixture_dir, cats[i].lang, mo, size);
      free (mo);
      if (rc != 0)
        return -1;
    }
  return setenv ("SDKERR_LOCALEDIR", fixture_dir, 1);
}

static int
remove_fixtures (void **state)
{
  (void) state;
  return mo_remove_tree (fixture_dir);
}

/* The message and its tag, for one request.  */
static void
assert_message (int code, const char *langs, const char *message, const char *tag)
{
  assert_string_equal (sdkerr_localized_lang (code, langs), message);
  assert_string_equal (sdkerr_localized_lang_tag (code, langs), tag);
}

static void
a_message_the_first_catalog_has_is_labelled_with_it (void **state)
{
  (void) state;
  assert_message (10003, "ro,en", "Licența a expirat", "ro");
  assert_message (10003, "ro-RO", "Licența a expirat", "ro");
}

static void
a_message_from_a_later_catalog_is_labelled_with_that_one (void **state)
{
  (void) state;
  /* The negotiated catalog is ro; the message is English.  */
  assert_string_equal (sdkerr_negotiate_tag ("ro,en"), "ro");
  assert_message (0, "ro,en", "Success", "en");
  assert_message (SDKERR_HTTP_TIMEOUT + 99999, "ro,en", "Unknown error code", "en");
}

static void
a_message_no_catalog_has_is_labelled_as_the_source (void **state)
{
  (void) state;
  assert_message (10001, "ro,en", "授权文件不存在", "zh-CN");
  assert_message (10003, "xx", "授权过期", "zh-CN");
  assert_message (10003, NULL, "授权过期", "zh-CN");
}

static void
the_source_is_zh_cn_whichever_catalog_holds_it (void **state)
{
  (void) state;
  /* zh, zh-SG and zh-CN all reach the catalog that is the source.  */
  assert_message (10003, "zh", "授权过期", "zh-CN");
  assert_message (10003, "zh-SG", "授权过期", "zh-CN");
  assert_message (0, "zh-CN,en", "成功", "zh-CN");
}

/* Every path that names the answer names the source zh-CN (zh_CN), not
   the file that holds it: the header's promise, and ICU's answer.  */
static void
the_source_is_named_zh_cn_on_every_path (void **state)
{
  static const char *const requests[] = {
    "zh", "cmn", "zho;q=0.19", "zh-SG", "zh-min-nan", "zh,en", "xx,zh-Hans",
  };
  (void) state;
  for (size_t i = 0; i < sizeof requests / sizeof requests[0]; i++)
    {
      assert_string_equal (sdkerr_negotiate_tag (requests[i]), "zh-CN");
      assert_string_equal (sdkerr_negotiate (requests[i]), "zh_CN");
    }
  /* A catalog of its own still names the answer.  */
  assert_string_equal (sdkerr_negotiate_tag ("en,zh"), "en");
  assert_string_equal (sdkerr_negotiate ("en,zh"), "en");
}

static void
the_default_language_labels_what_it_supplies (void **state)
{
  (void) state;
  assert_int_equal (sdkerr_set_default_language ("en"), 0);
  assert_message (10003, "xx", "License has expired", "en");
  assert_message (10001, "xx", "授权文件不存在", "zh-CN");
  /* The default too is refused by q=0, and by "*;q=0".  */
  assert_message (0, "ro,en;q=0", "成功", "zh-CN");
  assert_message (0, "ro,*;q=0", "成功", "zh-CN");
  assert_message (0, "ro", "Success", "en");
  assert_int_equal (sdkerr_set_default_language (NULL), 0);
  assert_message (10003, "xx", "授权过期", "zh-CN");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (a_message_the_first_catalog_has_is_labelled_with_it),
    cmocka_unit_test (a_message_from_a_later_catalog_is_labelled_with_that_one),
    cmocka_unit_test (a_message_no_catalog_has_is_labelled_as_the_source),
    cmocka_unit_test (the_source_is_zh_cn_whichever_catalog_holds_it),
    cmocka_unit_test (the_source_is_named_zh_cn_on_every_path),
    cmocka_unit_test (the_default_language_labels_what_it_supplies),
  };
  return cmocka_run_group_tests (tests, install_fixtures, remove_fixtures);
}
