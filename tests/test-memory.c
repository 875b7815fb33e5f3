/* test-memory.c - what a thread remembers (src/memory.c): request values
   of any length, thousands of them, each told apart from every other by
   all its bytes, pointing at a few shared answers that stay right when
   they make room for others.  Built from the library's sources with room
   for 8 answers (SDKERR__MEMORY_ANSWERS), to read its counters.  */

#include "test-helpers.h"

#include <pthread.h>
#include <stdint.h>

#include "internal.h"
#include "request-values.h"

/* How many answers asking for VALUE again resolves afresh.  */
static unsigned long
resolved_again (const char *value)
{
  unsigned long before = sdkerr__resolutions ();
  (void) sdkerr_negotiate_tag (value);
  return sdkerr__resolutions () - before;
}

/* The control: a value never seen is resolved, so the counter can show
   a recall.  */
static void
a_new_value_is_resolved (void **state)
{
  (void) state;
  skip_without_built_catalogs ();
  /* The first use binds the domain, which gettext counts as a change.  */
  (void) sdkerr_negotiate_tag ("de");
  assert_int_equal (resolved_again ("de,qq;q=0.123456"), 1);
  assert_int_equal (resolved_again ("de,qq;q=0.123456"), 0);
}

static void
values_of_any_length_are_remembered (void **state)
{
  static const size_t lengths[] = { 1023, 1024, 5000, 100000 };
  static char value[100001];
  (void) state;
  skip_without_built_catalogs ();
  for (size_t i = 0; i < sizeof lengths / sizeof lengths[0]; i++)
    {
      distinct_value (value, sizeof value, (unsigned) i, lengths[i]);
      value[lengths[i]] = '\0';
      (void) sdkerr_negotiate_tag (value);
      assert_int_equal (resolved_again (value), 0);
      assert_string_equal (sdkerr_negotiate_tag (value), warm[i % NWARM]);
    }
}

/* Past what a thread can keep, a value is still answered right.  */
static void
a_value_past_the_memory_is_answered (void **state)
{
  size_t len = 300000;
  char *value = malloc (len + 1);
  (void) state;
  skip_without_built_catalogs ();
  assert_non_null (value);
  memset (value, ' ', len);
  memcpy (value, "ja,", 3);
  value[len] = '\0';
  assert_string_equal (sdkerr_negotiate_tag (value), "ja");
  assert_string_equal (sdkerr_negotiate_tag (value), "ja");
  free (value);
}

/* 2,500 values (a real corpus's worth) over 5 catalogs, in a new thread
   (its memory empty): the second pass resolves none of them.  */
static void *
two_passes (void *unused)
{
  char value[400];
  unsigned long before = 0;
  uintptr_t wrong = 0;
  (void) unused;
  for (int pass = 0; pass < 2; pass++)
    {
      before = sdkerr__resolutions ();
      for (unsigned n = 0; n < 2500; n++)
        {
          distinct_value (value, sizeof value, n, n % 7 == 0 ? 300 : 0);
          wrong += strcmp (sdkerr_negotiate_tag (value), warm[n % NWARM]) != 0;
        }
    }
  return (void *) (wrong + (sdkerr__resolutions () - before));
}

static void
thousands_of_values_are_remembered (void **state)
{
  pthread_t t;
  void *wrong_or_resolved;
  (void) state;
  skip_without_built_catalogs ();
  (void) sdkerr_negotiate_tag ("de");
  assert_int_equal (pthread_create (&t, NULL, two_passes, NULL), 0);
  assert_int_equal (pthread_join (t, &wrong_or_resolved), 0);
  assert_null (wrong_or_resolved);
}

/* Two values of one length and one hash: the table tells them apart by
   their bytes.  Found by a birthday search over two families.  */
struct filed
{
  uint32_t hash;
  unsigned n;
};

static int
by_hash (const void *a, const void *b)
{
  uint32_t x = ((const struct filed *) a)->hash, y = ((const struct filed *) b)->hash;
  return x < y ? -1 : x > y;
}

#define FAMILY 200000

/* The Nth value of LANG's family: "de,x-" and 7 pseudo-random letters
   (digits alone make too regular an input to collide).  */
static void
family_value (char *out, const char *lang, unsigned n)
{
  uint32_t x = n * 2654435761u + 12345u;
  char letters[8];
  for (int i = 0; i < 7; i++)
    {
      x = x * 1103515245u + 12345u;
      letters[i] = (char) ('a' + (x >> 16) % 26);
    }
  letters[7] = '\0';
  sprintf (out, "%s,x-%s", lang, letters);
}

