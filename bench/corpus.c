/* corpus.c - reading the benchmark's corpus of request values.  */

#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "corpus.h"

int
corpus_read (const char *file, struct corpus *c)
{
  FILE *f = fopen (file, "r");
  char *line = NULL;
  size_t cap = 0, alloc = 0;
  ssize_t len;
  if (f == NULL)
    return -1;
  c->values = NULL;
  c->n = 0;
  while ((len = getline (&line, &cap, f)) > 0)
    {
      if (line[len - 1] == '\n')
        line[len - 1] = '\0';
      if (c->n == alloc)
        {
          alloc = alloc ? 2 * alloc : 1024;
          c->values = realloc (c->values, alloc * sizeof *c->values);
          if (c->values == NULL)
            abort ();
        }
      c->values[c->n++] = strdup (line);
    }
  free (line);
  fclose (f);
  if (c->n == 0)
    {
      errno = EINVAL;
      return -1;
    }
  return 0;
}

int
corpus_bucket (const char *value)
{
  size_t len = strlen (value);
  return len < 64 ? BUCKET_SHORT : len < 128 ? BUCKET_MEDIUM : BUCKET_LONG;
}

const char *
corpus_bucket_name (int bucket)
{
  static const char *const names[NBUCKETS] = { "<64", "64-127", ">=128" };
  return names[bucket];
}
