/* test-threads.c - threads with their own locale (newlocale + uselocale)
   each see their own language, at the same time; threads that switch
   their locale while others look up (glibc's tst-gettext4/5/6 scenario)
   never see another thread's language; and threads that all make their
   first call at once get the answers of a single-threaded run.  */

#include "test-helpers.h"

#include <pthread.h>

#define ROUNDS 200

struct worker
{
  const char *locale_name;
  const char *expected_10003;
  locale_t locale;
  const char **expected;        /* per code, computed before the threads */
  size_t mismatches;
};

static void *
work (void *arg)
{
  struct worker *w = arg;
  size_t count;
  const int *codes = sdkerr_codes (&count);
  locale_t old = uselocale (w->locale);

  for (int r = 0; r < ROUNDS; r++)
    for (size_t i = 0; i < count; i++)
      if (strcmp (sdkerr_localized (codes[i]), w->expected[i]) != 0)
        w->mismatches++;
  if (strcmp (sdkerr_localized (10003), w->expected_10003) != 0)
    w->mismatches++;
  uselocale (old);
  return NULL;
}

static void
thread_locales_are_independent (void **state)
{
  struct worker workers[] = {
    { "en_US.UTF-8", "License has expired", 0, NULL, 0 },
    { "zh_CN.UTF-8", "授权过期", 0, NULL, 0 },
    { "C", "授权过期", 0, NULL, 0 },
    { "en_US.UTF-8", "License has expired", 0, NULL, 0 },
    { "zh_CN.UTF-8", "授权过期", 0, NULL, 0 },
    { "C.UTF-8", "授权过期", 0, NULL, 0 },
  };
  enum { N = sizeof workers / sizeof workers[0] };
  pthread_t threads[N];
  size_t count;
  const int *codes = sdkerr_codes (&count);

  (void) state;
#if !ENABLE_NLS
  skip_because ("built with --disable-nls");
#endif
  /* LANGUAGE would override every thread's locale.  */
  assert_int_equal (unsetenv ("LANGUAGE"), 0);
  for (size_t t = 0; t < N; t++)
    {
      workers[t].locale = newlocale (LC_ALL_MASK, workers[t].locale_name,
                                     (locale_t) 0);
      if (workers[t].locale == (locale_t) 0)
        {
          for (size_t u = 0; u < t; u++)
            freelocale (workers[u].locale);
          skip_because ("locales en_US.UTF-8 and zh_CN.UTF-8 are not "
                        "generated (localedef -i en_US -f UTF-8 en_US.UTF-8)");
        }
    }

  /* The expected text per thread, looked up before any thread runs.  */
  for (size_t t = 0; t < N; t++)
    {
      locale_t old = uselocale (workers[t].locale);
      workers[t].expected = calloc (count, sizeof *workers[t].expected);
      assert_non_null (workers[t].expected);
      for (size_t i = 0; i < count; i++)
        workers[t].expected[i] = sdkerr_localized (codes[i]);
      workers[t].expected_10003
        = strdup (in_bound_codeset (workers[t].expected_10003));
      assert_non_null (workers[t].expected_10003);
      uselocale (old);
    }
  /* English and Chinese threads really differ, on every code.  */
  for (size_t i = 0; i < count; i++)
    assert_string_not_equal (workers[0].expected[i], workers[1].expected[i]);

  for (size_t t = 0; t < N; t++)
    assert_int_equal (pthread_create (&threads[t], NULL, work, &workers[t]), 0);
  for (size_t t = 0; t < N; t++)
    assert_int_equal (pthread_join (threads[t], NULL), 0);
  for (size_t t = 0; t < N; t++)
    {
      assert_int_equal (workers[t].mismatches, 0);
      free (workers[t].expected);
      free ((char *) workers[t].expected_10003);
      freelocale (workers[t].locale);
    }
}

/* --- First use ------------------------------------------------------------- */

#define FIRST_THREADS 16
static pthread_barrier_t start_line;
static const char *const first_tags[] = { "de", "fr-CA", "zh-HK", "pt-PT", "ja", "xx", "ar", "en" };

struct first
{
  int k;
  locale_t loc;
  const char *by_tag, *by_locale, *tag;
  size_t languages;
};

static void *
first_call (void *arg)
{
  struct first *f = arg;
  f->tag = first_tags[f->k % 8];
  uselocale (f->loc);
  pthread_barrier_wait (&start_line);
  f->by_tag = sdkerr_localized_lang (10003, f->tag);
  f->by_locale = sdkerr_localized (51021);
  f->languages = sdkerr_languages (NULL, 0);
  uselocale (LC_GLOBAL_LOCALE);
  return NULL;
}

/* Sixteen threads make the process's first calls at the same instant:
   directory read, catalogs loaded, index built, once.  In a fresh process
   (run_fresh), whatever ran before.  */
