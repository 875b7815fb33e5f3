/* test-noalloc.c - after its first use, no lookup path allocates: the
   C library's allocator is wrapped (allocator.h) and counted.  */

#include "test-helpers.h"

#include "allocator.h"
#include "request-values.h"

#include <pthread.h>
#include <sys/resource.h>

/* Every lookup path, over every code and a few unknown ones.  */
static void
every_path (locale_t en)
{
  size_t count;
  const int *codes = sdkerr_codes (&count);
  char buf[256];
  static const int unknown[] = { -1, 12026, 99999 };

  for (size_t i = 0; i < count + 3; i++)
    {
      int code = i < count ? codes[i] : unknown[i - count];
      int back;
      (void) sdkerr_localized (code);
      (void) sdkerr_localized_r (code, buf, sizeof buf);
      (void) sdkerr_localized_lang (code, "en");
      (void) sdkerr_localized_lang (code, "de-CH,de;q=0.9,en;q=0.8");
      (void) sdkerr_localized_lang_r (code, "en", buf, sizeof buf);
      if (en != (locale_t) 0)
        (void) sdkerr_localized_l (code, en);
      (void) sdkerr_localized_l (code, (locale_t) 0);
      (void) sdkerr_negotiate ("zh-Hant-TW");
      (void) sdkerr_negotiate_tag ("pt-PT,en;q=0.5");
      (void) sdkerr_name (code);
      (void) sdkerr_message (code);
      (void) sdkerr_category_name (sdkerr_category (code));
      if (sdkerr_name (code) != NULL)
        (void) sdkerr_code_from_name (sdkerr_name (code), &back);
    }
}

/* sdkerr_localized in threads that switch among a few locales (up to
   four are remembered per thread).  */
static void
switching_locales (locale_t *locales, size_t n)
{
  size_t count;
  const int *codes = sdkerr_codes (&count);
  for (size_t l = 0; l < n; l++)
    {
      uselocale (locales[l]);
      for (size_t i = 0; i < count; i++)
        {
          (void) sdkerr_localized (codes[i]);
          (void) sdkerr_localized_l (codes[i], locales[(l + 1) % n]);
        }
    }
  uselocale (LC_GLOBAL_LOCALE);
}

/* The wrappers do count: the tests below can fail.  */
static void
the_counter_counts (void **state)
{
  (void) state;
  SKIP_UNLESS_ALLOCATOR_WRAPPED ();
  allocator_counting = 1;
  allocator_allocations = 0;
  {
    /* Kept in a volatile: clang removes a malloc whose block is only
       freed, and the wrapper would count nothing.  */
    void *volatile block = malloc (16);
    free (block);
  }
  allocator_counting = 0;
  assert_int_equal (allocator_allocations, 1);
}

static void
lookups_allocate_nothing_after_the_first (void **state)
{
  locale_t en;
  (void) state;
  SKIP_UNLESS_ALLOCATOR_WRAPPED ();
  en = newlocale (LC_ALL_MASK, "en_US.UTF-8", (locale_t) 0);
  use_language ("en");
  /* First use: catalogs are loaded and gettext fills its caches.  */
  every_path (en);
  allocator_counting = 1;
  allocator_allocations = 0;
  for (int round = 0; round < 3; round++)
    every_path (en);
  allocator_counting = 0;
  assert_int_equal (allocator_allocations, 0);
  if (en != (locale_t) 0)
    freelocale (en);
  use_language (NULL);
}

/* Three locales in turn, LANGUAGE unset: after the first round, no
   allocation either.  Needs the locales generated (CI does).  */
static void
switching_locales_allocates_nothing_after_the_first_round (void **state)
{
  static const char *const names[] = { "de_DE.UTF-8", "zh_CN.UTF-8", "C.UTF-8" };
  locale_t locs[3];
  (void) state;
  SKIP_UNLESS_ALLOCATOR_WRAPPED ();
  for (size_t l = 0; l < 3; l++)
    if ((locs[l] = newlocale (LC_ALL_MASK, names[l], (locale_t) 0)) == (locale_t) 0)
      {
        for (size_t k = 0; k < l; k++)
          freelocale (locs[k]);
        skip_because ("the locales de_DE.UTF-8 and zh_CN.UTF-8 are not generated");
      }
  assert_int_equal (unsetenv ("LANGUAGE"), 0);
#if ENABLE_NLS
  textdomain (textdomain (NULL));
#endif
  switching_locales (locs, 3);
  allocator_counting = 1;
  allocator_allocations = 0;
  for (int round = 0; round < 3; round++)
    switching_locales (locs, 3);
  allocator_counting = 0;
  assert_int_equal (allocator_allocations, 0);
  for (size_t l = 0; l < 3; l++)
    freelocale (locs[l]);
}

/* Values the thread has not seen, short and long (past what a thread
   remembers), over catalogs already loaded: resolved without allocating
   either.  */
