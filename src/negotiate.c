/* negotiate.c - which catalogs answer a request: one set of rules for
   every path.

   A pure function of its inputs: the request (a list of language tags, or
   a LANGUAGE/locale value read as gettext reads it), the names of the
   installed catalogs, locale.alias, and the application's default.  It
   touches no file: loading the chosen catalogs is the caller's business,
   afterwards.  The input is untrusted (an HTTP header): it is scanned in
   one pass, bounded, and it can only select among installed names.  */

#include <config.h>

#include <stdio.h>
#include <string.h>

#include "ascii.h"
#include "internal.h"

/* Accept-Language lists keep their best MAX_RANGES entries by weight (a
   browser sends a handful); a tag longer than MAX_TAG is not a language.  */
#define MAX_RANGES 32
#define MAX_TAG 63
/* A gettext list element or catalog name longer than this names nothing
   installed (directory names are shorter).  */
#define MAX_NAME SDKERR__NAME_MAX

/* --- The choice being built ------------------------------------------ */

static int
find_name (const struct sdkerr__installed *in, const char *name)
{
  size_t lo = 0, hi = in->count;
  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      int c = strcmp (name, in->names[mid]);
      if (c == 0)
        return (int) mid;
      if (c < 0)
        hi = mid;
      else
        lo = mid + 1;
    }
  return -1;
}

static void
pick (struct sdkerr__choice *ch, int index)
{
  if (ch->source)
    return;
  for (unsigned i = 0; i < ch->count; i++)
    if (ch->pick[i] == index)
      return;
  ch->pick[ch->count++] = index;
}

/* Adds NAME when it is installed.  */
static void
pick_name (struct sdkerr__choice *ch, const struct sdkerr__installed *in,
           const char *name)
{
  int i = find_name (in, name);
  if (i >= 0)
    pick (ch, i);
}

/* --- gettext's own search order -------------------------------------- */

/* A locale name's parts, as gettext's _nl_explode_name splits it:
   language[_territory][.codeset][@modifier].  */
enum
{
  PART_NORM_CODESET = 1,
  PART_CODESET = 2,
  PART_TERRITORY = 4,
  PART_MODIFIER = 8
};

struct parts
{
  char lang[MAX_NAME + 1];
  char territory[MAX_NAME + 1];
  char codeset[MAX_NAME + 1];
  char norm_codeset[MAX_NAME + 4];
  char modifier[MAX_NAME + 1];
  int mask;
};

static size_t
copy_until (char *dst, const char *src, const char *stops)
{
  size_t n = 0;
  while (src[n] != '\0' && strchr (stops, src[n]) == NULL)
    {
      dst[n] = src[n];
      n++;
    }
  dst[n] = '\0';
  return n;
}

/* gettext's codeset normalization: "UTF-8" -> "utf8", "8859-1" ->
   "iso88591".  */
static void
normalize_codeset (char *dst, const char *cs)
{
  int only_digits = 1;
  char *w = dst;
  for (const char *p = cs; *p != '\0'; p++)
    if (sdkerr__is_alpha ((unsigned char) *p))
      only_digits = 0;
  if (only_digits)
    w = stpcpy (w, "iso");
  for (const char *p = cs; *p != '\0'; p++)
    if (sdkerr__is_alnum ((unsigned char) *p))
      *w++ = (char) sdkerr__to_lower ((unsigned char) *p);
  *w = '\0';
}

