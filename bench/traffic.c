/* traffic.c - the per-request language at real traffic: the request
   values of a corpus (bench/accept-language.txt) through
   sdkerr_negotiate_tag and sdkerr_localized_lang, as a server calls them
   for each error response, and against ICU's LocaleMatcher when built
   with ICU.

   sdkerr-traffic [--quick] [--icu-diff] [--first-sight MIN MAX] CORPUS

   The figures are printed beside the targets of issue 24, never asserted:
   this machine's noise is not a test failure.  --quick (CI) runs every
   part briefly, to prove that it works; --icu-diff lists each value
   whose answer differs from ICU's, instead of the figures: the value,
   sdkerr's tag, ICU's ("-" for none), and "rejected" where ICU refused
   the whole value, else "parsed", tab-separated.  --first-sight makes
   one request for each value of MIN to MAX - 1 bytes, once, and prints
   how many, for bench/first-sight.sh to count its instructions.  */

#include <config.h>

#include <errno.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "corpus.h"
#include "measure.h"
#include "sdkerr.h"
#if HAVE_ICU
# include "icu-matcher.h"
#endif

#define MAX_ROUNDS 7

static struct corpus corpus;
static const int *codes;
static size_t ncodes;
static volatile uintptr_t sink;

/* The full run's sizes; --quick makes them small.  */
static int rounds = MAX_ROUNDS;
static long calls_per_round = 20000;
static double scaling_seconds = 0.2;

/* What a server does per error response: the Content-Language, then the
   message.  */
static uintptr_t
request (const char *value, int code)
{
  return (uintptr_t) sdkerr_negotiate_tag (value)
         + (uintptr_t) sdkerr_localized_lang (code, value);
}

/* CALLS requests cycling over the first NVALUES values of the corpus,
   from the FIRST, and over the codes.  */
static uintptr_t
cycle_requests (size_t nvalues, size_t first, long calls)
{
  uintptr_t acc = 0;
  size_t v = first % nvalues, c = 0;
  for (long k = 0; k < calls; k++)
    {
      acc += request (corpus.values[v], codes[c]);
      if (++v == nvalues)
        v = 0;
      if (++c == ncodes)
        c = 0;
    }
  return acc;
}

/* Runs FN (ARG) in a new thread: the library remembers values per
   thread, so that a new thread has seen none.  */
static void
in_new_thread (void *(*fn) (void *), void *arg)
{
  pthread_t t;
  if (pthread_create (&t, NULL, fn, arg) != 0)
    abort ();
  pthread_join (t, NULL);
}

/* 1. Per-call cost with N distinct values per thread.  */

struct cycle
{
  size_t nvalues;
  double ns;                    /* median ns per request */
};

static void *
cycle_main (void *p)
{
  struct cycle *cy = p;
  double t[MAX_ROUNDS];
  /* Each value seen twice first: the steady state of a busy server.  */
  sink = cycle_requests (cy->nvalues, 0, 2 * (long) cy->nvalues);
  for (int r = 0; r < rounds; r++)
    {
      double start = bench_now_ns ();
      sink = cycle_requests (cy->nvalues, 0, calls_per_round);
      t[r] = (bench_now_ns () - start) / (double) calls_per_round;
    }
  cy->ns = bench_median (t, (size_t) rounds);
  return NULL;
}

static double
distinct_values (void)
{
  size_t sizes[] = { 1, 4, 5, 100, corpus.n };
  struct cycle cy = { 0, 0 };
  printf ("\n1. sdkerr_negotiate_tag + sdkerr_localized_lang, N distinct values "
          "per thread, cycled\n   (the first N of the corpus; median of %d "
          "rounds of %ld requests)\n\n   %8s %14s\n", rounds, calls_per_round,
          "N", "ns/request");
  for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
    {
      cy.nvalues = sizes[i] < corpus.n ? sizes[i] : corpus.n;
      in_new_thread (cycle_main, &cy);
      printf ("   %8zu %14.1f\n", cy.nvalues, cy.ns);
    }
  return cy.ns;
}

/* 2. The worst per-call cost by request length.  */

static double timer_ns;         /* reading the clock twice */

