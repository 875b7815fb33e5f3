/* test-threads.c - threads with their own locale (newlocale + uselocale)
   each see their own language, at the same time.  */

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
      freelocale (workers[t].locale);
    }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (thread_locales_are_independent),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