/* NAME (at most MAX_NAME bytes) split as gettext splits it.  */
static void
explode (const char *name, struct parts *pt)
{
  const char *p = name;
  size_t n = copy_until (pt->lang, p, "_.@");

  pt->territory[0] = pt->codeset[0] = pt->modifier[0] = '\0';
  pt->norm_codeset[0] = '\0';
  pt->mask = 0;
  if (n == 0)
    {
      /* No language: gettext takes the whole name as it is.  */
      strcpy (pt->lang, name);
      return;
    }
  p += n;
  if (*p == '_')
    {
      p++;
      p += copy_until (pt->territory, p, ".@");
      if (pt->territory[0] != '\0')
        pt->mask |= PART_TERRITORY;
    }
  if (*p == '.')
    {
      p++;
      p += copy_until (pt->codeset, p, "@");
      if (pt->codeset[0] != '\0')
        {
          pt->mask |= PART_CODESET;
          normalize_codeset (pt->norm_codeset, pt->codeset);
          if (strcmp (pt->codeset, pt->norm_codeset) != 0)
            pt->mask |= PART_NORM_CODESET;
        }
    }
  if (*p == '@')
    {
      strcpy (pt->modifier, p + 1);
      if (pt->modifier[0] != '\0')
        pt->mask |= PART_MODIFIER;
    }
}

/* The directory name gettext forms for the parts in MASK.  */
static void
join (char *out, const struct parts *pt, int mask)
{
  char *w = stpcpy (out, pt->lang);
  if (mask & PART_TERRITORY)
    w = stpcpy (stpcpy (w, "_"), pt->territory);
  if (mask & PART_CODESET)
    w = stpcpy (stpcpy (w, "."), pt->codeset);
  if (mask & PART_NORM_CODESET)
    w = stpcpy (stpcpy (w, "."), pt->norm_codeset);
  if (mask & PART_MODIFIER)
    w = stpcpy (stpcpy (w, "@"), pt->modifier);
}

/* Calls EACH with every directory name gettext tries for PT, in its
   order (intl/l10nflist.c): the full name, then every subset of its parts,
   most specific first, never both codesets at once.  */
static void
for_gettext_order (const struct parts *pt, void (*each) (void *, const char *),
                   void *arg)
{
  char name[4 * (MAX_NAME + 4)];
  for (int m = pt->mask; m >= 0; m--)
    if ((m & ~pt->mask) == 0
        && !((m & PART_CODESET) && (m & PART_NORM_CODESET)))
      {
        join (name, pt, m);
        each (arg, name);
      }
}

struct picker
{
  struct sdkerr__choice *ch;
  const struct sdkerr__installed *in;
};

static void
pick_each (void *arg, const char *name)
{
  struct picker *p = arg;
  pick_name (p->ch, p->in, name);
}

/* Picks the installed catalogs among those gettext tries for PT, in
   gettext's order.  */
static void
pick_gettext_order (struct sdkerr__choice *ch,
                    const struct sdkerr__installed *in, const struct parts *pt)
{
  struct picker p = { ch, in };
  for_gettext_order (pt, pick_each, &p);
}

/* locale.alias, as gettext reads it: the value of ALIAS (ASCII case
   ignored; the first entry, as glibc keeps the first), or NULL.  */
static const char *
expand_alias (const struct sdkerr__installed *in, const char *alias)
{
  for (size_t i = 0; i < in->alias_count; i++)
    if (sdkerr__strcase_cmp (alias, in->aliases[i].alias) == 0)
      return in->aliases[i].value;
  return NULL;
}

/* ELEMENT of a gettext list, or the locale name locale.alias makes it.  */
static const char *
unalias (const struct sdkerr__installed *in, const char *element)
{
  const char *alias = expand_alias (in, element);
  return alias != NULL && strlen (alias) <= MAX_NAME ? alias : element;
}


/* The names gettext tries, listed rather than picked.  */
struct name_list
{
  char (*names)[SDKERR__NAME_MAX + 1];
  size_t count, max;
  int overflow;
};

static void
list_each (void *arg, const char *name)
{
  struct name_list *l = arg;
  if (strlen (name) > SDKERR__NAME_MAX)
    return;
  for (size_t i = 0; i < l->count; i++)
    if (strcmp (l->names[i], name) == 0)
      return;
  if (l->count == l->max)
    l->overflow = 1;
  else
    strcpy (l->names[l->count++], name);
}

/* The next element of a gettext list in *P: its length, 0 at the end.
   Copies it into BUF when it fits.  */
