/* language-table.c - the library's reading of src/languages.def: what a
   language code stands for, where its readers go when it has no catalog,
   and which language an "und-" tag means.  */

#include <config.h>

#include <string.h>

#include "internal.h"

/* The columns the library reads; the endonyms stay in the command.
   Arrays, not pointers, so that the table needs no relocations.  */
static const struct sdkerr__language languages[] = {
#define SDKERR_LANGUAGE(code, fallback, region, script, und, rtl, aliases, endonym) \
  { code, fallback, region },
#include "languages.def"
#undef SDKERR_LANGUAGE
};

#define N_LANGUAGES (sizeof languages / sizeof languages[0])

/* The aliases and und- subtags of every row, in row order, each row's
   words ended by '|': one string, searched word by word.  */
static const char aliases[] =
#define SDKERR_LANGUAGE(code, fallback, region, script, und, rtl, aliases, endonym) \
  aliases "|"
#include "languages.def"
#undef SDKERR_LANGUAGE
  ;
static const char und_subtags[] =
#define SDKERR_LANGUAGE(code, fallback, region, script, und, rtl, aliases, endonym) \
  und "|"
#include "languages.def"
#undef SDKERR_LANGUAGE
  ;

/* The Chinese regions that write Traditional, nearest regions first.  */
static const struct
{
  char region[3];
  char nearest[9];
} chinese_regions[] = {
#define SDKERR_LANGUAGE(code, fallback, region, script, und, rtl, aliases, endonym)
#define SDKERR_CHINESE_REGION(region, nearest) { region, nearest },
#include "languages.def"
#undef SDKERR_CHINESE_REGION
#undef SDKERR_LANGUAGE
};

const char *
sdkerr__traditional_regions (const char *region)
{
  for (size_t i = 0; i < sizeof chinese_regions / sizeof chinese_regions[0]; i++)
    if (strcmp (region, chinese_regions[i].region) == 0)
      return chinese_regions[i].nearest;
  return NULL;
}

/* The code of the row whose words in POOL include WORD, or NULL.  */
static const char *
row_with_word (const char *pool, const char *word)
{
  size_t len = strlen (word), row = 0;
  if (len == 0)
    return NULL;
  for (const char *p = pool; *p != '\0'; p++)
    {
      if (*p == '|')
        row++;
      else if ((p == pool || p[-1] == ' ' || p[-1] == '|')
               && strncmp (p, word, len) == 0 && (p[len] == ' ' || p[len] == '|'))
        return row < N_LANGUAGES ? languages[row].code : NULL;
    }
  return NULL;
}

const struct sdkerr__language *
sdkerr__language (const char *code)
{
  size_t lo = 0, hi = N_LANGUAGES;
  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      int c = strcmp (code, languages[mid].code);
      if (c == 0)
        return &languages[mid];
      if (c < 0)
        hi = mid;
      else
        lo = mid + 1;
    }
  return NULL;
}

/* The language an "und" tag with SCRIPT and REGION stands for, in CLDR's
   order: its region, its script, "und" alone.  */
static const char *
likely_language (const char *script, const char *region)
{
  const char *keys[3] = { region, script, "und" };
  char title[5];

  /* Scripts are written in title case in the table, as in CLDR.  */
  if (script[0] != '\0')
    {
      title[0] = (char) (script[0] - 'a' + 'A');
      memcpy (title + 1, script + 1, 4);
      keys[1] = title;
    }
  for (size_t k = 0; k < 3; k++)
    {
      const char *code = row_with_word (und_subtags, keys[k]);
      if (code != NULL)
        return code;
    }
  return "und";
}

const char *
sdkerr__language_of (const struct sdkerr__tag *t)
{
  const struct sdkerr__language *row;
  const char *aliased;
  if (strcmp (t->lang, "und") == 0)
    return likely_language (t->script, t->region);
  row = sdkerr__language (t->lang);
  if (row != NULL)
    return row->code;
  /* Only codes that are no row's own are aliases.  */
  aliased = row_with_word (aliases, t->lang);
  return aliased != NULL ? aliased : t->lang;
}
