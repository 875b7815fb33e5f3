/* match.c - which catalogs answer a request: one set of rules for
   every path.

   A pure function of its inputs: the request (a list of language tags, or
   a LANGUAGE/locale value read as gettext reads it), the names of the
   installed catalogs, locale.alias, and the application's default.  It
   touches no file: loading the chosen catalogs is the caller's business,
   afterwards.  The installed names are prepared here (sdkerr__prepare)
   once per listing, by catalog.c as it reads one.  The input is untrusted (an HTTP header): it is scanned in
   one pass, bounded, and it can only select among installed names.  */

#include <config.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "c-locale.h"
#include "chinese-regions.h"
#include "internal.h"

/* --- The installed set, prepared ------------------------------------- */

/* What the rules read of one installed name, worked out once.  */
struct prepared_name
{
  const char *modifier;         /* gettext's modifier: a suffix of the name */
  uint64_t territory;           /* packed; all ones when over 8 bytes */
  int split;                    /* split as gettext splits it (not too long) */
  int bare;                     /* only a language and a territory: "pt_BR", "pt" */
  char tag[24];                 /* its BCP 47 tag, for the refusals */
};

/* The names of one language part (what precedes '_', '.' or '@'), in
   name order: BY_LANG[FIRST .. FIRST + COUNT).  */
struct language_names
{
  uint64_t lang;
  unsigned first, count;
};

struct sdkerr__prepared
{
  struct prepared_name *name;   /* one per name */
  struct language_names *langs; /* sorted by language */
  size_t nlangs;
  unsigned *by_lang;
};

/* The language part of NAME as gettext's split reads it (the whole name
   when it starts with a separator) packed into *KEY: 0, or -1 when it is
   over 8 bytes (no language of a tag is).  */
static int
lang_key (const char *name, uint64_t *key)
{
  size_t n = strcspn (name, "_.@");
  return sdkerr__code8 (name, n > 0 ? n : strlen (name), key);
}

/* The installed name at I split as gettext splits it: prepared by the
   directory's reader, else split into SPLIT; NULL for a name too long.  */
static const struct sdkerr__parts *
installed_parts (const struct sdkerr__installed *in, size_t i,
                 struct sdkerr__parts *split)
{
  if (in->parts != NULL)
    return &in->parts[i];
  if (strlen (in->names[i]) > SDKERR__NAME_MAX)
    return NULL;
  sdkerr__explode (in->names[i], split);
  return split;
}

static int
by_language (const void *a, const void *b)
{
  const struct language_names *x = a, *y = b;
  if (x->lang != y->lang)
    return x->lang < y->lang ? -1 : 1;
  return x->first < y->first ? -1 : x->first > y->first;
}

struct sdkerr__prepared *
sdkerr__prepare (const struct sdkerr__installed *in)
{
  size_t n = in->count, keyed = 0;
  struct sdkerr__prepared *p;

  /* One block: freed with free.  */
  p = malloc (sizeof *p + n * (sizeof *p->name + sizeof *p->langs
                               + sizeof *p->by_lang) + 1);
  if (p == NULL)
    return NULL;
  p->name = (struct prepared_name *) (p + 1);
  p->langs = (struct language_names *) (p->name + n);
  p->by_lang = (unsigned *) (p->langs + n);
  for (size_t i = 0; i < n; i++)
    {
      struct sdkerr__parts split;
      const struct sdkerr__parts *pt = installed_parts (in, i, &split);
      struct prepared_name *e = &p->name[i];
      uint64_t lang;
      e->split = pt != NULL;
      e->modifier = "";
      e->territory = 0;
      e->bare = 0;
      if (pt != NULL)
        {
          size_t len = strlen (in->names[i]);
          size_t lang_len = strcspn (in->names[i], "_.@");
          size_t territory_len = strlen (pt->territory);
          e->bare = len == lang_len + (territory_len > 0 ? 1 + territory_len : 0);
          /* The modifier is what follows the name's first '@'.  */
          e->modifier = in->names[i] + len - strlen (pt->modifier);
          if (sdkerr__code8 (pt->territory, strlen (pt->territory), &e->territory) != 0)
            e->territory = UINT64_MAX;
        }
      sdkerr__bcp47_tag (in->names[i], e->tag, sizeof e->tag);
      if (lang_key (in->names[i], &lang) == 0)
        p->langs[keyed++] = (struct language_names) { lang, (unsigned) i, 1 };
    }
  /* One entry a language, its names in name order.  */
  qsort (p->langs, keyed, sizeof *p->langs, by_language);
  p->nlangs = 0;
  for (size_t k = 0; k < keyed; k++)
    {
      unsigned i = p->langs[k].first;
      if (p->nlangs > 0 && p->langs[p->nlangs - 1].lang == p->langs[k].lang)
        p->langs[p->nlangs - 1].count++;
      else
        p->langs[p->nlangs++] = (struct language_names) { p->langs[k].lang, (unsigned) k, 1 };
      p->by_lang[k] = i;
    }
  return p;
}