static size_t
next_element (const char **p, char *buf)
{
  const char *s = *p, *e;
  size_t n;
  while (*s == ':')
    s++;
  e = strchr (s, ':');
  n = e != NULL ? (size_t) (e - s) : strlen (s);
  *p = s + n;
  if (n <= MAX_NAME)
    {
      memcpy (buf, s, n);
      buf[n] = '\0';
    }
  else
    buf[0] = '\0';
  return n;
}

static int
is_c_element (const char *element)
{
  return strcmp (element, "C") == 0 || strcmp (element, "POSIX") == 0;
}

/* Calls EACH with every name gettext tries for VALUE (a LANGUAGE list or
   a locale name), in its order: each element until C or POSIX, expanded
   by IN's locale.alias.  Returns whether a C or POSIX element stopped it.  */
static int
for_gettext_search (const struct sdkerr__installed *in, const char *value,
                    void (*each) (void *, const char *), void *arg)
{
  char element[MAX_NAME + 1];
  const char *p = value;

  while (next_element (&p, element) > 0)
    if (is_c_element (element))
      return 1;
    else if (element[0] != '\0')
      {
        struct parts pt;
        explode (unalias (in, element), &pt);
        for_gettext_order (&pt, each, arg);
      }
  return 0;
}

size_t
sdkerr__gettext_names (const char *value, const struct sdkerr__alias *aliases,
                       size_t alias_count, char (*names)[SDKERR__NAME_MAX + 1],
                       size_t max, int *stopped)
{
  const struct sdkerr__installed in = { NULL, 0, aliases, alias_count };
  struct name_list l = { names, 0, max, 0 };

  *stopped = for_gettext_search (&in, value, list_each, &l);
  return l.overflow ? (size_t) -1 : l.count;
}

/* --- Language tags ----------------------------------------------------- */

/* The subtags of a BCP 47 tag or POSIX locale name that matter here.  */
struct tag
{
  char lang[9];                 /* "pt", lower case */
  char script[5];               /* "hant", or "" */
  char region[4];               /* "BR", "419", or "" */
  char codeset[MAX_TAG + 1];    /* POSIX ".UTF-8", without the dot */
  char modifier[MAX_TAG + 1];   /* POSIX "@euro", without the at */
};

/* The length of the run of characters of S that satisfy IS.  */
static size_t
span (const char *s, int (*is) (int))
{
  size_t n = 0;
  while (is ((unsigned char) s[n]))
    n++;
  return n;
}

static int
is_digits (const char *s, size_t n)
{
  for (size_t i = 0; i < n; i++)
    if (!sdkerr__is_digit ((unsigned char) s[i]))
      return 0;
  return 1;
}

/* Macrolanguages whose extended language subtag stands for the language
   itself ("zh-yue" is "yue"): those of the shipped languages.  */
static int
has_extlangs (const char *lang)
{
  return strcmp (lang, "zh") == 0 || strcmp (lang, "ar") == 0
         || strcmp (lang, "ms") == 0 || strcmp (lang, "fa") == 0;
}

/* Splits TAG (at most MAX_TAG bytes, BCP 47 or POSIX) into *T; -1 if it
   does not start with a language subtag of 2 to 8 letters.  */
