/* measure.h - what the benchmark programs share: the clock, medians, and
   a figure printed beside its target.  */
#ifndef SDKERR_BENCH_MEASURE_H
#define SDKERR_BENCH_MEASURE_H

#include <stddef.h>
#include <stdint.h>

/* CLOCK_MONOTONIC in nanoseconds.  */
double bench_now_ns (void);

/* The median of the N values of V (sorted in place); 0 for none.  */
double bench_median (double *v, size_t n);

/* Prints WHAT, VALUE and the target (at most TARGET when AT_MOST, else
   at least), with "met" or "not met": a figure to read, never a test.
   Returns whether it was met.  */
int bench_target (const char *what, double value, double target, int at_most);

/* Defines NAME (long n), which evaluates EXPR N times with I cycling
   over the indexes of CODES and CODE = CODES[I] (the including file's
   const int *codes and size_t ncodes), and stores the sum of the results
   in its volatile uintptr_t sink, so that no call is optimised away.  A
   function of its own for each path: the calls are direct.  */
#define BENCH_CYCLE(name, expr)                                             \
  static void                                                               \
  name (long n)                                                             \
  {                                                                         \
    uintptr_t acc = 0;                                                      \
    size_t i = 0;                                                           \
    for (long k = 0; k < n; k++)                                            \
      {                                                                     \
        int code = codes[i];                                                \
        (void) code;                                                        \
        acc += (uintptr_t) (expr);                                          \
        if (++i == ncodes)                                                  \
          i = 0;                                                            \
      }                                                                     \
    sink = acc;                                                             \
  }

#endif
