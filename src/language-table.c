/* language-table.c - the library's reading of src/languages.def: what a
   language code stands for, where its readers go when it has no catalog,
   and which language an "und-" tag means.  */

#include <config.h>

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "chinese-regions.h"
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

const char *
sdkerr__traditional_regions (const char *region)
{
  for (size_t i = 0; i < SDKERR__N_CHINESE_REGIONS; i++)
    if (strcmp (region, sdkerr__chinese_regions[i].region) == 0)
      return sdkerr__chinese_regions[i].nearest;
  return NULL;
}

/* The grandfathered tags, in lower case, sorted.  */
static const struct
{
  char tag[12];
  char preferred[15];
} grandfathered[] = {
#define SDKERR_LANGUAGE(code, fallback, region, script, und, rtl, aliases, endonym)
#define SDKERR_GRANDFATHERED(tag, preferred) { tag, preferred },
#include "languages.def"
#undef SDKERR_GRANDFATHERED
#undef SDKERR_LANGUAGE
};

/* The first row in [LO, HI) whose tag's byte at N is not below C
   (ABOVE: above C), the rows in [LO, HI) sharing their first N bytes.  */
static size_t
grandfathered_bound (size_t lo, size_t hi, size_t n, int c, int above)
{
  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      int b = (unsigned char) grandfathered[mid].tag[n];
      if (b < c || (above && b == c))
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

/* For each first letter, the rows that start with it, [LO, HI): set
   with the words' index (need_words), so that most tags, whose first
   letter starts no grandfathered tag, cost a load.  */
static unsigned char grandfathered_first[26][2];
static void need_words (void);

const char *
sdkerr__grandfathered (const char *tag, size_t *len)
{
  int first = sdkerr__to_lower ((unsigned char) tag[0]);
  size_t lo, hi;
  const char *found = NULL;

  if (first < 'a' || first > 'z')
    return NULL;
  need_words ();
  lo = grandfathered_first[first - 'a'][0];
  hi = grandfathered_first[first - 'a'][1];
  /* Byte by byte, the rows that TAG's first N bytes begin, [LO, HI):
     sorted rows, so a range; most tags leave none after a byte or two.  */
  for (size_t n = 1; lo < hi; n++)
    {
      int c = tag[n] == '_' ? '-' : sdkerr__to_lower ((unsigned char) tag[n]);
      /* A row that ends here sorts first: TAG starts with it when it
         ends here too or goes on with another subtag.  */
      if (grandfathered[lo].tag[n] == '\0')
        {
          if (c == '\0' || c == '-')
            {
              found = grandfathered[lo].preferred;
              *len = n;
            }
          lo++;
        }
      if (c == '\0')
        break;
      lo = grandfathered_bound (lo, hi, n, c, 0);
      hi = grandfathered_bound (lo, hi, n, c, 1);
    }
  return found;
}

/* Every word of POOL, packed, with its row: sorted once (by word, then
   row), so that finding a word is a binary search over numbers rather
   than a walk over the table's text on every range of every request.  */
struct word
{
  uint64_t word;
  unsigned short row;
  unsigned char pool;           /* 0: aliases, 1: und- subtags */
};

/* Room for every word of both pools: no more words than bytes.  */
static struct word words[sizeof aliases / 2 + sizeof und_subtags / 2];
static size_t n_words;
static atomic_int words_sorted;
static void sort_words (void);

/* The indexes below, sorted on first use; then a load, not a call.  */
static void
need_words (void)
{
  sdkerr__once (&words_sorted, sort_words);
}

static int
word_order (const void *a, const void *b)
{
  const struct word *x = a, *y = b;
  if (x->pool != y->pool)
    return x->pool < y->pool ? -1 : 1;
  if (x->word != y->word)
    return x->word < y->word ? -1 : 1;
  return x->row < y->row ? -1 : x->row > y->row;
}

/* Adds the words of POOL, rows ended by '|', words by ' '.  A word
   longer than 8 bytes is left out: no subtag that is looked up is.  */
static void
add_words (const char *pool, unsigned char which)
{
  size_t row = 0;
  for (const char *p = pool; *p != '\0';)
    {
      size_t n = strcspn (p, " |");
      uint64_t w;
      if (n > 0 && sdkerr__code8 (p, n, &w) == 0 && row < N_LANGUAGES)
        words[n_words++] = (struct word) { w, (unsigned short) row, which };
      p += n;
      if (*p == '|')
        row++;
      if (*p != '\0')
        p++;
    }
}

/* The rows' codes packed, in row order (sorted: packing keeps strcmp's
   order).  */
static uint64_t row_codes[N_LANGUAGES];

static void
sort_words (void)
{
  for (size_t i = 0; i < N_LANGUAGES; i++)
    sdkerr__code8 (languages[i].code, strlen (languages[i].code), &row_codes[i]);
  for (size_t i = 0; i < sizeof grandfathered / sizeof grandfathered[0]; i++)
    {
      unsigned char *range = grandfathered_first[grandfathered[i].tag[0] - 'a'];
      if (range[1] == 0)
        range[0] = (unsigned char) i;
      range[1] = (unsigned char) (i + 1);
    }
  add_words (aliases, 0);
  add_words (und_subtags, 1);
  qsort (words, n_words, sizeof words[0], word_order);
}

/* The first row whose words in POOL (0: aliases, 1: und- subtags)
   include WORD, or NULL.  */
static const struct sdkerr__language *
row_with_word (unsigned char pool, const char *word)
{
  struct word key = { 0, 0, pool };
  size_t lo = 0, hi;
  if (word[0] == '\0' || sdkerr__code8 (word, strlen (word), &key.word) != 0)
    return NULL;
  need_words ();
  /* The first entry not before KEY (row 0): the word's first row.  */
  hi = n_words;
  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      if (word_order (&words[mid], &key) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo < n_words && words[lo].pool == pool && words[lo].word == key.word)
    return &languages[words[lo].row];
  return NULL;
}

const struct sdkerr__language *
sdkerr__language (const char *code)
{
  size_t lo = 0, hi = N_LANGUAGES;
  uint64_t key;
  if (sdkerr__code8 (code, strlen (code), &key) != 0)
    return NULL;
  need_words ();
  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      if (key == row_codes[mid])
        return &languages[mid];
      if (key < row_codes[mid])
        hi = mid;
      else
        lo = mid + 1;
    }
  return NULL;
}

/* The row of the language an "und" tag with SCRIPT and REGION stands
   for, in CLDR's order: its region, its script, "und" alone; or NULL.  */
static const struct sdkerr__language *
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
      const struct sdkerr__language *row = row_with_word (1, keys[k]);
      if (row != NULL)
        return row;
    }
  return NULL;
}

const struct sdkerr__language *
sdkerr__language_row (const struct sdkerr__tag *t)
{
  const struct sdkerr__language *row;
  if (strcmp (t->lang, "und") == 0)
    return likely_language (t->script, t->region);
  row = sdkerr__language (t->lang);
  /* Only codes that are no row's own are aliases.  */
  return row != NULL ? row : row_with_word (0, t->lang);
}

const char *
sdkerr__language_of (const struct sdkerr__tag *t)
{
  const struct sdkerr__language *row = sdkerr__language_row (t);
  return row != NULL ? row->code : t->lang;
}