static void
first_calls_in_a_fresh_process (void)
{
  struct first f[FIRST_THREADS];
  pthread_t t[FIRST_THREADS];
  locale_t en = newlocale (LC_ALL_MASK, "en_US.UTF-8", (locale_t) 0);
  locale_t c = newlocale (LC_ALL_MASK, "C", (locale_t) 0);

  assert_int_equal (unsetenv ("LANGUAGE"), 0);
  pthread_barrier_init (&start_line, NULL, FIRST_THREADS);
  for (int k = 0; k < FIRST_THREADS; k++)
    {
      f[k] = (struct first) { k, k % 2 && en != (locale_t) 0 ? en : c, NULL, NULL, NULL, 0 };
      assert_int_equal (pthread_create (&t[k], NULL, first_call, &f[k]), 0);
    }
  for (int k = 0; k < FIRST_THREADS; k++)
    assert_int_equal (pthread_join (t[k], NULL), 0);
  pthread_barrier_destroy (&start_line);
  for (int k = 0; k < FIRST_THREADS; k++)
    {
      assert_string_equal (f[k].by_tag, sdkerr_localized_lang (10003, f[k].tag));
      uselocale (f[k].loc);
      assert_string_equal (f[k].by_locale, sdkerr_localized (51021));
      uselocale (LC_GLOBAL_LOCALE);
      assert_int_equal (f[k].languages, sdkerr_languages (NULL, 0));
    }
  if (en != (locale_t) 0)
    freelocale (en);
  freelocale (c);
}

static const char *program;

static void
first_calls_from_many_threads_agree_with_one (void **state)
{
  (void) state;
  assert_int_equal (run_fresh (program, "first-calls"), 0);
}

/* --- Switching ------------------------------------------------------------ */

static const char *const switch_locales[] = {
  "en_US.UTF-8", "de_DE.UTF-8", "zh_CN.UTF-8", "ja_JP.UTF-8", "C",
};
#define NSWITCH (sizeof switch_locales / sizeof switch_locales[0])
static locale_t switch_loc[NSWITCH];
static const char **switch_expected[NSWITCH];

struct switcher
{
  unsigned seed;
  unsigned long wrong;
};

static void *
switch_and_look_up (void *arg)
{
  struct switcher *w = arg;
  size_t count;
  const int *codes = sdkerr_codes (&count);
  for (int r = 0; r < 2000; r++)
    {
      size_t l = (w->seed = w->seed * 1103515245u + 12345u) % NSWITCH;
      size_t i = (w->seed >> 8) % count;
      uselocale (switch_loc[l]);
      if (strcmp (sdkerr_localized (codes[i]), switch_expected[l][i]) != 0)
        w->wrong++;
      if (strcmp (sdkerr_localized_l (codes[i], switch_loc[(l + 1) % NSWITCH]),
                  switch_expected[(l + 1) % NSWITCH][i]) != 0)
        w->wrong++;
    }
  uselocale (LC_GLOBAL_LOCALE);
  return NULL;
}

static void
threads_switching_locales_see_only_their_own (void **state)
{
  enum { N = 6 };
  struct switcher w[N];
  pthread_t t[N];
  size_t count;
  const int *codes = sdkerr_codes (&count);

  (void) state;
#if !ENABLE_NLS
  skip_because ("built with --disable-nls");
#endif
  assert_int_equal (unsetenv ("LANGUAGE"), 0);
  for (size_t l = 0; l < NSWITCH; l++)
    {
      switch_loc[l] = newlocale (LC_ALL_MASK, switch_locales[l], (locale_t) 0);
      if (switch_loc[l] == (locale_t) 0)
        skip_because ("the locales of the test are not generated");
      uselocale (switch_loc[l]);
      switch_expected[l] = calloc (count, sizeof *switch_expected[l]);
      for (size_t i = 0; i < count; i++)
        switch_expected[l][i] = sdkerr_localized (codes[i]);
      uselocale (LC_GLOBAL_LOCALE);
    }
  assert_string_not_equal (switch_expected[0][1], switch_expected[1][1]);
  for (int k = 0; k < N; k++)
    {
      w[k] = (struct switcher) { (unsigned) k * 2654435761u + 1, 0 };
      assert_int_equal (pthread_create (&t[k], NULL, switch_and_look_up, &w[k]), 0);
    }
  for (int k = 0; k < N; k++)
    {
      assert_int_equal (pthread_join (t[k], NULL), 0);
      assert_int_equal (w[k].wrong, 0);
    }
  for (size_t l = 0; l < NSWITCH; l++)
    {
      free (switch_expected[l]);
      freelocale (switch_loc[l]);
    }
}

int
main (int argc, char **argv)
{
  (void) argc;
  program = argv[0];
  if (getenv ("SDKERR_TEST_FRESH") != NULL)
    {
      first_calls_in_a_fresh_process ();
      return 0;
    }
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (first_calls_from_many_threads_agree_with_one),
    cmocka_unit_test (thread_locales_are_independent),
    cmocka_unit_test (threads_switching_locales_see_only_their_own),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