static int
parse_tag (const char *tag, struct tag *t)
{
  const char *p = tag;
  size_t n = span (p, sdkerr__is_alpha);
  int subtag = 0;

  memset (t, 0, sizeof *t);
  if (n < 2 || n > 8 || (p[n] != '\0' && strchr ("-_.@", p[n]) == NULL))
    return -1;
  for (size_t i = 0; i < n; i++)
    t->lang[i] = (char) sdkerr__to_lower ((unsigned char) p[i]);
  p += n;
  while (*p == '-' || *p == '_')
    {
      p++;
      n = span (p, sdkerr__is_alnum);
      subtag++;
      if (n <= 1)
        break;                  /* an extension or private use follows */
      if (subtag == 1 && n == 3 && span (p, sdkerr__is_alpha) == 3
          && has_extlangs (t->lang))
        for (size_t i = 0; i < 4; i++)
          t->lang[i] = (char) (i < 3 ? sdkerr__to_lower ((unsigned char) p[i]) : 0);
      else if (n == 4 && t->script[0] == '\0' && t->region[0] == '\0'
               && span (p, sdkerr__is_alpha) == 4)
        for (size_t i = 0; i < 4; i++)
          t->script[i] = (char) sdkerr__to_lower ((unsigned char) p[i]);
      else if (t->region[0] == '\0'
               && ((n == 2 && span (p, sdkerr__is_alpha) == 2) || (n == 3 && is_digits (p, 3))))
        for (size_t i = 0; i < n; i++)
          t->region[i] = (char) sdkerr__to_upper ((unsigned char) p[i]);
      p += n;
    }
  if (*p == '.')
    p += 1 + copy_until (t->codeset, p + 1, "@");
  if (*p == '@')
    strcpy (t->modifier, p + 1);
  return 0;
}

/* Deprecated, ISO 639-2 (B and T) and ISO 639-3 codes of the shipped
   languages, and the registered aliases, mapped to the codes the catalogs
   are named by.  Sorted by the first column.  Cantonese (yue) is Chinese
   in Traditional script, the Hong Kong catalog first.  Norwegian (no, the
   macrolanguage) is Bokmål, and so is Nynorsk (nn) while no Nynorsk
   catalog is installed: its readers read Bokmål (CLDR's language
   distance between the two is 10, as between regions of one language).  */
static const struct
{
  char from[4];
  char to[3];
} language_aliases[] = {
  { "ara", "ar" }, { "arb", "ar" }, { "ben", "bn" }, { "bul", "bg" },
  { "cat", "ca" }, { "ces", "cs" }, { "chi", "zh" }, { "cmn", "zh" },
  { "cze", "cs" }, { "dan", "da" }, { "deu", "de" }, { "dut", "nl" },
  { "ell", "el" }, { "eng", "en" }, { "fas", "fa" }, { "fin", "fi" },
  { "fra", "fr" }, { "fre", "fr" }, { "ger", "de" }, { "gre", "el" },
  { "heb", "he" }, { "hin", "hi" }, { "hun", "hu" }, { "in", "id" },
  { "ind", "id" }, { "ita", "it" }, { "iw", "he" }, { "ji", "yi" },
  { "jpn", "ja" }, { "jw", "jv" }, { "kor", "ko" }, { "may", "ms" },
  { "mo", "ro" }, { "msa", "ms" }, { "nld", "nl" }, { "nn", "nb" },
  { "nno", "nb" }, { "no", "nb" }, { "nob", "nb" }, { "nor", "nb" },
  { "per", "fa" }, { "pes", "fa" }, { "pol", "pl" }, { "por", "pt" },
  { "prs", "fa" }, { "ron", "ro" }, { "rum", "ro" }, { "rus", "ru" },
  { "slk", "sk" }, { "slo", "sk" }, { "spa", "es" }, { "swe", "sv" },
  { "tha", "th" }, { "tur", "tr" }, { "ukr", "uk" }, { "vie", "vi" },
  { "yid", "yi" }, { "yue", "zh" }, { "zho", "zh" }, { "zsm", "ms" },
};

static const char *
canonical_language (const char *lang)
{
  size_t lo = 0, hi = sizeof language_aliases / sizeof language_aliases[0];
  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      int c = strcmp (lang, language_aliases[mid].from);
      if (c == 0)
        return language_aliases[mid].to;
      if (c < 0)
        hi = mid;
      else
        lo = mid + 1;
    }
  return lang;
}

/* The POSIX name of T with language LANG: "pt_BR.UTF-8@euro"; a Latin or
   Cyrillic script becomes gettext's modifier ("sr@latin").  */
