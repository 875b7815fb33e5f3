/* test-miss-path.c - a request value a thread has not seen (a miss) is
   resolved without the library's lock (nor gettext's, which the library
   takes only under its own) once the catalogs it needs are loaded, at
   any length (what a thread remembers: tests/test-memory); and threads
   resolving thousands of distinct values while others load catalogs and
   change the default get the answers of a quiet run.  Built from the
   library's sources, to read its lock counter and its memory.  */

#include "test-helpers.h"

#include <ctype.h>
#include <pthread.h>
#include <stdatomic.h>

#include "internal.h"
#include "request-values.h"

/* Where gettext keeps no counter of its changes (musl), a value not
   remembered reads the binding under the library's lock, as sdkerr.h
   says.  */
#if HAVE__NL_MSG_CAT_CNTR || !ENABLE_NLS
# define assert_no_lock_since(before) assert_int_equal (locks_taken (), (before))
#else
# define assert_no_lock_since(before) assert_true (locks_taken () > (before))
#endif

/* Whether TAG, which is NULL when nothing matched, is EXPECTED.  */
static int
same_tag (const char *tag, const char *expected)
{
  return tag != NULL && strcmp (tag, expected) == 0;
}

static unsigned long
locks_taken (void)
{
  return atomic_load (&sdkerr__locks_taken);
}

/* Loads the catalogs of warm[]; skips the test where there are none.  */
static void
load_warm_catalogs (void)
{
  skip_without_built_catalogs ();
  for (size_t i = 0; i < NWARM; i++)
    assert_true (same_tag (sdkerr_negotiate_tag (warm[i]), warm[i]));
}

/* The control: a first use does take the lock, so the counter can show
   one.  */
static void
a_first_load_takes_the_lock (void **state)
{
  unsigned long before = locks_taken ();
  (void) state;
  assert_non_null (sdkerr_localized_lang (10003, "nl"));
  assert_true (locks_taken () > before);
}

static void
misses_take_no_lock_at_any_length (void **state)
{
  static const size_t lengths[] = { 0, 127, 128, 600, 1100, 5000 };
  char value[6000];
  unsigned long before;
  (void) state;
  load_warm_catalogs ();
  before = locks_taken ();
  for (unsigned n = 0; n < 3000; n++)
    {
      distinct_value (value, sizeof value, n, lengths[n % 6]);
      assert_true (same_tag (sdkerr_negotiate_tag (value), warm[n % NWARM]));
      assert_non_null (sdkerr_localized_lang (10003, value));
      (void) sdkerr_localized_lang_tag (10003, value);
    }
  assert_no_lock_since (before);
}

/* The same with a default language set: reading it takes no lock.  */
static void
misses_read_the_default_without_a_lock (void **state)
{
  char value[64];
  unsigned long before;
  (void) state;
  load_warm_catalogs ();
  assert_int_equal (sdkerr_set_default_language ("fr"), 0);
  before = locks_taken ();
  for (unsigned n = 0; n < 1000; n++)
    {
      snprintf (value, sizeof value, "x-%u,qq", n);
      assert_string_equal (sdkerr_negotiate (value), "fr");
    }
  assert_no_lock_since (before);
  assert_int_equal (sdkerr_set_default_language (NULL), 0);
}

/* --- Threads ------------------------------------------------------------- */

#define VALUES 1500

/* What a quiet run answers for warm[i]'s message 10003.  */
static const char *expected[NWARM];

struct worker
{
  unsigned first;
  size_t mismatches;
};

static void *
resolve_distinct (void *arg)
{
  struct worker *w = arg;
  char value[400];
  for (unsigned n = w->first; n < w->first + VALUES; n++)
    {
      distinct_value (value, sizeof value, n, n % 3 == 0 ? 300 : 0);
      if (!same_tag (sdkerr_negotiate_tag (value), warm[n % NWARM])
          || strcmp (sdkerr_localized_lang (10003, value), expected[n % NWARM]) != 0)
        w->mismatches++;
    }
  return NULL;
}