static void
measure_timer (void)
{
  double t[1001];
  for (int k = 0; k < 1001; k++)
    {
      double start = bench_now_ns ();
      t[k] = bench_now_ns () - start;
    }
  timer_ns = bench_median (t, 1001);
}

struct per_value
{
  double *first;                /* each value's first request in a thread */
  double *again;                /* after every value has been seen once */
};

static void
time_each (double *out)
{
  for (size_t i = 0; i < corpus.n; i++)
    {
      double start = bench_now_ns ();
      sink = request (corpus.values[i], codes[i % ncodes]);
      out[i] = bench_now_ns () - start - timer_ns;
    }
}

static void *
per_value_main (void *p)
{
  struct per_value *pv = p;
  time_each (pv->first);
  time_each (pv->again);
  return NULL;
}

/* For each value, the median over the rounds of its ROUND_NS (ROUNDS
   rows of corpus.n), into OUT.  */
static void
value_medians (const double *round_ns, double *out)
{
  double t[MAX_ROUNDS];
  for (size_t i = 0; i < corpus.n; i++)
    {
      for (int r = 0; r < rounds; r++)
        t[r] = round_ns[(size_t) r * corpus.n + i];
      out[i] = bench_median (t, (size_t) rounds);
    }
}

/* Prints a row per length bucket of the values' medians NS, and returns
   the worst of all.  */
static double
bucket_rows (const char *what, const double *ns)
{
  double worst_all = 0;
  printf ("   %s\n   %8s %7s %12s %12s   %s\n", what, "length", "values",
          "median ns", "worst ns", "worst value");
  for (int b = 0; b < NBUCKETS; b++)
    {
      double *in = malloc (corpus.n * sizeof *in), worst = -1;
      size_t n = 0, worst_i = 0;
      for (size_t i = 0; i < corpus.n; i++)
        if (corpus_bucket (corpus.values[i]) == b)
          {
            if (ns[i] > worst)
              worst = ns[i], worst_i = i;
            in[n++] = ns[i];
          }
      if (n > 0)
        printf ("   %8s %7zu %12.1f %12.1f   %.40s%s\n", corpus_bucket_name (b),
                n, bench_median (in, n), worst, corpus.values[worst_i],
                strlen (corpus.values[worst_i]) > 40 ? "..." : "");
      if (worst > worst_all)
        worst_all = worst;
      free (in);
    }
  return worst_all;
}

static void
by_length (void)
{
  size_t n = corpus.n * (size_t) rounds;
  double *first = calloc (n, sizeof *first), *again = calloc (n, sizeof *again);
  double *median = calloc (corpus.n, sizeof *median);
  double worst_first, worst_again;
  measure_timer ();
  for (int r = 0; r < rounds; r++)
    {
      struct per_value pv = { first + (size_t) r * corpus.n,
                              again + (size_t) r * corpus.n };
      in_new_thread (per_value_main, &pv);
    }
  printf ("\n2. one request (both calls) per value by its length, each timed; "
          "per value the median\n   of %d rounds, each in a new thread "
          "(clock overhead of %.0f ns subtracted)\n", rounds, timer_ns);
  value_medians (first, median);
  worst_first = bucket_rows ("first sight of each value (the miss path):", median);
  value_medians (again, median);
  worst_again = bucket_rows ("second pass over all of them:", median);
  bench_target ("worst ns per request, any length, first sight", worst_first, 2000, 1);
  bench_target ("worst ns per request, any length, second pass", worst_again, 2000, 1);
  free (first);
  free (again);
  free (median);
}

/* 3. Per distinct header: sdkerr_negotiate_tag against ICU.  */

struct once
{
  double first, again;          /* ns per value */
};

/* The mean ns of ASK over the corpus, each value once.  */
static double
per_value (uintptr_t (*ask) (const char *))
{
  uintptr_t acc = 0;
  double start = bench_now_ns ();
  for (size_t i = 0; i < corpus.n; i++)
    acc += ask (corpus.values[i]);
  sink = acc;
  return (bench_now_ns () - start) / (double) corpus.n;
}

static uintptr_t
ask_sdkerr (const char *value)
{
  return (uintptr_t) sdkerr_negotiate_tag (value);
}