static void
posix_name (char *out, const struct tag *t, const char *lang)
{
  char *w = stpcpy (out, lang);
  if (t->region[0] != '\0')
    w = stpcpy (stpcpy (w, "_"), t->region);
  if (t->codeset[0] != '\0')
    w = stpcpy (stpcpy (w, "."), t->codeset);
  if (t->modifier[0] != '\0')
    w = stpcpy (stpcpy (w, "@"), t->modifier);
  else if (strcmp (t->script, "latn") == 0)
    w = stpcpy (w, "@latin");
  else if (strcmp (t->script, "cyrl") == 0)
    w = stpcpy (w, "@cyrillic");
}

/* RFC 4647 lookup of T under language LANG, in gettext's order:
   pt_BR.UTF-8, pt_BR, pt.  */
static void
pick_exact (struct sdkerr__choice *ch, const struct sdkerr__installed *in,
            const struct tag *t, const char *lang)
{
  char name[4 * (MAX_TAG + 1)];
  struct parts pt;
  posix_name (name, t, lang);
  explode (name, &pt);
  pick_gettext_order (ch, in, &pt);
}

/* Regions whose catalog a language's speakers elsewhere read first, when
   a language has several regional catalogs and none for the request.  */
static const char *
likely_region (const char *lang)
{
  static const char table[][2][3] = {
    { "ar", "EG" }, { "de", "DE" }, { "en", "US" }, { "es", "ES" },
    { "fr", "FR" }, { "nl", "NL" }, { "pt", "BR" }, { "sv", "SE" },
  };
  for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
    if (strcmp (lang, table[i][0]) == 0)
      return table[i][1];
  return "";
}

/* The same language in another region: pt-PT, pt-AO -> pt_BR.  Only
   catalogs of the same variant (modifier) qualify; the language's likely
   region first, then the others in name order.  */
static void
pick_other_region (struct sdkerr__choice *ch,
                   const struct sdkerr__installed *in, const struct tag *t,
                   const char *lang)
{
  const char *likely = likely_region (lang);
  for (int pass = 0; pass < 2; pass++)
    for (size_t i = 0; i < in->count; i++)
      {
        struct parts pt;
        if (strlen (in->names[i]) > MAX_NAME)
          continue;
        explode (in->names[i], &pt);
        if (strcmp (pt.lang, lang) == 0 && strcmp (pt.modifier, t->modifier) == 0
            && (pass == 1 || strcmp (pt.territory, likely) == 0))
          pick (ch, (int) i);
      }
}

/* Whether REGION writes Chinese in Traditional characters.  */
static int
traditional_region (const char *region)
{
  return strcmp (region, "TW") == 0 || strcmp (region, "HK") == 0
         || strcmp (region, "MO") == 0;
}

/* Picks NAME when it is a regional Chinese catalog (zh_TW.UTF-8, zh_TW),
   never the bare "zh", which is Simplified.  */
static void
pick_zh_region_each (void *arg, const char *name)
{
  if (strncmp (name, "zh_", 3) == 0)
    pick_each (arg, name);
}

/* Chinese goes by script: Traditional for zh-Hant, Taiwan, Hong Kong,
   Macao and Cantonese, from the catalog of the nearest region, and never
   the Simplified source; otherwise the source, unless a catalog for the
   exact region is installed.  */
