/* languages.c - what the sdkerr command knows about the languages of the
   catalogs: their names in themselves and their writing direction, from
   the library's table (src/languages.def).  */

#include <config.h>

#include <string.h>

#include "cli.h"

/* Endonyms and directions, by BCP 47 tag: a reader finds their own
   language under the name they know it by, whatever the page's
   language.  */
static const struct
{
  const char *tag;
  const char *endonym;          /* "" where the table has none */
  int rtl;
} languages[] = {
#define SDKERR_LANGUAGE(code, fallback, region, script, und, rtl, aliases, endonym) \
  { code, endonym, rtl },
#include "languages.def"
#undef SDKERR_LANGUAGE
};

#define N_LANGUAGES (sizeof languages / sizeof languages[0])

/* The row of the first LEN bytes of TAG, or -1.  */
static int
row_of (const char *tag, size_t len)
{
  for (size_t i = 0; i < N_LANGUAGES; i++)
    if (strlen (languages[i].tag) == len && strncmp (tag, languages[i].tag, len) == 0)
      return (int) i;
  return -1;
}

const char *
language_endonym (const char *tag)
{
  int row = row_of (tag, strlen (tag));
  if (row >= 0 && languages[row].endonym[0] != '\0')
    return languages[row].endonym;
  /* A region we do not know (pt-PT): the language's own name.  */
  row = row_of (tag, strcspn (tag, "-"));
  if (row >= 0 && languages[row].endonym[0] != '\0')
    return languages[row].endonym;
  return tag;
}

int
language_is_rtl (const char *tag)
{
  int row = row_of (tag, strcspn (tag, "_-"));
  return row >= 0 && languages[row].rtl;
}
