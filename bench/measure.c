/* measure.c - the clock, medians and targets of the benchmark programs.  */

#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "measure.h"

double
bench_now_ns (void)
{
  struct timespec ts;
  clock_gettime (CLOCK_MONOTONIC, &ts);
  return (double) ts.tv_sec * 1e9 + (double) ts.tv_nsec;
}

static int
compare_double (const void *a, const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return x < y ? -1 : x > y;
}

double
bench_median (double *v, size_t n)
{
  if (n == 0)
    return 0;
  qsort (v, n, sizeof v[0], compare_double);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

int
bench_target (const char *what, double value, double target, int at_most)
{
  int met = at_most ? value <= target : value >= target;
  printf ("  %-50s %9.2f   target %s %-6g %s\n", what, value,
          at_most ? "<=" : ">=", target, met ? "met" : "NOT MET");
  return met;
}