static void
pick_chinese (struct sdkerr__choice *ch, const struct sdkerr__installed *in,
              const struct tag *t, int cantonese)
{
  static const char traditional[][3][3] = {
    { "TW", "HK", "MO" }, { "HK", "MO", "TW" }, { "MO", "HK", "TW" },
  };
  struct picker picker = { ch, in };
  const char *r = t->region;
  int row = -1;

  if (strcmp (t->script, "hans") != 0
      && (strcmp (t->script, "hant") == 0 || cantonese || traditional_region (r)))
    row = strcmp (r, "MO") == 0 ? 2
          : strcmp (r, "HK") == 0 || (cantonese && r[0] == '\0') ? 1 : 0;
  if (row < 0)
    {
      /* Simplified: a catalog for the region, unless the region writes
         Traditional (zh-Hans-HK), then the source.  */
      struct tag simplified = *t;
      if (traditional_region (r))
        simplified.region[0] = '\0';
      pick_exact (ch, in, &simplified, "zh");
      ch->source = 1;
      return;
    }
  for (int i = 0; i < 3; i++)
    {
      struct tag region = *t;
      char name[4 * (MAX_TAG + 1)];
      struct parts pt;
      memcpy (region.region, traditional[row][i], 3);
      region.script[0] = '\0';
      posix_name (name, &region, "zh");
      explode (name, &pt);
      for_gettext_order (&pt, pick_zh_region_each, &picker);
    }
}

static int
is_c_locale (const char *s)
{
  return ((s[0] == 'C' && (s[1] == '\0' || s[1] == '.' || s[1] == '@'))
          || (strncmp (s, "POSIX", 5) == 0 && (s[5] == '\0' || s[5] == '.')));
}

/* The closest catalogs for one range once exact lookup has been tried:
   aliases and three-letter codes, Chinese by script, the same language
   in another region.  */
static void
pick_closest (struct sdkerr__choice *ch, const struct sdkerr__installed *in,
              const struct tag *t)
{
  const char *lang = canonical_language (t->lang);
  if (strcmp (lang, "zh") == 0)
    {
      pick_chinese (ch, in, t, strcmp (t->lang, "yue") == 0);
      return;
    }
  if (strcmp (lang, t->lang) != 0)
    pick_exact (ch, in, t, lang);
  pick_other_region (ch, in, t, lang);
}

/* One range of a tag list: exact lookup, then the closest.  */
static void
pick_range (struct sdkerr__choice *ch, const struct sdkerr__installed *in,
            const char *range)
{
  struct tag t;
  /* In a tag list, C and POSIX name no language: the next item is read
     (a LANGUAGE list, read as gettext reads it, stops there instead).  */
  if (is_c_locale (range) || parse_tag (range, &t) != 0)
    return;
  if (strcmp (canonical_language (t.lang), "zh") != 0)
    pick_exact (ch, in, &t, t.lang);
  pick_closest (ch, in, &t);
}

/* --- Lists ------------------------------------------------------------- */

struct range
{
  char tag[MAX_TAG + 1];
  int q;                        /* weight in thousandths, 1..1000 */
};

struct range_list
{
  struct range r[MAX_RANGES];
  int n;
  /* The ranges the request refuses (q=0, RFC 9110 12.4.2), and whether
     it refuses every language it does not name ("*;q=0").  */
  char refused[MAX_RANGES][MAX_TAG + 1];
  int nrefused;
  int refuses_rest;
};

/* Parses an HTTP qvalue in [P, END) into thousandths; -1 if malformed.
   Read leniently where the intent is clear: "0.5", "1.000", and also
   ".5" and "0.1234" (digits past the third are read, not counted, and a
   weight they alone make non-zero counts as 0.001, not as a refusal);
   above 1 or not a number is malformed.  */
static int
parse_qvalue (const char *p, const char *end)
{
  int q = 0, scale = 100, digits = 0, beyond = 0;

  if (p < end && (*p == '0' || *p == '1'))
    q = (*p++ - '0') * 1000, digits++;
  if (p < end && *p == '.')
    for (p++; p < end && sdkerr__is_digit ((unsigned char) *p); p++, digits++)
      {
        if (scale > 0)
          q += (*p - '0') * scale;
        else
          beyond |= *p != '0';
        scale /= 10;
      }
  if (p != end || digits == 0 || q > 1000 || (q == 1000 && beyond))
    return -1;
  return q == 0 && beyond ? 1 : q;
}

/* Keeps the best MAX_RANGES ranges by weight, in order of weight and,
   for equal weights, in the order given: a full list drops its last
   entry for a heavier one.  */