/* --- The choice being built ------------------------------------------ */

/* The installed set a choice reads: the listing and its prepared form.  */
struct set
{
  const struct sdkerr__installed *in;
  const struct sdkerr__prepared *p;
};

/* The names of the language whose key is LANG, or NULL.  */
static const struct language_names *
language_names (const struct sdkerr__prepared *p, uint64_t lang)
{
  size_t lo = 0, hi = p->nlangs;
  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      if (p->langs[mid].lang == lang)
        return &p->langs[mid];
      if (p->langs[mid].lang < lang)
        lo = mid + 1;
      else
        hi = mid;
    }
  return NULL;
}

/* The index of NAME among the installed names of L (NULL: all of
   them), or -1.  */
static int
find_among (const struct set *s, const struct language_names *l,
            const char *name)
{
  const unsigned *index = l != NULL ? s->p->by_lang + l->first : NULL;
  size_t lo = 0, hi = l != NULL ? l->count : s->in->count;

  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      int i = index != NULL ? (int) index[mid] : (int) mid;
      int c = strcmp (name, s->in->names[i]);
      if (c == 0)
        return i;
      if (c < 0)
        hi = mid;
      else
        lo = mid + 1;
    }
  return -1;
}

/* The index of the installed NAME, or -1: searched among the names of
   its language only.  */
