/* match.c - which catalogs answer a request: one set of rules for
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
#include "c-locale.h"
#include "internal.h"

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
                    const struct sdkerr__installed *in, const struct sdkerr__parts *pt)
{
  struct picker p = { ch, in };
  sdkerr__for_gettext_order (pt, pick_each, &p);
}

/* RFC 4647 lookup of T under language LANG, in gettext's order:
   pt_BR.UTF-8, pt_BR, pt.  */
static void
pick_exact (struct sdkerr__choice *ch, const struct sdkerr__installed *in,
            const struct sdkerr__tag *t, const char *lang)
{
  char name[4 * (SDKERR__TAG_MAX + 1)];
  struct sdkerr__parts pt;
  sdkerr__posix_name (name, t, lang);
  sdkerr__explode (name, &pt);
  pick_gettext_order (ch, in, &pt);
}

/* The region whose catalog a language's speakers elsewhere read first,
   when a language has several regional catalogs and none for the
   request.  */
static const char *
likely_region (const char *lang)
{
  const struct sdkerr__language *row = sdkerr__language (lang);
  return row != NULL ? row->region : "";
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

/* The same language in another region: pt-PT, pt-AO -> pt_BR.  Only
   catalogs of the same variant (modifier) qualify; the language's likely
   region first, then the others in name order.  */
static void
pick_other_region (struct sdkerr__choice *ch,
                   const struct sdkerr__installed *in, const struct sdkerr__tag *t,
                   const char *lang)
{
  const char *likely = likely_region (lang);
  for (int pass = 0; pass < 2; pass++)
    for (size_t i = 0; i < in->count; i++)
      {
        struct sdkerr__parts split;
        const struct sdkerr__parts *pt = installed_parts (in, i, &split);
        if (pt != NULL && strcmp (pt->lang, lang) == 0
            && strcmp (pt->modifier, t->modifier) == 0
            && (pass == 1 || strcmp (pt->territory, likely) == 0))
          pick (ch, (int) i);
      }
}

/* Whether REGION writes Chinese in Traditional characters.  */
static int
traditional_region (const char *region)
{
  return sdkerr__traditional_regions (region) != NULL;
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
              const struct sdkerr__tag *t, int cantonese)
{
  struct picker picker = { ch, in };
  const char *r = t->region;
  const char *nearest = NULL;

  /* Traditional: the region's own list; Cantonese alone reads Hong
     Kong's, any other Traditional request Taiwan's.  */
  if (strcmp (t->script, "hans") != 0
      && (strcmp (t->script, "hant") == 0 || cantonese || traditional_region (r)))
    nearest = sdkerr__traditional_regions (traditional_region (r) ? r
                                           : cantonese && r[0] == '\0' ? "HK"
                                           : "TW");
  if (nearest == NULL)
    {
      /* Simplified: a catalog for the region, unless the region writes
         Traditional (zh-Hans-HK), then the source.  */
      struct sdkerr__tag simplified = *t;
      if (traditional_region (r))
        simplified.region[0] = '\0';
      pick_exact (ch, in, &simplified, "zh");
      ch->source = 1;
      return;
    }
  for (const char *p = nearest; *p != '\0'; p += p[2] == ' ' ? 3 : 2)
    {
      struct sdkerr__tag region = *t;
      char name[4 * (SDKERR__TAG_MAX + 1)];
      struct sdkerr__parts pt;
      memcpy (region.region, p, 2);
      region.region[2] = '\0';
      region.script[0] = '\0';
      sdkerr__posix_name (name, &region, "zh");
      sdkerr__explode (name, &pt);
      sdkerr__for_gettext_order (&pt, pick_zh_region_each, &picker);
    }
}

/* The closest catalogs for one range once exact lookup has been tried:
   aliases and three-letter codes, the likely language of an und- tag,
   Chinese by script, the same language in another region.  */
static void
pick_closest (struct sdkerr__choice *ch, const struct sdkerr__installed *in,
              const struct sdkerr__tag *t)
{
  const char *lang = sdkerr__language_of (t);
  if (strcmp (lang, "zh") == 0)
    {
      pick_chinese (ch, in, t, strcmp (t->lang, "yue") == 0);
      return;
    }
  if (strcmp (lang, t->lang) != 0)
    pick_exact (ch, in, t, lang);
  pick_other_region (ch, in, t, lang);
}

/* One language: exact lookup, then the closest.  */
static void
pick_tag (struct sdkerr__choice *ch, const struct sdkerr__installed *in,
          const struct sdkerr__tag *t)
{
  if (strcmp (sdkerr__language_of (t), "zh") != 0)
    pick_exact (ch, in, t, t->lang);
  pick_closest (ch, in, t);
}

/* RANGE of a tag list read into *T: 0, or -1 when it names no language.
   In a tag list, C and POSIX name none: the next item is read (a
   LANGUAGE list, read as gettext reads it, stops there instead).  */
static int
range_tag (const char *range, struct sdkerr__tag *t)
{
  return sdkerr__names_no_language (range) ? -1 : sdkerr__parse_tag (range, t);
}

/* The catalog that the readers of T's language read when it has none of
   its own (CLDR's one-way fallbacks: gl -> es, lb -> de, ur -> en).  */
static void
pick_fallback (struct sdkerr__choice *ch, const struct sdkerr__installed *in,
               const struct sdkerr__tag *t)
{
  const struct sdkerr__language *row = sdkerr__language (sdkerr__language_of (t));
  struct sdkerr__tag to;

  if (row == NULL || row->fallback[0] == '\0')
    return;
  memset (&to, 0, sizeof to);
  memcpy (to.lang, row->fallback, sizeof row->fallback);
  pick_tag (ch, in, &to);
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
              const struct sdkerr__range_list *list)
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


static void
choose_by_tags (struct sdkerr__choice *ch, const struct sdkerr__installed *in,
                const struct sdkerr__range_list *list)
{
  struct sdkerr__tag t;
  for (int i = 0; i < list->n; i++)
    if (range_tag (list->r[i].tag, &t) == 0)
      pick_tag (ch, in, &t);
}

/* The fallbacks of LIST's languages, after every language it names.  */
static void
choose_fallbacks (struct sdkerr__choice *ch, const struct sdkerr__installed *in,
                  const struct sdkerr__range_list *list)
{
  struct sdkerr__tag t;
  for (int i = 0; i < list->n; i++)
    if (range_tag (list->r[i].tag, &t) == 0)
      pick_fallback (ch, in, &t);
}


/* ELEMENT of a LANGUAGE list read into *T, through locale.alias: 0, or
   -1 when it is no tag.  */
static int
element_tag (const struct sdkerr__installed *in, const char *element,
             struct sdkerr__tag *t)
{
  const char *name = sdkerr__unalias (in, element);
  return strlen (name) <= SDKERR__TAG_MAX ? sdkerr__parse_tag (name, t) : -1;
}

/* What gettext does with a LANGUAGE list or a locale name: each element
   in turn, stopping at C or POSIX.  Where gettext finds nothing, the
   closest rules apply, element by element.  */
static void
choose_by_gettext (struct sdkerr__choice *ch,
                   const struct sdkerr__installed *in, const char *value)
{
  struct picker picker = { ch, in };
  char element[SDKERR__NAME_MAX + 1];
  const char *p = value;
  int stop = sdkerr__for_gettext_search (in, value, pick_each, &picker);

  while (sdkerr__next_element (&p, element) > 0)
    {
      struct sdkerr__tag t;
      if (sdkerr__is_gettext_c (element))
        break;
      if (element_tag (in, element, &t) == 0)
        pick_closest (ch, in, &t);
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
      if (element_tag (in, element, &t) == 0)
        pick_fallback (ch, in, &t);
    }
}

void
sdkerr__choose (const struct sdkerr__installed *in, const char *request,
                enum sdkerr__style style, const char *fallback,
                int *picks, struct sdkerr__choice *ch)
{
  struct sdkerr__range_list request_list, fallback_list;

  memset (ch, 0, sizeof *ch);
  ch->pick = picks;
  sdkerr__parse_list (&request_list,
                      style == SDKERR__BY_TAGS && request != NULL ? request : "");
  if (request != NULL)
    {
      if (style == SDKERR__BY_GETTEXT)
        choose_by_gettext (ch, in, request);
      else
        {
          choose_by_tags (ch, in, &request_list);
          choose_fallbacks (ch, in, &request_list);
        }
    }
  ch->requested = ch->count;
  if (fallback != NULL && !ch->source)
    {
      sdkerr__parse_list (&fallback_list, fallback);
      choose_by_tags (ch, in, &fallback_list);
    }
  drop_refused (ch, in, &request_list);
  ch->matched = ch->requested > 0 || ch->source;
}
