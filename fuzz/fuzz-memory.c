/* fuzz-memory.c - libFuzzer target for each thread's memory of its
   answers: for any request value, the answer the thread remembers is the
   one the resolver gives afresh, message by message, even right after a
   value that shares its beginning (with the catalogs of the build
   tree).  */

#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static int
same_tag (const char *a, const char *b)
{
  return a == NULL ? b == NULL : b != NULL && strcmp (a, b) == 0;
}

static int
same_answer (const struct sdkerr__answer *a, const struct sdkerr__answer *b)
{
  if (strcmp (a->name, b->name) != 0 || !same_tag (a->tag, b->tag))
    return 0;
  for (int k = 0; k < SDKERR__NSTRINGS; k++)
    if (strcmp (sdkerr__answer_string (a, k), sdkerr__answer_string (b, k)) != 0
        || !same_tag (a->tags[k], b->tags[k]))
      return 0;
  return 1;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  char *langs = malloc (size + 1), *half = malloc (size / 2 + 1);
  struct sdkerr__answer fresh, local, other;

  if (langs == NULL || half == NULL)
    {
      free (langs);
      free (half);
      return 0;
    }
  memcpy (langs, data, size);
  langs[size] = '\0';
  memcpy (half, data, size / 2);
  half[size / 2] = '\0';
  sdkerr__resolve (sdkerr__bound ()->dir, langs, SDKERR__BY_TAGS, NULL, &fresh);
  sdkerr__answer_source (&fresh);
  /* Computed (or recalled), then recalled after a value that starts the
     same.  */
  if (!same_answer (sdkerr__answer_for_tags (langs, &local), &fresh))
    abort ();
  (void) sdkerr__answer_for_tags (half, &other);
  if (!same_answer (sdkerr__answer_for_tags (langs, &local), &fresh))
    abort ();
  free (langs);
  free (half);
  return 0;
}
