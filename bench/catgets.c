/* catgets.c - the repeated-value paths against POSIX catgets (glibc), the
   classic message catalog, in one process: the same German messages from
   a .cat that gencat built from po/de.po (bench/po2msg.sh: set 1, message
   N+1 the N-th code of sdkerr_codes).

   sdkerr-catgets [--quick] CAT
   sdkerr-catgets --calls P N CAT   N calls on path P (catgets, localized,
                                    lang), for bench/callgrind.sh

   catgets reads one catalog opened once; sdkerr_localized must also check
   the thread's locale and LANGUAGE on every call, and
   sdkerr_localized_lang its request value.  The figures are printed
   beside the target of issue 24 (at or below catgets), never asserted.  */

#include <config.h>

#include <locale.h>
#include <nl_types.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "measure.h"
#include "sdkerr.h"

#define ROUNDS 15

static const int *codes;
static size_t ncodes;
static nl_catd cat;
static volatile uintptr_t sink;
static long calls_per_round = 200000;
static int rounds = ROUNDS;

static const char *
by_catgets (size_t i)
{
  return catgets (cat, 1, (int) i + 1, NULL);
}

BENCH_CYCLE (loop_catgets, by_catgets (i))
BENCH_CYCLE (loop_localized, sdkerr_localized (code))
BENCH_CYCLE (loop_lang, sdkerr_localized_lang (code, "de"))
/* What each sdkerr call must ask the C library before anything of its
   own: the thread's locale (sdkerr_localized) and the clock (catalogs
   installed while running, both paths).  Not a path: the floor under
   them, so that the library's own share can be read off.  */
BENCH_CYCLE (loop_clock, (uintptr_t) time (NULL))
BENCH_CYCLE (loop_checks, (uintptr_t) uselocale ((locale_t) 0) + (uintptr_t) time (NULL))

enum { CATGETS, LOCALIZED, LANG, CLOCK, CHECKS, NPATHS };
static void (*const loops[NPATHS]) (long) = {
  loop_catgets, loop_localized, loop_lang, loop_clock, loop_checks,
};
static const char *const names[NPATHS] = {
  "catgets, de.cat", "sdkerr_localized, LANGUAGE=de", "sdkerr_localized_lang, \"de\"",
  "(time (NULL) alone)", "(uselocale (0) + time (NULL) alone)",
};

/* The medians over the rounds of each path's ns/call (NS) and of its
   ratio to catgets in the same round (RATIO), after a round to warm up.
   Each round runs every path, so that a change in the machine's load
   weighs on each alike.  */
static void
measure (double ns[NPATHS], double ratio[NPATHS])
{
  double t[NPATHS][ROUNDS], q[NPATHS][ROUNDS];
  for (int p = 0; p < NPATHS; p++)
    loops[p] (calls_per_round);
  for (int r = 0; r < rounds; r++)
    {
      for (int p = 0; p < NPATHS; p++)
        {
          double start = bench_now_ns ();
          loops[p] (calls_per_round);
          t[p][r] = (bench_now_ns () - start) / (double) calls_per_round;
        }
      for (int p = 0; p < NPATHS; p++)
        q[p][r] = t[p][r] / t[CATGETS][r];
    }
  for (int p = 0; p < NPATHS; p++)
    {
      ns[p] = bench_median (t[p], (size_t) rounds);
      ratio[p] = bench_median (q[p], (size_t) rounds);
    }
}

/* How many codes get other text from catgets than from the library: the
   catalog must be the same for the comparison to mean anything.  */
static size_t
differences (void)
{
  size_t n = 0;
  for (size_t i = 0; i < ncodes; i++)
    {
      const char *c = by_catgets (i);
      const char *ours = sdkerr_localized_lang (codes[i], "de");
      if (c == NULL || strcmp (c, ours) != 0
          || strcmp (sdkerr_localized (codes[i]), ours) != 0)
        {
          if (n++ < 3)
            fprintf (stderr, "sdkerr-catgets: %d: catgets \"%s\", sdkerr \"%s\"\n",
                     codes[i], c ? c : "(none)", ours);
        }
    }
  return n;
}

int
main (int argc, char **argv)
{
  double ns[NPATHS], ratio[NPATHS];
  int quick = argc == 3 && strcmp (argv[1], "--quick") == 0;
  int calls = argc == 5 && strcmp (argv[1], "--calls") == 0;
  if (argc != 2 + quick && !calls)
    {
      fprintf (stderr, "usage: sdkerr-catgets [--quick | --calls P N] CAT\n");
      return 2;
    }
  if (quick)
    calls_per_round = 2000, rounds = 3;
  cat = catopen (argv[argc - 1], 0);
  if (cat == (nl_catd) -1)
    {
      perror (argv[argc - 1]);
      return 1;
    }
  /* German for the thread's path, as for the tag path.  */
  setenv ("LANGUAGE", "de", 1);
  if (setlocale (LC_ALL, "C.UTF-8") == NULL)
    fprintf (stderr, "sdkerr-catgets: no C.UTF-8 locale: LANGUAGE is ignored\n");
  codes = sdkerr_codes (&ncodes);
  if (calls)
    {
      /* One warm-up call, then N: callgrind counts the difference.  */
      int p = strcmp (argv[2], "catgets") == 0 ? CATGETS
              : strcmp (argv[2], "localized") == 0 ? LOCALIZED
              : strcmp (argv[2], "lang") == 0 ? LANG : -1;
      if (p < 0)
        return 2;
      loops[p] (1);
      loops[p] (atol (argv[3]));
      return 0;
    }
  if (differences () != 0)
    {
      fprintf (stderr, "sdkerr-catgets: the catalogs differ: no comparison\n");
      return 1;
    }
  printf ("sdkerr-catgets: %zu German messages, the same from each path; "
          "median of %d rounds of %ld calls\n(each round runs every path; x catgets: the median of the rounds' ratios)%s\n\n", ncodes, rounds,
          calls_per_round, quick ? " (--quick: figures not meaningful)" : "");
  measure (ns, ratio);
  printf ("  %-40s %9s %12s\n", "path", "ns/call", "x catgets");
  for (int p = 0; p < NPATHS; p++)
    printf ("  %-40s %9.1f %12.2f\n", names[p], ns[p], ratio[p]);
  printf ("\n");
  bench_target ("sdkerr_localized / catgets", ratio[LOCALIZED], 1.0, 1);
  bench_target ("sdkerr_localized_lang / catgets", ratio[LANG], 1.0, 1);
  printf ("  the library's own share, beyond the C library's checks (x catgets):\n"
          "    sdkerr_localized %.2f, sdkerr_localized_lang %.2f\n",
          ratio[LOCALIZED] - ratio[CHECKS], ratio[LANG] - ratio[CLOCK]);
  catclose (cat);
  return 0;
}