/* Loads catalogs no worker asks for, for the first time.  */
static void *
load_others (void *unused)
{
  static const char *const others[] = { "it", "ko", "pl", "sv", "tr", "uk", "vi" };
  (void) unused;
  for (size_t i = 0; i < sizeof others / sizeof others[0]; i++)
    (void) sdkerr_localized_lang (10003, others[i]);
  return NULL;
}

static void *
change_default (void *unused)
{
  static const char *const defaults[] = { "en", "es", NULL, "cs" };
  (void) unused;
  for (unsigned n = 0; n < 200; n++)
    if (sdkerr_set_default_language (defaults[n % 4]) != 0)
      return (void *) 1;
  return NULL;
}

static void
threads_resolve_while_others_load_and_change_the_default (void **state)
{
  struct worker workers[3];
  pthread_t resolvers[3], loader, changer;
  void *changed;
  (void) state;
  load_warm_catalogs ();
  for (size_t i = 0; i < NWARM; i++)
    expected[i] = sdkerr_localized_lang (10003, warm[i]);
  for (unsigned t = 0; t < 3; t++)
    {
      workers[t].first = t * VALUES;
      workers[t].mismatches = 0;
      assert_int_equal (pthread_create (&resolvers[t], NULL, resolve_distinct,
                                        &workers[t]), 0);
    }
  assert_int_equal (pthread_create (&loader, NULL, load_others, NULL), 0);
  assert_int_equal (pthread_create (&changer, NULL, change_default, NULL), 0);
  for (unsigned t = 0; t < 3; t++)
    assert_int_equal (pthread_join (resolvers[t], NULL), 0);
  assert_int_equal (pthread_join (loader, NULL), 0);
  assert_int_equal (pthread_join (changer, &changed), 0);
  assert_null (changed);
  for (unsigned t = 0; t < 3; t++)
    assert_int_equal (workers[t].mismatches, 0);
  assert_int_equal (sdkerr_set_default_language (NULL), 0);
}

/* The bytes that FILE says a thread's memory takes at most: the number
   before the first " bytes (" after "distinct answers", commas read.  */
static size_t
documented_memory (const char *file)
{
  char *text = read_source (file);
  const char *at = strstr (text, "distinct answers");
  const char *end = at != NULL ? strstr (at, " bytes (") : NULL, *p;
  size_t bytes = 0;
  if (end == NULL)
    fail_msg ("%s gives no size for a thread's memory", file);
  for (p = end; p > text && (isdigit ((unsigned char) p[-1]) || p[-1] == ','); p--)
    ;
  for (; p < end; p++)
    if (*p != ',')
      bytes = bytes * 10 + (size_t) (*p - '0');
  free (text);
  return bytes;
}

/* The header, the README and the manual give the size the memory has
   (with the SDK's table), the table of values grown.  */
static void
the_memory_a_thread_takes_is_the_size_documented (void **state)
{
  static const char *const files[] = {
    "include/sdkerr.h", "README.md", "man/sdkerr_localized.3",
  };
  (void) state;
#if !defined SDKERR_THREAD_LOCAL
  skip_because ("without thread-local storage, a thread remembers nothing");
#endif
  for (size_t i = 0; i < sizeof files / sizeof files[0]; i++)
    {
      size_t bytes = documented_memory (files[i]);
      if (bytes != sdkerr__memory_bytes_max ())
        fail_msg ("%s says %zu bytes; a thread's memory takes up to %zu", files[i],
                  bytes, sdkerr__memory_bytes_max ());
    }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (the_memory_a_thread_takes_is_the_size_documented),
    cmocka_unit_test (a_first_load_takes_the_lock),
    cmocka_unit_test (misses_take_no_lock_at_any_length),
    cmocka_unit_test (misses_read_the_default_without_a_lock),
    cmocka_unit_test (threads_resolve_while_others_load_and_change_the_default),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
