/* test-mo.c - the strict reader of one .mo image (src/mo.c, built in):
   its work is linear in the file whatever the file holds, it reads the
   charset where glibc's gettext reads it, it refuses strings that are
   not UTF-8 and translations longer than 16 KiB.  */

#include "test-helpers.h"
#include "mo-writer.h"

#include "internal.h"

/* A catalog of N msgids that all point into one string "aaa...ab" of LEN
   bytes: each a suffix of the last, so they sort in table order, and
   comparing neighbours costs their whole length.  The reader of 0.1.0 took
   seconds on 4 MB (quadratic).  */
static unsigned char *
overlapping_catalog (uint32_t n, size_t len, size_t *size)
{
  size_t text = 28 + 16 * (size_t) (n + 1);
  unsigned char *mo = calloc (1, text + len + 64);
  const char header[] = "Content-Type: text/plain; charset=UTF-8\n";

  mo_put32 (mo, 0x950412deU, 0);
  mo_put32 (mo + 8, n + 1, 0);
  mo_put32 (mo + 12, 28, 0);
  mo_put32 (mo + 16, 28 + 8 * (n + 1), 0);
  /* The long string, then the header's translation and an empty msgid.  */
  memset (mo + text, 'a', len - 1);
  mo[text + len - 1] = 'b';
  memcpy (mo + text + len + 1, header, sizeof header);
  /* Entry 0: msgid "" (the NUL ending the long string), the header.  */
  mo_put32 (mo + 28, 0, 0);
  mo_put32 (mo + 32, (uint32_t) (text + len), 0);
  mo_put32 (mo + 28 + 8 * (n + 1), sizeof header - 1, 0);
  mo_put32 (mo + 28 + 8 * (n + 1) + 4, (uint32_t) (text + len + 1), 0);
  for (uint32_t i = 1; i <= n; i++)
    {
      uint32_t off = (uint32_t) (text + i - 1);
      mo_put32 (mo + 28 + 8 * i, (uint32_t) (len - (i - 1)), 0);
      mo_put32 (mo + 28 + 8 * i + 4, off, 0);
      /* The translation: the same string; it is never returned.  */
      mo_put32 (mo + 28 + 8 * (n + 1 + i), (uint32_t) (len - (i - 1)), 0);
      mo_put32 (mo + 28 + 8 * (n + 1 + i) + 4, off, 0);
    }
  *size = text + len + 1 + sizeof header;
  return mo;
}

/* The reader compares neighbouring msgids within a budget of the file's
   size, so its work is linear whatever the file holds: counted, not
   timed.  Overlapping msgids whose comparisons fit the budget are read;
   the same shape costing more than the file is refused.  */
static void
overlapping_msgids_are_refused_in_linear_time (void **state)
{
  sdkerr__catalog_t cat;
  size_t size;
  unsigned char *mo = overlapping_catalog (3, 64, &size);

  (void) state;
  assert_int_equal (sdkerr__catalog_parse (mo, size, &cat), 0);
  free (mo);
  mo = overlapping_catalog (100000, 4u << 20, &size);
  assert_true (size > (4u << 20));
  assert_int_equal (sdkerr__catalog_parse (mo, size, &cat), -1);
  free (mo);
}

static int
parse_with_header (const char *header, const char *text, sdkerr__catalog_t *cat)
{
  struct mo_entry e[] = { { "授权过期", text } };
  size_t size;
  unsigned char *mo = mo_build_with_header (e, 1, 0, header, &size);
  int rc = sdkerr__catalog_parse (mo, size, cat);
  free (mo);
  return rc;
}

/* As glibc's gettext reads it: the first lower-case "charset=" of the
   header, whichever field holds it and however long its line, up to a
   blank or the line's end.  */
static void
charset_is_read_as_gettext_reads_it (void **state)
{
  char long_type[300];
  sdkerr__catalog_t cat;
  (void) state;
  assert_int_equal (parse_with_header ("Content-Type: text/plain; charset=ISO-8859-1\n"
                                       "X-Note: charset=UTF-8\n", "caf\xe9", &cat), 0);
  assert_string_equal (cat.charset, "ISO-8859-1");
  assert_int_equal (parse_with_header ("X-Note: charset=UTF-8\n", "ok", &cat), 0);
  assert_string_equal (cat.charset, "UTF-8");
  assert_int_equal (parse_with_header ("Content-Type: text/plain; CHARSET=ISO-8859-1\n",
                                       "ok", &cat), 0);
  assert_string_equal (cat.charset, "");
  snprintf (long_type, sizeof long_type, "Content-Type: text/plain; x=\"%0200d\"; "
            "charset=ISO-8859-1\nLanguage: ca\n", 0);
  assert_int_equal (parse_with_header (long_type, "caf\xe9", &cat), 0);
  assert_string_equal (cat.charset, "ISO-8859-1");
  assert_string_equal (cat.language, "ca");
  assert_int_equal (parse_with_header ("Content-Type: text/plain; charset=UTF-80\n",
                                       "ok", &cat), 0);
  assert_false (sdkerr__charset_is_utf8 (cat.charset));
  /* Longer than any charset name: refused.  */
  assert_int_equal (parse_with_header ("Content-Type: text/plain; charset="
                                       "ISO-8859-1-and-a-good-deal-more-than-that\n",
                                       "ok", &cat), -1);
}

static void
strings_that_are_not_utf8_are_refused (void **state)
{
  static const char *const bad[] = {
    "caf\xe9", "\xc0\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "cut \xe6\x8e",
    "\xff",
  };
  sdkerr__catalog_t cat;
  (void) state;
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
    assert_int_equal (parse_with_header ("Content-Type: text/plain; charset=UTF-8\n",
                                         bad[i], &cat), -1);
  assert_int_equal (parse_with_header ("Content-Type: text/plain; charset=UTF-8\n",
                                       "授权 ok \xf0\x9f\x98\x80", &cat), 0);
}

/* A translation of up to 16 KiB is read; a longer one makes the whole
   catalog suspect.  */
static void
translations_longer_than_16_kib_are_refused (void **state)
{
  const char *header = "Content-Type: text/plain; charset=UTF-8\n";
  char *text = malloc ((16u << 10) + 2);
  struct mo_entry e[] = { { "授权过期", text } };
  sdkerr__catalog_t cat;
  unsigned char *mo;
  size_t size;

  (void) state;
  memset (text, 'a', (16u << 10) + 1);
  text[16u << 10] = '\0';
  mo = mo_build_with_header (e, 1, 0, header, &size);
  assert_int_equal (sdkerr__catalog_parse (mo, size, &cat), 0);
  assert_int_equal (strlen (cat.strings[SDKERR__IDX_LICENSE_EXPIRED]), 16u << 10);
  free (mo);
  text[16u << 10] = 'a';
  text[(16u << 10) + 1] = '\0';
  assert_int_equal (parse_with_header (header, text, &cat), -1);
  free (text);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (overlapping_msgids_are_refused_in_linear_time),
    cmocka_unit_test (translations_longer_than_16_kib_are_refused),
    cmocka_unit_test (charset_is_read_as_gettext_reads_it),
    cmocka_unit_test (strings_that_are_not_utf8_are_refused),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
