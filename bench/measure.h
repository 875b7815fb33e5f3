/* measure.h - what the benchmark programs share: the clock, medians, and
   a figure printed beside its target.  */
#ifndef SDKERR_BENCH_MEASURE_H
#define SDKERR_BENCH_MEASURE_H

#include <stddef.h>

/* CLOCK_MONOTONIC in nanoseconds.  */
double bench_now_ns (void);

/* The median of the N values of V (sorted in place); 0 for none.  */
double bench_median (double *v, size_t n);

/* Prints WHAT, VALUE and the target (at most TARGET when AT_MOST, else
   at least), with "met" or "not met": a figure to read, never a test.
   Returns whether it was met.  */
int bench_target (const char *what, double value, double target, int at_most);

#endif
