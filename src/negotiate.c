/* negotiate.c - language tags, lists and Accept-Language -> a catalog.

   Input is untrusted (an HTTP header): it is scanned once, bounded, and
   only ASCII tags of a sane length are considered; the result is one of
   the catalog names found in the catalog directory, or the source.  */

#include <config.h>

#include <string.h>

#include "internal.h"

/* A list is read up to its first MAX_RANGES well-formed entries (browsers
   send a handful); a tag longer than MAX_TAG is not a language.  */
#define MAX_RANGES 32
#define MAX_TAG 63

static const char source_name[] = "zh_CN";

struct range
{
  char tag[MAX_TAG + 1];
  int q;                        /* weight in thousandths, 1..1000 */
};

struct range_list
{
  struct range r[MAX_RANGES];
  int n;
};

static int
is_alpha (int c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static int
is_digit (int c)
{
  return c >= '0' && c <= '9';
}

static int
is_space (int c)
{
  return c == ' ' || c == '\t';
}

static int
lower (int c)
{
  return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* Parses an HTTP qvalue ("0", "0.5", "1.000") in [P, END) into
   thousandths; -1 if malformed.  */
static int
parse_qvalue (const char *p, const char *end)
{
  int q, scale = 100;

  if (p == end || (*p != '0' && *p != '1'))
    return -1;
  q = (*p++ - '0') * 1000;
  if (p == end)
    return q;
  if (*p++ != '.')
    return -1;
  for (int digits = 0; p < end; p++, digits++, scale /= 10)
    {
      if (digits == 3 || !is_digit (*p))
        return -1;
      q += (*p - '0') * scale;
    }
  return q <= 1000 ? q : -1;
}

/* Adds a range, keeping the list sorted by weight and, for equal weights,
   in the order given.  */
static void
keep_range (struct range_list *list, const char *tag, size_t len, int q)
{
  int i;

  if (list->n == MAX_RANGES)
    return;
  for (i = list->n++; i > 0 && list->r[i - 1].q < q; i--)
    list->r[i] = list->r[i - 1];
  memcpy (list->r[i].tag, tag, len);
  list->r[i].tag[len] = '\0';
  list->r[i].q = q;
}

static int
tag_char (int c)
{
  return is_alpha (c) || is_digit (c) || c == '-' || c == '_' || c == '.'
         || c == '@' || c == '*';
}

/* One list item "tag;q=0.5" in [P, END).  */
static void
parse_item (struct range_list *list, const char *p, const char *end)
{
  const char *tag, *tag_end;
  int q = 1000;

  while (p < end && is_space (*p))
    p++;
  tag = p;
  while (p < end && tag_char (*p))
    p++;
  tag_end = p;
  while (p < end && is_space (*p))
    p++;
  while (p < end && *p == ';')
    {
      const char *param, *param_end;
      p++;
      while (p < end && is_space (*p))
        p++;
      param = p;
      while (p < end && *p != ';' && !is_space (*p))
        p++;
      param_end = p;
      while (p < end && is_space (*p))
        p++;
      if (param_end - param >= 2 && lower (param[0]) == 'q' && param[1] == '=')
        q = parse_qvalue (param + 2, param_end);
    }
  if (p != end || tag == tag_end || tag_end - tag > MAX_TAG || q <= 0)
    return;
  keep_range (list, tag, (size_t) (tag_end - tag), q);
}

/* Items are separated by ',' (Accept-Language) or ':' (LANGUAGE).  */
static void
parse_list (struct range_list *list, const char *langs)
{
  const char *p = langs;
  list->n = 0;
  while (list->n < MAX_RANGES)
    {
      const char *end = p;
      while (*end != '\0' && *end != ',' && *end != ':')
        end++;
      parse_item (list, p, end);
      if (*end == '\0')
        break;
      p = end + 1;
    }
}

/* The subtags of a tag that matter here.  */
struct subtags
{
  char lang[4];                 /* "pt" */
  char script[5];               /* "hant", or "" */
  char region[3];               /* "BR", or "" (numeric regions are dropped) */
};

/* Splits TAG (BCP 47 or POSIX) into its subtags; -1 if the language
   subtag is not 2 or 3 letters (this also rejects "*").  */
static int
split_tag (const char *tag, struct subtags *st)
{
  const char *p = tag;
  size_t n = 0;

  memset (st, 0, sizeof *st);
  while (is_alpha (p[n]))
    n++;
  if (n < 2 || n > 3 || (p[n] != '\0' && p[n] != '-' && p[n] != '_'
                         && p[n] != '.' && p[n] != '@'))
    return -1;
  for (size_t i = 0; i < n; i++)
    st->lang[i] = (char) lower (p[i]);
  p += n;
  /* Subtags follow until a POSIX codeset or modifier.  */
  while (*p == '-' || *p == '_')
    {
      p++;
      n = 0;
      while (is_alpha (p[n]) || is_digit (p[n]))
        n++;
      if (n == 4 && st->script[0] == '\0' && st->region[0] == '\0'
          && is_alpha (p[0]))
        for (size_t i = 0; i < 4; i++)
          st->script[i] = (char) lower (p[i]);
      else if (n == 2 && st->region[0] == '\0' && is_alpha (p[0])
               && is_alpha (p[1]))
        {
          st->region[0] = (char) (lower (p[0]) - 'a' + 'A');
          st->region[1] = (char) (lower (p[1]) - 'a' + 'A');
        }
      else if (n == 0)
        break;
      p += n;
    }
  return 0;
}

static int
region_is (const struct subtags *st, const char *r)
{
  return strcmp (st->region, r) == 0;
}

/* RFC 4647 lookup for one range: the most specific installed catalog,
   then less specific.  Returns 1 with *CAT and *NAME set when the range
   resolves (*CAT NULL for the Chinese source), 0 when it does not.  */
static int
resolve (const char *tag, const sdkerr__catalog_t **cat, const char **name)
{
  struct subtags st;
  char ll_cc[8];

  if ((tag[0] == 'C' || tag[0] == 'c')
      && (tag[1] == '\0' || tag[1] == '.' || tag[1] == '@'))
    goto source;
  if (strncmp (tag, "POSIX", 5) == 0 && (tag[5] == '\0' || tag[5] == '.'))
    goto source;
  if (split_tag (tag, &st) != 0)
    return 0;
  /* Simplified Chinese is the source, whatever the region.  */
  if (strcmp (st.lang, "zh") == 0 && strcmp (st.script, "hans") == 0)
    goto source;
  if (st.region[0] != '\0' && strlen (st.lang) == 2)
    {
      memcpy (ll_cc, st.lang, 2);
      ll_cc[2] = '_';
      memcpy (ll_cc + 3, st.region, 3);
      if ((*cat = sdkerr__catalog_find (ll_cc)) != NULL)
        goto found;
    }
  if (strcmp (st.lang, "zh") == 0)
    {
      /* Traditional by script, or by the regions that write it: Taiwan,
         Hong Kong and Macao.  */
      int traditional = strcmp (st.script, "hant") == 0
                        || region_is (&st, "TW") || region_is (&st, "HK")
                        || region_is (&st, "MO");
      if (traditional && (*cat = sdkerr__catalog_find ("zh_TW")) != NULL)
        goto found;
      goto source;
    }
  if ((*cat = sdkerr__catalog_find (st.lang)) != NULL)
    goto found;
  return 0;

found:
  *name = (*cat)->name;
  return 1;
source:
  *cat = NULL;
  *name = source_name;
  return 1;
}

static const sdkerr__catalog_t *
negotiate_uncached (const char *langs, const char **name)
{
  struct range_list list;
  const sdkerr__catalog_t *cat = NULL;

  parse_list (&list, langs);
  for (int i = 0; i < list.n; i++)
    if (resolve (list.r[i].tag, &cat, name))
      return cat;
  *name = source_name;
  return NULL;
}

/* A server asks for the same few values again and again.  Each thread
   remembers its last answer: the catalogs and their names never change
   once found, so a value seen before costs one comparison, with nothing
   shared between threads.  */
#define CACHE_SIZE 128

struct negotiation_cache
{
  char langs[CACHE_SIZE];
  size_t len;
  const sdkerr__catalog_t *cat;
  const char *name;             /* NULL: nothing cached */
};

static __thread struct negotiation_cache cache;

const sdkerr__catalog_t *
sdkerr__negotiate (const char *langs, const char **name)
{
  struct negotiation_cache *c = &cache;
  size_t len;

  if (langs == NULL)
    {
      *name = source_name;
      return NULL;
    }
  /* strncmp stops at either string's end: no read past LANGS.  */
  if (c->name != NULL && strncmp (c->langs, langs, c->len + 1) == 0)
    {
      *name = c->name;
      return c->cat;
    }
  c->cat = negotiate_uncached (langs, name);
  c->name = NULL;
  len = strnlen (langs, CACHE_SIZE);
  if (len < CACHE_SIZE)
    {
      memcpy (c->langs, langs, len + 1);
      c->len = len;
      c->name = *name;
    }
  return c->cat;
}

const char *
sdkerr_negotiate (const char *langs)
{
  const char *name;
  sdkerr__negotiate (langs, &name);
  return name;
}
