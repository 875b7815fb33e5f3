/* bench.c - sdkerr's lookups against gettext itself, in one process.

   sdkerr-bench            the main table: ns/call, medians over rounds
   sdkerr-bench --scale    only the table-size-dependent paths (the
                           synthetic-table builds run this)
   sdkerr-bench --cold P   one lookup on path P (none, localized, lang) and
                           exit: the parent times fresh processes
   sdkerr-bench --calls P N  N calls on path P, for callgrind  */

#include <config.h>

#include <errno.h>
#include <libintl.h>
#include <locale.h>
#include <pthread.h>
#include <spawn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#if HAVE_GPG_ERROR
# include <gpg-error.h>
#endif

#include "configmake.h"
#include "measure.h"
#include "sdkerr.h"

extern char **environ;

#define ROUNDS 15
#define CALLS_PER_ROUND 200000

static const int *codes;
static size_t ncodes;
static const char **msgids;     /* the static array: the floor */
static volatile uintptr_t sink;
static locale_t en_locale;

static const char *single_tag = "en";
static const char *accept_list = "de-CH,de;q=0.9,en;q=0.8,*;q=0.5";

/* Each path is a function running N calls over the codes in turn.  */
typedef void path_fn (long n);

static char rbuf[256];

static int
from_name (int code)
{
  int back = -1;
  sdkerr_code_from_name (sdkerr_name (code), &back);
  return back;
}

BENCH_CYCLE (p_static, msgids[i])
BENCH_CYCLE (p_dgettext, dgettext ("sdkerr", msgids[i]))
BENCH_CYCLE (p_localized, sdkerr_localized (code))
BENCH_CYCLE (p_lang_tag, sdkerr_localized_lang (code, single_tag))
BENCH_CYCLE (p_lang_accept, sdkerr_localized_lang (code, accept_list))
BENCH_CYCLE (p_l, sdkerr_localized_l (code, en_locale))
BENCH_CYCLE (p_r, sdkerr_localized_r (code, rbuf, sizeof rbuf))
BENCH_CYCLE (p_name, sdkerr_name (code))
BENCH_CYCLE (p_from_name, from_name (code))
#if HAVE_GPG_ERROR
BENCH_CYCLE (p_gpg, gpg_strerror ((gpg_error_t) (1 + i % 200)))
#endif

/* Median ns/call over ROUNDS rounds.  */
static double
measure (path_fn *fn)
{
  double t[ROUNDS];
  fn (CALLS_PER_ROUND / 4);     /* warm up: catalogs loaded, caches filled */
  for (int r = 0; r < ROUNDS; r++)
    {
      double start = bench_now_ns ();
      fn (CALLS_PER_ROUND);
      t[r] = (bench_now_ns () - start) / CALLS_PER_ROUND;
    }
  return bench_median (t, ROUNDS);
}

struct thread_arg
{
  path_fn *fn;
  long n;
  locale_t locale;
};

static void *
thread_main (void *p)
{
  struct thread_arg *a = p;
  uselocale (a->locale);
  a->fn (a->n);
  return NULL;
}

/* Calls per microsecond with T threads, each running N calls.  */
static double
throughput (path_fn *fn, int threads, long n)
{
  pthread_t t[2];
  struct thread_arg a[2];
  double start = bench_now_ns ();
  for (int k = 0; k < threads; k++)
    {
      a[k] = (struct thread_arg) { fn, n, uselocale ((locale_t) 0) };
      pthread_create (&t[k], NULL, thread_main, &a[k]);
    }
  for (int k = 0; k < threads; k++)
    pthread_join (t[k], NULL);
  return (double) n * threads / ((bench_now_ns () - start) / 1e3);
}

#define SCALING_RUNS 7

/* 2-thread over 1-thread throughput of FN, measured SCALING_RUNS times
   back to back: the median, lowest and highest ratio, and the best
   single-thread rate.  */
static void
scaling (const char *what, path_fn *fn)
{
  double ratio[SCALING_RUNS], best_one = 0;
  for (int r = 0; r < SCALING_RUNS; r++)
    {
      double one = throughput (fn, 1, 1000000);
      double two = throughput (fn, 2, 1000000);
      ratio[r] = two / one;
      if (one > best_one)
        best_one = one;
    }
  double median = bench_median (ratio, SCALING_RUNS);
  printf ("%-30s %10.1f %9.2f %7.2f-%.2f\n", what, best_one,
          median, ratio[0], ratio[SCALING_RUNS - 1]);
}

