/* test-stress.c - eight threads, each with its own uselocale locale and
   its own language tag, look up random codes for about two seconds; every
   answer is checked against the one computed before the threads ran.  */

#include "test-helpers.h"

#include <pthread.h>
#include <time.h>

#define THREADS 8
#define MAX_LANGS 64

/* Locales tried for the threads; those not generated here are left out. */
static const char *const candidate_locales[] = {
  "en_US.UTF-8", "zh_CN.UTF-8", "de_DE.UTF-8", "ja_JP.UTF-8", "fr_FR.UTF-8",
  "ru_RU.UTF-8", "ar_EG.UTF-8", "zh_TW.UTF-8", "C.UTF-8", "C",
};

struct worker
{
  locale_t locale;
  const char *tag;
  const char **by_locale;       /* expected per code, via gettext */
  const char **by_tag;          /* expected per code, via the tag */
  unsigned long calls, wrong;
  double seconds;
};

static void *
work (void *arg)
{
  struct worker *w = arg;
  size_t count;
  const int *codes = sdkerr_codes (&count);
  unsigned seed = (unsigned) (uintptr_t) w * 2654435761u;
  struct timespec start, now;
  locale_t old = uselocale (w->locale);

  clock_gettime (CLOCK_MONOTONIC, &start);
  do
    {
      for (int k = 0; k < 2000; k++)
        {
          size_t i = (seed = seed * 1664525u + 1013904223u) % count;
          w->wrong += strcmp (sdkerr_localized (codes[i]), w->by_locale[i]) != 0;
          w->wrong += strcmp (sdkerr_localized_lang (codes[i], w->tag),
                              w->by_tag[i]) != 0;
          w->calls += 2;
        }
      clock_gettime (CLOCK_MONOTONIC, &now);
    }
  while ((double) (now.tv_sec - start.tv_sec)
         + (double) (now.tv_nsec - start.tv_nsec) / 1e9 < w->seconds);
  uselocale (old);
  return NULL;
}

static void
threads_with_own_locale_and_tag_get_no_wrong_answer (void **state)
{
  locale_t locales[sizeof candidate_locales / sizeof candidate_locales[0]];
  const char *names[sizeof candidate_locales / sizeof candidate_locales[0]];
  const char *tags[MAX_LANGS + 1];
  size_t nlocales = 0, ntags, count;
  const int *codes = sdkerr_codes (&count);
  struct worker w[THREADS];
  pthread_t t[THREADS];
  const char *seconds = getenv ("SDKERR_STRESS_SECONDS");

  (void) state;
  assert_int_equal (unsetenv ("LANGUAGE"), 0);
  for (size_t i = 0; i < sizeof candidate_locales / sizeof candidate_locales[0]; i++)
    {
      locale_t l = newlocale (LC_ALL_MASK, candidate_locales[i], (locale_t) 0);
      if (l != (locale_t) 0)
        {
          names[nlocales] = candidate_locales[i];
          locales[nlocales++] = l;
        }
    }
  if (nlocales < 4)
    {
      for (size_t i = 0; i < nlocales; i++)
        freelocale (locales[i]);
      skip_because ("fewer than two generated locales besides C "
                    "(localedef -i en_US -f UTF-8 en_US.UTF-8)");
    }
  ntags = sdkerr_languages (tags, MAX_LANGS);
  tags[ntags++] = "zh-Hans";

  for (int k = 0; k < THREADS; k++)
    {
      w[k].locale = locales[k % nlocales];
      w[k].tag = tags[(k * 3) % ntags];
      w[k].by_locale = calloc (count, sizeof (char *));
      w[k].by_tag = calloc (count, sizeof (char *));
      assert_non_null (w[k].by_locale);
      assert_non_null (w[k].by_tag);
      w[k].calls = w[k].wrong = 0;
      w[k].seconds = seconds != NULL ? atof (seconds) : 2.0;
      {
        locale_t old = uselocale (w[k].locale);
        for (size_t i = 0; i < count; i++)
          {
            w[k].by_locale[i] = sdkerr_localized (codes[i]);
            w[k].by_tag[i] = sdkerr_localized_lang (codes[i], w[k].tag);
          }
        uselocale (old);
      }
    }
  for (int k = 0; k < THREADS; k++)
    assert_int_equal (pthread_create (&t[k], NULL, work, &w[k]), 0);
  for (int k = 0; k < THREADS; k++)
    assert_int_equal (pthread_join (t[k], NULL), 0);
  for (int k = 0; k < THREADS; k++)
    {
      print_message ("# thread %d: locale %s, tag %s: %lu calls, %lu wrong\n",
                     k, names[k % nlocales], w[k].tag, w[k].calls, w[k].wrong);
      assert_true (w[k].calls > 0);
      assert_int_equal (w[k].wrong, 0);
      free (w[k].by_locale);
      free (w[k].by_tag);
    }
  for (size_t i = 0; i < nlocales; i++)
    freelocale (locales[i]);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (threads_with_own_locale_and_tag_get_no_wrong_answer),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
