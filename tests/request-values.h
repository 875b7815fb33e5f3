/* request-values.h - families of distinct request values for the tests of
   the miss path and of each thread's memory: each value's first range is
   a warm language, whose catalog the test loads first, and the rest
   ranges that match nothing, so that its answer is known in advance.  */

#ifndef SDKERR_TEST_REQUEST_VALUES_H
#define SDKERR_TEST_REQUEST_VALUES_H

#include <stdio.h>

/* Languages whose catalogs the tests load first, and their tags.  */
static const char *const warm[] = { "de", "fr", "ja", "pt-BR", "ru" };
#define NWARM (sizeof warm / sizeof warm[0])

/* The Nth distinct value of a family: its first range is warm[N % NWARM],
   then ranges that match nothing, PAD bytes of them at least.  */
static void
distinct_value (char *out, size_t size, unsigned n, size_t pad)
{
  size_t len = (size_t) snprintf (out, size, "%s,qq;q=0.%03u", warm[n % NWARM],
                                  1 + n % 999);
  /* "x-..." is private use: no language, never a catalog.  */
  while (len < pad && len + 16 < size)
    len += (size_t) snprintf (out + len, size - len, ",x-%05u;q=0.1", n % 100000);
}

#endif /* SDKERR_TEST_REQUEST_VALUES_H */