static void
use_english (void)
{
  setenv ("LANGUAGE", "en", 1);
  if (setlocale (LC_ALL, "C.UTF-8") == NULL)
    fprintf (stderr, "sdkerr-bench: no C.UTF-8 locale: LANGUAGE is ignored\n");
  textdomain (textdomain (NULL));
  /* The same catalog for the raw dgettext floor.  */
  (void) sdkerr_localized (0);
}

static void
use_c_locale (void)
{
  unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "C");
  textdomain (textdomain (NULL));
}

static void
row (const char *what, double ns, double floor_ns, double dgettext_ns)
{
  printf ("%-44s %9.1f %11.2f %12.2f\n", what, ns, ns / floor_ns,
          dgettext_ns > 0 ? ns / dgettext_ns : 0.0);
}

/* Median, over N fresh processes of this program with ARGV, of the time
   each reports for its own first lookup.  */
static double
spawn_median_us (char *const argv[], int n)
{
  double t[201];
  if (n > 201)
    n = 201;
  for (int k = 0; k < n; k++)
    {
      posix_spawn_file_actions_t fa;
      int fd[2], status;
      char buf[64] = "";
      pid_t pid;
      if (pipe (fd) != 0)
        return -1;
      posix_spawn_file_actions_init (&fa);
      posix_spawn_file_actions_adddup2 (&fa, fd[1], STDOUT_FILENO);
      posix_spawn_file_actions_addclose (&fa, fd[0]);
      if (posix_spawn (&pid, argv[0], &fa, NULL, argv, environ) != 0)
        return -1;
      posix_spawn_file_actions_destroy (&fa);
      close (fd[1]);
      if (read (fd[0], buf, sizeof buf - 1) < 0)
        buf[0] = '\0';
      close (fd[0]);
      waitpid (pid, &status, 0);
      t[k] = atof (buf) / 1e3;
    }
  return bench_median (t, (size_t) n);
}

/* In a fresh process: the locale is set as an application would (not
   timed), then the first lookup is timed, from nothing loaded to the
   answer, and reported in ns.  */
static int
cold (const char *path)
{
  const char *s = "";
  double start;
  setlocale (LC_ALL, "");
  start = bench_now_ns ();
  if (strcmp (path, "localized") == 0)
    s = sdkerr_localized (10003);
  else if (strcmp (path, "lang") == 0)
    s = sdkerr_localized_lang (10003, "en");
  else if (strcmp (path, "dgettext") == 0)
    {
      /* What gettext itself costs the first time: binding, finding and
         loading the catalog, one lookup.  */
      const char *dir = getenv ("SDKERR_LOCALEDIR");
      bindtextdomain ("sdkerr", dir != NULL ? dir : LOCALEDIR);
      bind_textdomain_codeset ("sdkerr", "UTF-8");
      s = dgettext ("sdkerr", "授权过期");
    }
  printf ("%.0f\n", bench_now_ns () - start);
  return s == NULL;
}

static path_fn *
path_by_name (const char *name)
{
  static const struct { const char *name; path_fn *fn; } paths[] = {
    { "static", p_static }, { "dgettext", p_dgettext },
    { "localized", p_localized }, { "lang", p_lang_tag },
    { "accept", p_lang_accept }, { "l", p_l }, { "r", p_r },
    { "name", p_name }, { "from_name", p_from_name },
  };
  for (size_t i = 0; i < sizeof paths / sizeof paths[0]; i++)
    if (strcmp (paths[i].name, name) == 0)
      return paths[i].fn;
  return NULL;
}