static void
distinct_values_allocate_nothing (void **state)
{
  char value[3000];
  (void) state;
  SKIP_UNLESS_ALLOCATOR_WRAPPED ();
  (void) sdkerr_localized_lang (10003, "de,en");
  allocator_counting = 1;
  allocator_allocations = 0;
  for (unsigned n = 0; n < 500; n++)
    {
      size_t len = (size_t) snprintf (value, sizeof value, "%s;q=0.%03u,en;q=0.1",
                                      n % 2 ? "de" : "en-GB", n % 1000);
      while (len < (n % 5) * 600)
        len += (size_t) snprintf (value + len, sizeof value - len, ",x-%04u", n);
      (void) sdkerr_localized_lang (10003, value);
      (void) sdkerr_negotiate_tag (value);
    }
  allocator_counting = 0;
  assert_int_equal (allocator_allocations, 0);
}

/* In a new thread, after its first lookup (which allocates its memory):
   the allocations of 4,995 distinct values, past the 3,072 it remembers.  */
static void *
thread_of_many_values (void *out)
{
  char value[64];
  for (size_t i = 0; i < NWARM; i++)
    (void) sdkerr_localized_lang (10003, warm[i]);
  allocator_allocations = 0;
  allocator_counting = 1;
  for (unsigned n = 0; n < 4995; n++)
    {
      distinct_value (value, sizeof value, n, 0);
      (void) sdkerr_localized_lang (10003, value);
    }
  allocator_counting = 0;
  *(unsigned long *) out = allocator_allocations;
  return NULL;
}

/* A thread's table of values grows once, at its 193rd value, and never
   again, however often it fills and starts again (sdkerr.h: "calls no
   allocator but once in a thread's life").  */
static void
a_thread_grows_its_table_once (void **state)
{
  pthread_t t;
  unsigned long allocations = 0;
  (void) state;
  SKIP_UNLESS_ALLOCATOR_WRAPPED ();
  assert_int_equal (pthread_create (&t, NULL, thread_of_many_values, &allocations), 0);
  assert_int_equal (pthread_join (t, NULL), 0);
  assert_int_equal (allocations, 1);
}

/* A value's first sight in a new thread, and the pages it faulted in.  */
struct first_miss
{
  const char *value;
  long faults;
};

static void *
first_miss_in_thread (void *arg)
{
  struct first_miss *fm = arg;
  struct rusage before, after;
  getrusage (RUSAGE_THREAD, &before);
  (void) sdkerr_negotiate_tag (fm->value);
  getrusage (RUSAGE_THREAD, &after);
  fm->faults = (after.ru_minflt - before.ru_minflt) + (after.ru_majflt - before.ru_majflt);
  return NULL;
}

static long
faults_of_a_first_miss (const char *value)
{
  pthread_t t;
  struct first_miss fm = { value, -1 };
  assert_int_equal (pthread_create (&t, NULL, first_miss_in_thread, &fm), 0);
  assert_int_equal (pthread_join (t, NULL), 0);
  return fm.faults;
}

/* A new thread's first miss faults in no page once threads have come
   and gone: its chain and picks are in its memory, which glibc's
   allocator hands on warm from the thread before, not on the stack,
   which glibc gives back when a thread ends but for the 16 KiB below
   where it ended (3 faults, some 4 us of the 5 the first miss took,
   when the miss went 30 KiB deep).  */
static void
a_new_threads_first_miss_faults_in_no_page (void **state)
{
  static const char *const values[] = {
    "fr-CA,fr;q=0.9", "de-AT,de;q=0.9", "it-CH,it;q=0.9", "es-MX,es;q=0.9",
    "pt-PT,pt;q=0.9", "nl-BE,nl;q=0.9",
  };
  (void) state;
  SKIP_UNLESS_ALLOCATOR_WRAPPED ();
  skip_without_built_catalogs ();
  for (size_t i = 0; i < sizeof values / sizeof values[0]; i++)
    (void) sdkerr_negotiate_tag (values[i] + 6);
  /* The first threads fault in the allocator's heap and their stacks.  */
  (void) faults_of_a_first_miss (values[0]);
  (void) faults_of_a_first_miss (values[1]);
  for (size_t i = 2; i < sizeof values / sizeof values[0]; i++)
    assert_int_equal (faults_of_a_first_miss (values[i]), 0);
  /* With a default language, whose picks the first miss chooses too,
     once a thread has been as deep.  */
  assert_int_equal (sdkerr_set_default_language ("en"), 0);
  (void) faults_of_a_first_miss (values[0]);
  for (size_t i = 2; i < sizeof values / sizeof values[0]; i++)
    assert_int_equal (faults_of_a_first_miss (values[i]), 0);
  assert_int_equal (sdkerr_set_default_language (NULL), 0);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (the_counter_counts),
    cmocka_unit_test (lookups_allocate_nothing_after_the_first),
    cmocka_unit_test (switching_locales_allocates_nothing_after_the_first_round),
    cmocka_unit_test (distinct_values_allocate_nothing),
    cmocka_unit_test (a_thread_grows_its_table_once),
    cmocka_unit_test (a_new_threads_first_miss_faults_in_no_page),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