static void
keep_range (struct range_list *list, const char *tag, size_t len, int q)
{
  int i;

  if (list->n == MAX_RANGES)
    {
      if (list->r[MAX_RANGES - 1].q >= q)
        return;
      list->n--;
    }
  for (i = list->n++; i > 0 && list->r[i - 1].q < q; i--)
    list->r[i] = list->r[i - 1];
  memcpy (list->r[i].tag, tag, len);
  list->r[i].tag[len] = '\0';
  list->r[i].q = q;
}

static int
tag_char (int c)
{
  return sdkerr__is_alnum (c) || c == '-' || c == '_' || c == '.' || c == '@'
         || c == '*';
}

/* White space around list items and parameters: HTTP's, and the CR and
   LF that end a header line read as it came.  */
static int
ows (int c)
{
  return sdkerr__is_space (c) || c == '\r' || c == '\n';
}

/* One list item "tag;q=0.5" in [P, END).  A tag longer than MAX_TAG is
   cut after its last whole subtag that fits (RFC 4647 3.4: lookup would
   drop those subtags anyway).  */
static void
parse_item (struct range_list *list, const char *p, const char *end)
{
  const char *tag, *tag_end;
  int q = 1000;

  while (p < end && ows (*p))
    p++;
  tag = p;
  while (p < end && tag_char ((unsigned char) *p))
    p++;
  tag_end = p;
  while (tag_end - tag > MAX_TAG)
    {
      const char *cut = tag + MAX_TAG;
      while (cut > tag && *cut != '-' && *cut != '_')
        cut--;
      tag_end = cut;
    }
  while (p < end && ows (*p))
    p++;
  while (p < end && *p == ';')
    {
      const char *param, *param_end;
      p++;
      while (p < end && ows (*p))
        p++;
      param = p;
      while (p < end && *p != ';' && !ows (*p))
        p++;
      param_end = p;
      while (p < end && ows (*p))
        p++;
      if (param_end - param >= 2 && sdkerr__to_lower ((unsigned char) param[0]) == 'q'
          && param[1] == '=')
        q = parse_qvalue (param + 2, param_end);
    }
  if (p != end || tag == tag_end || q < 0)
    return;
  if (q > 0)
    keep_range (list, tag, (size_t) (tag_end - tag), q);
  else if (tag_end - tag == 1 && *tag == '*')
    list->refuses_rest = 1;
  else if (list->nrefused < MAX_RANGES)
    {
      memcpy (list->refused[list->nrefused], tag, (size_t) (tag_end - tag));
      list->refused[list->nrefused++][tag_end - tag] = '\0';
    }
}

/* Whether the catalog named NAME is one RANGE refuses: RFC 4647 basic
   filtering on its tag ("en" refuses en, en-US and en-GB; "pt-BR" only
   pt-BR; case and '_' for '-' do not matter).  */
static int
refused_by (const char *range, const char *name)
{
  char tag[24];
  size_t i;

  sdkerr__bcp47_tag (name, tag, sizeof tag);
  for (i = 0; range[i] != '\0'; i++)
    if (sdkerr__to_lower ((unsigned char) (range[i] == '_' ? '-' : range[i]))
        != sdkerr__to_lower ((unsigned char) tag[i]))
      return 0;
  return tag[i] == '\0' || tag[i] == '-';
}

/* Drops from CH the catalogs LIST refuses, wherever they came from: the
   request's own ranges, the rules' closer matches and the application's
   default ("*;q=0" refuses the default).  */
static void
drop_refused (struct sdkerr__choice *ch, const struct sdkerr__installed *in,
              const struct range_list *list)
{
  unsigned kept = 0, requested = 0;

  for (unsigned i = 0; i < ch->count; i++)
    {
      const char *name = in->names[ch->pick[i]];
      int refused = list->refuses_rest && i >= ch->requested;
      for (int r = 0; r < list->nrefused && !refused; r++)
        refused = refused_by (list->refused[r], name);
      if (refused)
        continue;
      requested += i < ch->requested;
      ch->pick[kept++] = ch->pick[i];
    }
  ch->count = kept;
  ch->requested = requested;
}