static void *
once_main (void *p)
{
  struct once *o = p;
  o->first = per_value (ask_sdkerr);
  o->again = per_value (ask_sdkerr);
  return NULL;
}

#if HAVE_ICU
/* The supported locales: the installed catalogs' tags, and the Chinese
   source's.  */
static int
open_icu (void)
{
  const char *names[64];
  static char tags[65][32];
  const char *ptrs[65];
  size_t n = sdkerr_languages (names, 64), k;
  if (n > 64)
    n = 64;
  for (k = 0; k < n; k++)
    {
      snprintf (tags[k], sizeof tags[k], "%s", names[k]);
      for (char *s = tags[k]; *s; s++)
        if (*s == '_')
          *s = '-';
      ptrs[k] = tags[k];
    }
  snprintf (tags[k], sizeof tags[k], "zh-CN");
  ptrs[k] = tags[k];
  return bench_icu_open (ptrs, n + 1);
}

static uintptr_t
ask_icu (const char *value)
{
  return (uintptr_t) bench_icu_match (value);
}

/* How many values get the same tag from both, none counting as "";
   with LIST, each value that does not is printed, with whether ICU
   rejected the whole value (for bench/icu-classes.py).  */
static size_t
same_answers (int list)
{
  size_t same = 0;
  for (size_t i = 0; i < corpus.n; i++)
    {
      char icu[64];
      const char *ours = sdkerr_negotiate_tag (corpus.values[i]);
      int rejected = bench_icu_match_tag (corpus.values[i], icu, sizeof icu);
      if (strcmp (ours ? ours : "", icu) == 0)
        same++;
      else if (list)
        printf ("%s\t%s\t%s\t%s\n", corpus.values[i], ours ? ours : "-",
                icu[0] ? icu : "-", rejected ? "rejected" : "parsed");
    }
  return same;
}
#endif

static void
against_icu (void)
{
  double first[MAX_ROUNDS], again[MAX_ROUNDS];
#if HAVE_ICU
  double icu[MAX_ROUNDS], ratio[MAX_ROUNDS];
#endif
  for (int r = 0; r < rounds; r++)
    {
      struct once o;
      in_new_thread (once_main, &o);
      first[r] = o.first;
      again[r] = o.again;
#if HAVE_ICU
      /* In the same round: a change in the machine's load weighs on both
         alike.  */
      icu[r] = per_value (ask_icu);
      ratio[r] = first[r] / icu[r];
#endif
    }
  printf ("\n3. per distinct header, each seen once (a new thread each round; "
          "median of %d rounds)\n\n", rounds);
  printf ("   sdkerr_negotiate_tag, first sight      %10.1f ns\n",
          bench_median (first, (size_t) rounds));
  printf ("   sdkerr_negotiate_tag, seen before      %10.1f ns\n",
          bench_median (again, (size_t) rounds));
#if HAVE_ICU
  printf ("   ICU %s LocaleMatcher::getBestMatchForListString %6.1f ns\n",
          bench_icu_version (), bench_median (icu, (size_t) rounds));
  printf ("   the same answer as ICU for %zu of %zu values (not a target: "
          "make icu-classes says why)\n", same_answers (0), corpus.n);
  bench_target ("first sight / ICU, median of the rounds' ratios",
                bench_median (ratio, (size_t) rounds), 1.0, 1);
#else
  printf ("   ICU LocaleMatcher: not built (configure found no icu-uc; "
          "--with-icu)\n");
#endif
}

/* 4. Two threads against one over the whole corpus.  */

struct worker
{
  size_t first;
  long calls;
  pthread_barrier_t *go;
};

static void *
worker_main (void *p)
{
  struct worker *w = p;
  sink = cycle_requests (corpus.n, w->first, (long) corpus.n);
  pthread_barrier_wait (w->go);
  sink = cycle_requests (corpus.n, w->first, w->calls);
  return NULL;
}

/* Requests per microsecond of THREADS threads making CALLS requests
   each, every value seen once by each thread first.  */