static void
values_of_one_hash_are_told_apart (void **state)
{
  struct filed *de = malloc (FAMILY * sizeof *de);
  char a[32], b[32];
  size_t len;
  unsigned found = FAMILY;
  (void) state;
  skip_without_built_catalogs ();
  assert_non_null (de);
  for (unsigned n = 0; n < FAMILY; n++)
    {
      family_value (a, "de", n);
      de[n].hash = sdkerr__value_hash (a, &len);
      de[n].n = n;
    }
  qsort (de, FAMILY, sizeof *de, by_hash);
  for (unsigned n = 0; n < FAMILY && found == FAMILY; n++)
    {
      struct filed key, *hit;
      family_value (b, "fr", n);
      key.hash = sdkerr__value_hash (b, &len);
      if ((hit = bsearch (&key, de, FAMILY, sizeof *de, by_hash)) != NULL)
        {
          found = n;
          family_value (a, "de", hit->n);
        }
    }
  free (de);
  if (found == FAMILY)
    skip_because ("no two values of one hash in the families searched");
  assert_int_equal (strlen (a), strlen (b));
  assert_int_equal (sdkerr__value_hash (a, &len), sdkerr__value_hash (b, &len));
  assert_string_equal (sdkerr_negotiate_tag (a), "de");
  assert_string_equal (sdkerr_negotiate_tag (b), "fr");
  assert_string_equal (sdkerr_negotiate_tag (a), "de");
}

/* The value that answered last is compared whole, not as a prefix.  */
static void
the_last_value_is_compared_whole (void **state)
{
  (void) state;
  skip_without_built_catalogs ();
  assert_string_equal (sdkerr_negotiate_tag ("nl"), "nl");
  assert_string_equal (sdkerr_negotiate_tag ("nlx,fr"), "fr");
  assert_string_equal (sdkerr_negotiate_tag ("nl"), "nl");
  /* 8 bytes or more: compared otherwise (strcmp), as whole.  */
  assert_string_equal (sdkerr_negotiate_tag ("x-0123456789abcdef,nl"), "nl");
  assert_string_equal (sdkerr_negotiate_tag ("x-0123456789abcdef,nlx,fr"), "fr");
  assert_string_equal (sdkerr_negotiate_tag ("x-0123456789abcdef,nl"), "nl");
}

/* More distinct answers than the 8 kept: the oldest make room, and no
   value, of either path, is then answered with another's.  */
static void
answers_making_room_stay_right (void **state)
{
  static const char *const langs[] = {
    "es", "it", "ko", "pl", "sv", "tr", "uk", "vi", "cs", "hu", "nl", "fi",
  };
  char before[256];
  (void) state;
  skip_without_built_catalogs ();
  use_language ("de");
  snprintf (before, sizeof before, "%s", sdkerr_localized (10003));
  for (int round = 0; round < 2; round++)
    for (size_t i = 0; i < sizeof langs / sizeof langs[0]; i++)
      {
        char value[32];
        snprintf (value, sizeof value, "%s,x-%d", langs[i], round);
        assert_string_equal (sdkerr_negotiate_tag (value), langs[i]);
        assert_string_equal (sdkerr_negotiate_tag (langs[i]), langs[i]);
      }
  assert_string_equal (sdkerr_localized (10003), before);
  use_language (NULL);
}

/* One chain of catalogs (the default's), asked for, reached by a request
   that chose the source, or by one that chose nothing: each value keeps
   its own tag.  */
static void
an_answer_is_kept_with_what_was_requested (void **state)
{
  (void) state;
  skip_without_built_catalogs ();
  assert_int_equal (sdkerr_set_default_language ("ja"), 0);
  assert_string_equal (sdkerr_negotiate_tag ("ja,x-kept"), "ja");
  assert_null (sdkerr_negotiate_tag ("qq,x-kept"));
  assert_string_equal (sdkerr_negotiate_tag ("zh-CN,x-kept"), "zh-CN");
  assert_null (sdkerr_negotiate_tag ("qq,x-kept2"));
  assert_int_equal (sdkerr_set_default_language (NULL), 0);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (a_new_value_is_resolved),
    cmocka_unit_test (values_of_any_length_are_remembered),
    cmocka_unit_test (a_value_past_the_memory_is_answered),
    cmocka_unit_test (thousands_of_values_are_remembered),
    cmocka_unit_test (values_of_one_hash_are_told_apart),
    cmocka_unit_test (the_last_value_is_compared_whole),
    cmocka_unit_test (answers_making_room_stay_right),
    cmocka_unit_test (an_answer_is_kept_with_what_was_requested),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
