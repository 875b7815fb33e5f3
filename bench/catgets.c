/* catgets.c - the repeated-value paths against POSIX catgets (glibc), the
   classic message catalog, in one process: the same German messages from
   a .cat that gencat built from po/de.po (bench/po2msg.sh: set 1, message
   N+1 the N-th code of sdkerr_codes).

   sdkerr-catgets [--quick] CAT

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

/* Median ns/call of LOOP over the rounds, after one to warm up.  */
static double
measure (void (*loop) (long))
{
  double t[ROUNDS];
  loop (calls_per_round);
  for (int r = 0; r < rounds; r++)
    {
      double start = bench_now_ns ();
      loop (calls_per_round);
      t[r] = (bench_now_ns () - start) / (double) calls_per_round;
    }
  return bench_median (t, (size_t) rounds);
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
  double cat_ns, localized_ns, lang_ns;
  int quick = argc == 3 && strcmp (argv[1], "--quick") == 0;
  if (argc != 2 + quick)
    {
      fprintf (stderr, "usage: sdkerr-catgets [--quick] CAT\n");
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
  if (differences () != 0)
    {
      fprintf (stderr, "sdkerr-catgets: the catalogs differ: no comparison\n");
      return 1;
    }
  printf ("sdkerr-catgets: %zu German messages, the same from each path; "
          "median of %d rounds of %ld calls%s\n\n", ncodes, rounds,
          calls_per_round, quick ? " (--quick: figures not meaningful)" : "");
  cat_ns = measure (loop_catgets);
  localized_ns = measure (loop_localized);
  lang_ns = measure (loop_lang);
  printf ("  %-40s %9s %12s\n", "path", "ns/call", "x catgets");
  printf ("  %-40s %9.1f %12.2f\n", "catgets, de.cat", cat_ns, 1.0);
  printf ("  %-40s %9.1f %12.2f\n", "sdkerr_localized, LANGUAGE=de",
          localized_ns, localized_ns / cat_ns);
  printf ("  %-40s %9.1f %12.2f\n\n", "sdkerr_localized_lang, \"de\"", lang_ns,
          lang_ns / cat_ns);
  bench_target ("sdkerr_localized / catgets", localized_ns / cat_ns, 1.0, 1);
  bench_target ("sdkerr_localized_lang / catgets", lang_ns / cat_ns, 1.0, 1);
  catclose (cat);
  return 0;
}