static double
throughput (int threads, long calls)
{
  pthread_t t[2];
  struct worker w[2];
  pthread_barrier_t go;
  double start;
  pthread_barrier_init (&go, NULL, (unsigned) threads + 1);
  for (int k = 0; k < threads; k++)
    {
      w[k] = (struct worker) { (size_t) k * corpus.n / 2, calls, &go };
      if (pthread_create (&t[k], NULL, worker_main, &w[k]) != 0)
        abort ();
    }
  pthread_barrier_wait (&go);
  start = bench_now_ns ();
  for (int k = 0; k < threads; k++)
    pthread_join (t[k], NULL);
  pthread_barrier_destroy (&go);
  return (double) calls * threads / ((bench_now_ns () - start) / 1e3);
}

static void
two_threads (double ns_per_request)
{
  double ratio[MAX_ROUNDS], best_one = 0, median;
  long calls = (long) (scaling_seconds * 1e9 / ns_per_request);
  if (calls < (long) corpus.n)
    calls = (long) corpus.n;
  for (int r = 0; r < rounds; r++)
    {
      double one = throughput (1, calls), two = throughput (2, calls);
      ratio[r] = two / one;
      if (one > best_one)
        best_one = one;
    }
  median = bench_median (ratio, (size_t) rounds);
  printf ("\n4. 2 threads against 1, each cycling over the whole corpus "
          "(%ld requests a thread, %d runs)\n\n", calls, rounds);
  printf ("   1 thread, best: %.3f requests/us; 2T/1T %.2f-%.2f\n", best_one,
          ratio[0], ratio[rounds - 1]);
  bench_target ("2 threads / 1 thread, median", median, 1.8, 0);
}

static void
usage (void)
{
  fprintf (stderr, "usage: sdkerr-traffic [--quick] [--icu-diff] [--first-sight MIN MAX] CORPUS\n");
  exit (2);
}

/* One request for each value of MIN to MAX - 1 bytes, each seen for
   the first time; the number of values.  */
static size_t
first_sight (size_t min, size_t max)
{
  size_t n = 0;
  for (size_t i = 0; i < corpus.n; i++)
    {
      size_t len = strlen (corpus.values[i]);
      if (len >= min && len < max)
        {
          sink += request (corpus.values[i], codes[i % ncodes]);
          n++;
        }
    }
  return n;
}

int
main (int argc, char **argv)
{
  int quick = 0, icu_diff = 0, first = 0, a;
  long min = 0, max = 0;
  for (a = 1; a < argc && argv[a][0] == '-'; a++)
    if (strcmp (argv[a], "--quick") == 0)
      quick = 1;
    else if (strcmp (argv[a], "--icu-diff") == 0)
      icu_diff = 1;
    else if (strcmp (argv[a], "--first-sight") == 0 && a + 2 < argc
             && (min = atol (argv[a + 1])) >= 0 && (max = atol (argv[a + 2])) >= min)
      first = 1, a += 2;
    else
      usage ();
  if (a != argc - 1)
    usage ();
  if (corpus_read (argv[a], &corpus) != 0)
    {
      fprintf (stderr, "sdkerr-traffic: %s: %s\n", argv[a], strerror (errno));
      return 1;
    }
  if (quick)
    rounds = 3, calls_per_round = 1000, scaling_seconds = 0.01;
  codes = sdkerr_codes (&ncodes);
  /* As a server would: English for requests nothing matches.  */
  sdkerr_set_default_language ("en");
  /* Every catalog loaded: loading is not the per-request cost.  */
  (void) sdkerr_languages (NULL, 0);
  if (first)
    {
      printf ("%zu\n", first_sight ((size_t) min, (size_t) max));
      return 0;
    }
#if HAVE_ICU
  if (open_icu () != 0)
    {
      fprintf (stderr, "sdkerr-traffic: ICU's LocaleMatcher failed\n");
      return 1;
    }
  if (icu_diff)
    return same_answers (1) == corpus.n ? 0 : 1;
#else
  if (icu_diff)
    {
      fprintf (stderr, "sdkerr-traffic: built without ICU\n");
      return 2;
    }
#endif
  printf ("sdkerr-traffic: %zu request values from %s%s\n", corpus.n,
          argv[a], quick ? " (--quick: figures not meaningful)" : "");
  {
    double ns_all = distinct_values ();
    by_length ();
    against_icu ();
    two_threads (ns_all);
  }
  return 0;
}