int
main (int argc, char **argv)
{
  double floor_ns, dgettext_ns, localized_ns, tag_ns, l_ns = 0;

  if (argc == 3 && strcmp (argv[1], "--cold") == 0)
    return cold (argv[2]);
  codes = sdkerr_codes (&ncodes);
  msgids = calloc (ncodes, sizeof *msgids);
  for (size_t i = 0; i < ncodes; i++)
    msgids[i] = sdkerr_message (codes[i]);
  en_locale = newlocale (LC_ALL_MASK, "en_US.UTF-8", (locale_t) 0);
  if (argc == 4 && strcmp (argv[1], "--calls") == 0)
    {
      path_fn *fn = path_by_name (argv[2]);
      if (fn == NULL)
        return 2;
      use_english ();
      fn (1);
      fn (atol (argv[3]));
      return 0;
    }

  use_english ();
  floor_ns = measure (p_static);
  dgettext_ns = measure (p_dgettext);
  if (argc == 2 && strcmp (argv[1], "--scale") == 0)
    {
      printf ("%zu codes: static %.1f ns, dgettext %.1f ns, "
              "sdkerr_localized %.1f ns, sdkerr_localized_lang %.1f ns\n",
              ncodes, floor_ns, dgettext_ns, measure (p_localized),
              measure (p_lang_tag));
      return 0;
    }

  printf ("sdkerr-bench: %zu codes, median of %d rounds of %d calls, "
          "cycling over every code\n\n", ncodes, ROUNDS, CALLS_PER_ROUND);
  printf ("%-44s %9s %11s %12s\n", "path", "ns/call", "x static", "x dgettext");
  row ("static array read (floor)", floor_ns, floor_ns, dgettext_ns);
  row ("raw dgettext, en", dgettext_ns, floor_ns, dgettext_ns);
  localized_ns = measure (p_localized);
  tag_ns = measure (p_lang_tag);
  row ("sdkerr_localized, en", localized_ns, floor_ns, dgettext_ns);
  row ("sdkerr_localized_lang, tag \"en\"", tag_ns, floor_ns, dgettext_ns);
  row ("sdkerr_localized_lang, Accept-Language", measure (p_lang_accept), floor_ns, dgettext_ns);
  if (en_locale != (locale_t) 0)
    row ("sdkerr_localized_l, en_US.UTF-8", l_ns = measure (p_l), floor_ns, dgettext_ns);
  else
    printf ("%-44s (en_US.UTF-8 not generated)\n", "sdkerr_localized_l");
  row ("sdkerr_localized_r, en", measure (p_r), floor_ns, dgettext_ns);
  row ("sdkerr_name", measure (p_name), floor_ns, dgettext_ns);
  row ("sdkerr_code_from_name", measure (p_from_name), floor_ns, dgettext_ns);
#if HAVE_GPG_ERROR
  row ("libgpg-error gpg_strerror (peer)", measure (p_gpg), floor_ns, dgettext_ns);
#else
  printf ("%-44s (libgpg-error not installed)\n", "gpg_strerror");
#endif
  use_c_locale ();
  {
    double c_dgettext = measure (p_dgettext);
    row ("raw dgettext, C locale", c_dgettext, floor_ns, dgettext_ns);
    row ("sdkerr_localized, C locale", measure (p_localized), floor_ns, dgettext_ns);
  }
  use_english ();

  printf ("\nratios, same run                                value   target\n");
  printf ("  sdkerr_localized / sdkerr_localized_lang tag  %6.2f   <= 2\n",
          localized_ns / tag_ns);
  printf ("  sdkerr_localized / raw dgettext               %6.2f   <= 0.25\n",
          localized_ns / dgettext_ns);
  if (l_ns > 0)
    printf ("  sdkerr_localized_l / sdkerr_localized         %6.2f   <= 1.2\n",
            l_ns / localized_ns);

  printf ("\nthroughput, calls/us   1 thread (best)  2T/1T median  min-max of %d runs\n",
          SCALING_RUNS);
  scaling ("static array read (hardware)", p_static);
  scaling ("sdkerr_localized", p_localized);
  scaling ("sdkerr_localized_l", p_l);
  scaling ("sdkerr_localized_lang", p_lang_tag);
  scaling ("sdkerr_localized_lang, Accept", p_lang_accept);
  scaling ("raw dgettext", p_dgettext);

  {
    char *none[] = { argv[0], (char *) "--cold", (char *) "none", NULL };
    char *loc[] = { argv[0], (char *) "--cold", (char *) "localized", NULL };
    char *lang[] = { argv[0], (char *) "--cold", (char *) "lang", NULL };
    char *dg[] = { argv[0], (char *) "--cold", (char *) "dgettext", NULL };
    double base, raw, first;
    setenv ("LC_ALL", "C.UTF-8", 1);
    base = spawn_median_us (none, 101);
    printf ("\ncold start: the first lookup in a fresh process, timed in it "
            "(median of 101 processes)\n");
    printf ("  nothing (the timer alone)          %8.1f us\n", base);
    raw = spawn_median_us (dg, 101);
    printf ("  first raw dgettext (bound first)   %8.1f us\n", raw);
    first = spawn_median_us (loc, 101);
    printf ("  first sdkerr_localized             %8.1f us  %5.2fx raw dgettext\n",
            first, first / raw);
    first = spawn_median_us (lang, 101);
    printf ("  first sdkerr_localized_lang        %8.1f us  %5.2fx raw dgettext\n",
            first, first / raw);
  }
  return 0;
}