static int
find_name (const struct set *s, const char *name)
{
  const struct language_names *l = NULL;
  uint64_t lang;
  if (lang_key (name, &lang) == 0 && (l = language_names (s->p, lang)) == NULL)
    return -1;
  return find_among (s, l, name);
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
pick_name (struct sdkerr__choice *ch, const struct set *s,
           const char *name)
{
  int i = find_name (s, name);
  if (i >= 0)
    pick (ch, i);
}

struct picker
{
  struct sdkerr__choice *ch;
  const struct set *s;
};

static void
pick_each (void *arg, const char *name)
{
  struct picker *p = arg;
  pick_name (p->ch, p->s, name);
}

/* Picks the installed catalogs among those gettext tries for PT, in
   gettext's order.  */
static void
pick_gettext_order (struct sdkerr__choice *ch,
                    const struct set *s, const struct sdkerr__parts *pt)
{
  struct picker p = { ch, s };
  sdkerr__for_gettext_order (pt, pick_each, &p);
}

/* The installed names whose language part is LANG, or NULL.  */
static const struct language_names *
names_of (const struct set *s, const char *lang)
{
  uint64_t key;
  return sdkerr__code8 (lang, strlen (lang), &key) == 0 ? language_names (s->p, key)
         : NULL;
}

/* Whether A and B are equal: the short codes and modifiers compared
   here, where a call to strcmp costs more than the comparison (some 5% of
   a value's first sight, mostly in pick_other_region's loop).  */
static inline int
same (const char *a, const char *b)
{
  for (; *a == *b; a++, b++)
    if (*a == '\0')
      return 1;
  return 0;
}

/* The bare name of L ("pt_BR", "pt") whose territory is TERRITORY
   (0: none), or -1: what strcmp would find among L's names, read from
   their prepared form.  */
static int
find_bare (const struct set *s, const struct language_names *l,
           uint64_t territory)
{
  for (unsigned k = 0; k < l->count; k++)
    {
      unsigned i = s->p->by_lang[l->first + k];
      const struct prepared_name *e = &s->p->name[i];
      if (e->bare && e->territory == territory)
        return (int) i;
    }
  return -1;
}

/* RFC 4647 lookup of T under language LANG, whose installed names are L
   (names_of), in gettext's order: pt_BR.UTF-8, pt_BR, pt.  Every name
   tried has the language part LANG: none is installed when no name of
   LANG is.  */
static void
pick_exact (struct sdkerr__choice *ch, const struct set *s,
            const struct sdkerr__tag *t, const char *lang,
            const struct language_names *l)
{
  char name[4 * (SDKERR__TAG_MAX + 1)];
  struct sdkerr__parts pt;
  uint64_t region;
  int i;
  if (l == NULL)
    return;
  /* No codeset, modifier nor script that names one (every range of an
     Accept-Language value but sr-Latn): gettext tries pt_BR then pt,
     found here among the prepared names without naming them.  */
  if (t->codeset[0] == '\0' && t->modifier[0] == '\0'
      && !same (t->script, "latn") && !same (t->script, "cyrl")
      && sdkerr__code8 (t->region, strlen (t->region), &region) == 0)
    {
      if (region != 0 && (i = find_bare (s, l, region)) >= 0)
        pick (ch, i);
      if ((i = find_bare (s, l, 0)) >= 0)
        pick (ch, i);
      return;
    }
  sdkerr__posix_name (name, t, lang);
  sdkerr__explode (name, &pt);
  pick_gettext_order (ch, s, &pt);
}

/* Whether gettext's MODIFIER names a script (sr@latin, zh@Hant: a
   capital first letter), which a catalog must share, rather than a
   variant that exact lookup drops too (de_DE@euro reads de).  */
static int
is_script_modifier (const char *modifier)
{
  return modifier[0] != '\0'
         && (same (modifier, "latin") || same (modifier, "cyrillic")
             || same (modifier, "devanagari")
             || (modifier[0] >= 'A' && modifier[0] <= 'Z'));
}

/* The same language in another region: pt-PT, pt-AO -> pt_BR.  Only
   catalogs of the same script modifier qualify (a catalog without one
   for a request whose modifier is no script: pt_PT@euro -> pt_BR); the
   language's likely region (of its ROW, if known) first, then the others
   in name order.  */
static void
pick_other_region (struct sdkerr__choice *ch,
                   const struct set *s, const struct sdkerr__tag *t,
                   const struct language_names *l, const struct sdkerr__language *row)
{
  const char *likely = row != NULL ? row->region : "";
  const char *modifier = is_script_modifier (t->modifier) ? t->modifier : "";
  uint64_t likely_key;

  if (l == NULL || sdkerr__code8 (likely, strlen (likely), &likely_key) != 0)
    return;
  for (int pass = 0; pass < 2; pass++)
    for (unsigned k = 0; k < l->count; k++)
      {
        unsigned i = s->p->by_lang[l->first + k];
        const struct prepared_name *e = &s->p->name[i];
        if (e->split && same (e->modifier, modifier)
            && (pass == 1 || e->territory == likely_key))
          pick (ch, (int) i);
      }
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
pick_chinese (struct sdkerr__choice *ch, const struct set *s,
              const struct sdkerr__tag *t, int cantonese)
{
  struct picker picker = { ch, s };
  /* The nearest regions of T's region when it writes Traditional.  */
  const char *own = sdkerr__traditional_regions (t->region);
  const char *nearest = NULL;

  /* Traditional: the region's own list; Cantonese of any other region
     reads Hong Kong's (CLDR's likely subtags: yue -> yue-Hant-HK), any
     other Traditional request Taiwan's.  */
  if (strcmp (t->script, "hans") != 0
      && (strcmp (t->script, "hant") == 0 || cantonese || own != NULL))
    nearest = own != NULL ? own : sdkerr__traditional_regions (cantonese ? "HK" : "TW");
  if (nearest == NULL)
    {
      /* Simplified: a catalog for the region, unless the region writes
         Traditional (zh-Hans-HK), then the source.  */
      struct sdkerr__tag simplified = *t;
      if (own != NULL)
        simplified.region[0] = '\0';
      pick_exact (ch, s, &simplified, "zh", names_of (s, "zh"));
      ch->source = 1;
      return;
    }
  /* T in each of the nearest regions, without its script.  */
  struct sdkerr__tag region = *t;
  region.script[0] = '\0';
  while (sdkerr__next_region (&nearest, region.region))
    {
      char name[4 * (SDKERR__TAG_MAX + 1)];
      struct sdkerr__parts pt;
      sdkerr__posix_name (name, &region, "zh");
      sdkerr__explode (name, &pt);
      sdkerr__for_gettext_order (&pt, pick_zh_region_each, &picker);
    }
}

/* The closest catalogs for one range once exact lookup has been tried:
   aliases and three-letter codes, the likely language of an und- tag,
   Chinese by script, the same language in another region.  LANG is the
   language T stands for (ROW's, else T's own), L its installed names.  */
static void
pick_closest_of (struct sdkerr__choice *ch, const struct set *s,
                 const struct sdkerr__tag *t, const struct sdkerr__language *row,
                 const char *lang, const struct language_names *l)
{
  if (same (lang, "zh"))
    {
      pick_chinese (ch, s, t, same (t->lang, "yue"));
      return;
    }
  if (!same (lang, t->lang))
    pick_exact (ch, s, t, lang, l);
  pick_other_region (ch, s, t, l, row);
}

/* The closest catalogs for T, of the language it stands for.  */
static void
pick_closest (struct sdkerr__choice *ch, const struct set *s,
              const struct sdkerr__tag *t)
{
  const struct sdkerr__language *row = sdkerr__language_row (t);
  const char *lang = row != NULL ? row->code : t->lang;
  pick_closest_of (ch, s, t, row, lang, names_of (s, lang));
}

/* One language, whose row (sdkerr__language_row) is ROW: exact lookup,
   then the closest.  The installed names of the language are looked up
   once for both.  */
static void
pick_tag (struct sdkerr__choice *ch, const struct set *s,
          const struct sdkerr__tag *t, const struct sdkerr__language *row)
{
  const char *lang = row != NULL ? row->code : t->lang;
  const struct language_names *l = names_of (s, lang);
  if (!same (lang, "zh"))
    pick_exact (ch, s, t, t->lang, same (lang, t->lang) ? l : names_of (s, t->lang));
  pick_closest_of (ch, s, t, row, lang, l);
}

/* RANGE of a tag list read into *T: 0, or -1 when it names no language.
   In a tag list, C and POSIX name none: the next item is read (a
   LANGUAGE list, read as gettext reads it, stops there instead).  */
static int
range_tag (const char *range, struct sdkerr__tag *t)
{
  return sdkerr__names_no_language (range) ? -1 : sdkerr__parse_tag (range, t);
}

/* The catalog that the readers of the language of ROW read when it has
   none of its own (CLDR's one-way fallbacks: gl -> es, lb -> de, ur ->
   en).  T, the tag ROW is the row of, does not matter: the fallback is
   the language's.  */
static void
pick_fallback (struct sdkerr__choice *ch, const struct set *s,
               const struct sdkerr__tag *t, const struct sdkerr__language *row)
{
  struct sdkerr__tag to;

  (void) t;
  if (row == NULL || row->fallback[0] == '\0')
    return;
  memset (&to, 0, sizeof to);
  memcpy (to.lang, row->fallback, sizeof row->fallback);
  pick_tag (ch, s, &to, sdkerr__language_row (&to));
}

/* Whether the catalog tagged TAG is one RANGE refuses: RFC 4647 basic
   filtering on its tag ("en" refuses en, en-US and en-GB; "pt-BR" only
   pt-BR; case and '_' for '-' do not matter).  */
static int
refused_by (const char *range, const char *tag)
{
  size_t i;

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
drop_refused (struct sdkerr__choice *ch, const struct set *s,
              const struct sdkerr__range_list *list)
{
  unsigned kept = 0, requested = 0;

  for (unsigned i = 0; i < ch->count; i++)
    {
      const char *tag = s->p->name[ch->pick[i]].tag;
      int refused = list->refuses_rest && i >= ch->requested;
      for (int r = 0; r < list->nrefused && !refused; r++)
        refused = refused_by (list->refused[r], tag);
      if (refused)
        continue;
      requested += i < ch->requested;
      ch->pick[kept++] = ch->pick[i];
    }
  ch->count = kept;
  ch->requested = requested;
}

/* The ranges of a list that name a language, read once: the rules read
   each twice (its own catalogs, then its fallback).  */
struct tags
{
  struct sdkerr__tag t[SDKERR__RANGES_MAX];
  const struct sdkerr__language *row[SDKERR__RANGES_MAX];       /* of each */
  int n;
};

/* Range I of LIST read into *T: 0, or -1 when it names no language.  */
static int
list_tag (const struct sdkerr__range_list *list, int i, struct sdkerr__tag *t)
{
  char range[SDKERR__TAG_MAX + 1];
  memcpy (range, list->r[i].tag, list->r[i].len);
  range[list->r[i].len] = '\0';
  return range_tag (range, t);
}

static void
read_tags (const struct sdkerr__range_list *list, struct tags *tags)
{
  tags->n = 0;
  for (int i = 0; i < list->n; i++)
    {
      if (list_tag (list, i, &tags->t[tags->n]) == 0)
        {
          tags->row[tags->n] = sdkerr__language_row (&tags->t[tags->n]);
          tags->n++;
        }
    }
}

/* One rule (pick_tag, pick_fallback) a range.  */
typedef void pick_rule (struct sdkerr__choice *, const struct set *,
                        const struct sdkerr__tag *, const struct sdkerr__language *);

/* RULE for each range of TAGS, in their order.  */
static void
choose_each (struct sdkerr__choice *ch, const struct set *s,
             const struct tags *tags, pick_rule *rule)
{
  for (int i = 0; i < tags->n; i++)
    rule (ch, s, &tags->t[i], tags->row[i]);
}


/* ELEMENT of a LANGUAGE list read into *T, through locale.alias: 0, or
   -1 when it is no tag.  */
static int
element_tag (const struct set *s, const char *element,
             struct sdkerr__tag *t)
{
  const char *name = sdkerr__unalias (s->in, element);
  return strlen (name) <= SDKERR__TAG_MAX ? sdkerr__parse_tag (name, t) : -1;
}

/* What gettext does with a LANGUAGE list or a locale name: each element
   in turn, stopping at C or POSIX.  Where gettext finds nothing, the
   closest rules apply, element by element.  */
static void
choose_by_gettext (struct sdkerr__choice *ch,
                   const struct set *s, const char *value)
{
  struct picker picker = { ch, s };
  char element[SDKERR__NAME_MAX + 1];
  const char *p = value;
  int stop = sdkerr__for_gettext_search (s->in, value, pick_each, &picker);

  while (sdkerr__next_element (&p, element) > 0)
    {
      struct sdkerr__tag t;
      if (sdkerr__is_gettext_c (element))
        break;
      if (element_tag (s, element, &t) == 0)
        pick_closest (ch, s, &t);
    }
  if (stop)
    {
      ch->source = 1;
      return;
    }
  /* No C element: the fallbacks, after every element.  */
  for (p = value; sdkerr__next_element (&p, element) > 0;)
    {
      struct sdkerr__tag t;
      if (element_tag (s, element, &t) == 0)
        pick_fallback (ch, s, &t, sdkerr__language_row (&t));
    }
}

/* The application's default, FALLBACK, after what the request chose:
   each of its languages as a request's (pick_tag), read one at a time
   (they are read once), out of line: its frame is on the stack only
   while a thread chooses what the default picks, rarely.  */
static __attribute__ ((noinline)) void
pick_default (struct sdkerr__choice *ch, const struct set *s, const char *fallback)
{
  struct sdkerr__range_list list;
  sdkerr__parse_list (&list, fallback);
  for (int i = 0; i < list.n; i++)
    {
      struct sdkerr__tag t;
      if (list_tag (&list, i, &t) == 0)
        pick_tag (ch, s, &t, sdkerr__language_row (&t));
    }
}

/* pick_default, through MEMO (NULL: none) when it holds what FALLBACK
   picks among S, else chosen into it first.  What a default picks does
   not depend on the request: picked again after the request's, in its
   order, each once (pick), and the source chosen after them as the
   default chose it, CH is what pick_default would make it.  */
static void
choose_default (struct sdkerr__choice *ch, const struct set *s,
                const char *fallback, struct sdkerr__default_picks *memo)
{
  if (memo == NULL || strlen (fallback) >= sizeof memo->fallback)
    {
      pick_default (ch, s, fallback);
      return;
    }
  if (memo->p != s->p || strcmp (memo->fallback, fallback) != 0)
    {
      struct sdkerr__choice alone;
      memset (&alone, 0, sizeof alone);
      alone.pick = memo->pick;
      pick_default (&alone, s, fallback);
      memo->count = alone.count;
      memo->source = alone.source;
      strcpy (memo->fallback, fallback);
      memo->p = s->p;
    }
  for (unsigned i = 0; i < memo->count; i++)
    pick (ch, memo->pick[i]);
  if (memo->source)
    ch->source = 1;
}

static void
choose (const struct set *s, const char *request, enum sdkerr__style style,
        const char *fallback, int *picks, struct sdkerr__default_picks *memo,
        struct sdkerr__choice *ch)
{
  struct sdkerr__range_list request_list;
  struct tags tags;

  memset (ch, 0, sizeof *ch);
  ch->pick = picks;
  sdkerr__parse_list (&request_list,
                      style == SDKERR__BY_TAGS && request != NULL ? request : "");
  if (request != NULL)
    {
      if (style == SDKERR__BY_GETTEXT)
        choose_by_gettext (ch, s, request);
      else
        {
          read_tags (&request_list, &tags);
          choose_each (ch, s, &tags, pick_tag);
          /* The fallbacks, after every language the request names.  */
          choose_each (ch, s, &tags, pick_fallback);
        }
    }
  ch->requested = ch->count;
  if (fallback != NULL && !ch->source)
    choose_default (ch, s, fallback, memo);
  drop_refused (ch, s, &request_list);
  ch->matched = ch->requested > 0 || ch->source;
}

void
sdkerr__choose_prepared (const struct sdkerr__installed *in,
                         const struct sdkerr__prepared *p, const char *request,
                         enum sdkerr__style style, const char *fallback,
                         int *picks, struct sdkerr__default_picks *memo,
                         struct sdkerr__choice *ch)
{
  const struct sdkerr__installed none = { NULL, 0, in->aliases, in->alias_count, NULL, NULL };
  struct sdkerr__prepared empty;
  struct set s = { in, p };

  /* Out of memory: as if nothing were installed.  */
  if (p == NULL)
    {
      memset (&empty, 0, sizeof empty);
      s.in = &none;
      s.p = &empty;
      /* Kept by the prepared set's address: this one lives on the stack.  */
      memo = NULL;
    }
  choose (&s, request, style, fallback, picks, memo, ch);
}

void
sdkerr__choose (const struct sdkerr__installed *in, const char *request,
                enum sdkerr__style style, const char *fallback,
                int *picks, struct sdkerr__choice *ch)
{
  struct sdkerr__prepared *p = sdkerr__prepare (in);
  sdkerr__choose_prepared (in, p, request, style, fallback, picks, NULL, ch);
  free (p);
}
