/* corpus.h - the Accept-Language corpus (bench/accept-language.txt, made
   by bench/gen-corpus.py): one request value a line.  */
#ifndef SDKERR_BENCH_CORPUS_H
#define SDKERR_BENCH_CORPUS_H

#include <stddef.h>

/* The request lengths the worst per-call cost is reported by.  */
enum { BUCKET_SHORT, BUCKET_MEDIUM, BUCKET_LONG, NBUCKETS };

struct corpus
{
  const char **values;          /* in the file's order, most common first */
  size_t n;
};

/* Reads FILE into C, each line a value without its newline.  Returns 0,
   or -1 with errno set (the file unreadable, or empty).  */
int corpus_read (const char *file, struct corpus *c);

/* The bucket of a value's length: under 64 bytes, 64 to 127, 128 or more
   (the length at which the library once stopped remembering values).  */
int corpus_bucket (const char *value);

/* Its label, "<64", "64-127", ">=128".  */
const char *corpus_bucket_name (int bucket);

#endif