/* Items are separated by ',' (Accept-Language) or ':' (LANGUAGE); the
   whole value is read, once.  */
static void
parse_list (struct range_list *list, const char *langs)
{
  const char *p = langs;
  list->n = list->nrefused = list->refuses_rest = 0;
  for (;;)
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

static void
choose_by_tags (struct sdkerr__choice *ch, const struct sdkerr__installed *in,
                const struct range_list *list)
{
  for (int i = 0; i < list->n; i++)
    pick_range (ch, in, list->r[i].tag);
}


/* What gettext does with a LANGUAGE list or a locale name: each element
   in turn, stopping at C or POSIX.  Where gettext finds nothing, the
   closest rules apply, element by element.  */
static void
choose_by_gettext (struct sdkerr__choice *ch,
                   const struct sdkerr__installed *in, const char *value)
{
  struct picker picker = { ch, in };
  char element[MAX_NAME + 1];
  const char *p = value;
  int stop = for_gettext_search (in, value, pick_each, &picker);

  while (next_element (&p, element) > 0)
    {
      struct tag t;
      const char *name;
      if (is_c_element (element))
        break;
      name = unalias (in, element);
      if (strlen (name) <= MAX_TAG && parse_tag (name, &t) == 0)
        pick_closest (ch, in, &t);
    }
  if (stop)
    ch->source = 1;
}

void
sdkerr__choose (const struct sdkerr__installed *in, const char *request,
                enum sdkerr__style style, const char *fallback,
                int *picks, struct sdkerr__choice *ch)
{
  struct range_list request_list, fallback_list;

  memset (ch, 0, sizeof *ch);
  ch->pick = picks;
  parse_list (&request_list, style == SDKERR__BY_TAGS && request != NULL ? request : "");
  if (request != NULL)
    {
      if (style == SDKERR__BY_GETTEXT)
        choose_by_gettext (ch, in, request);
      else
        choose_by_tags (ch, in, &request_list);
    }
  ch->requested = ch->count;
  if (fallback != NULL && !ch->source)
    {
      parse_list (&fallback_list, fallback);
      choose_by_tags (ch, in, &fallback_list);
    }
  drop_refused (ch, in, &request_list);
  ch->matched = ch->requested > 0 || ch->source;
}

/* --- Names ------------------------------------------------------------- */

void
sdkerr__bcp47_tag (const char *name, char *out, size_t size)
{
  struct parts pt;
  size_t lang = 0, terr = 0;
  char tag[24];
  char *w = tag;

  explode (name != NULL && strlen (name) <= MAX_NAME ? name : "und", &pt);
  lang = strlen (pt.lang);
  terr = strlen (pt.territory);
  /* A well-formed tag: a language of 2 to 8 letters ("und" otherwise), a
     script for gettext's script modifiers, a region of 2 letters or 3
     digits.  */
  if (lang < 2 || lang > 8 || span (pt.lang, sdkerr__is_alpha) != lang)
    w = stpcpy (w, "und");
  else
    for (size_t i = 0; i < lang; i++)
      *w++ = (char) sdkerr__to_lower ((unsigned char) pt.lang[i]);
  if (strcmp (pt.modifier, "latin") == 0)
    w = stpcpy (w, "-Latn");
  else if (strcmp (pt.modifier, "cyrillic") == 0)
    w = stpcpy (w, "-Cyrl");
  if ((pt.mask & PART_TERRITORY)
      && ((terr == 2 && span (pt.territory, sdkerr__is_alpha) == 2)
          || (terr == 3 && is_digits (pt.territory, 3))))
    {
      *w++ = '-';
      for (size_t i = 0; i < terr; i++)
        *w++ = (char) sdkerr__to_upper ((unsigned char) pt.territory[i]);
    }
  *w = '\0';
  if (size > 0)
    snprintf (out, size, "%s", tag);
}
