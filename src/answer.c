/* answer.c - what a request resolves to: each message from the first
   catalog of the chosen chain that translates it, merged once, so that the
   chain can be as long as gettext's and a lookup is one array read.  The
   resolver in match.c chooses the catalogs from the listing catalog.c
   read and prepared, catalog.c loads them.  */

#include <config.h>

#include <stdio.h>
#include <string.h>

#include "internal.h"

const char sdkerr__source_name[] = "zh_CN";
const char sdkerr__source_tag[] = "zh-CN";

/* --- Answers ----------------------------------------------------------- */

/* Starts an answer with nothing chosen, in CODESET (NULL: UTF-8).  */
static void
answer_clear (struct sdkerr__answer *a, const char *codeset)
{
  memset (a, 0, sizeof *a);
  a->name = sdkerr__source_name;
  if (codeset != NULL)
    snprintf (a->codeset, sizeof a->codeset, "%s", codeset);
}

/* CAT's strings in CODESET ("" or NULL: UTF-8); NULL if they cannot be
   converted.  */
static const char *const *
strings_for (const char *codeset, const sdkerr__catalog_t *cat)
{
  return codeset != NULL && codeset[0] != '\0' ? sdkerr__catalog_in (cat, codeset) : cat->strings;
}

/* Adds CAT at the end of A's chain: it gives what the catalogs before it
   lack.  */
static void
answer_chain (struct sdkerr__answer *a, const sdkerr__catalog_t *cat)
{
  const char *const *strings = strings_for (a->codeset, cat);
  /* The first catalog names the answer; one that is the source itself
     (zh, zh_SG hold it) is named as the source, whatever its file.  */
  if (a->tag == NULL)
    {
      a->name = cat->identity ? sdkerr__source_name : cat->name;
      a->tag = cat->identity ? sdkerr__source_tag : cat->tag;
    }
  for (int k = 0; k < SDKERR__NSTRINGS; k++)
    if (a->strings[k] == NULL && strings != NULL && strings[k] != NULL)
      {
        a->strings[k] = strings[k];
        a->tags[k] = cat->identity ? NULL : cat->tag;
      }
}

/* Adds CAT at the end of C; whether C now gives every message (the
   catalogs after it would give nothing).  Most catalogs are complete in
   UTF-8, which the catalog knows; the others are read string by
   string.  */
static int
chain_add (struct sdkerr__chain *c, const sdkerr__catalog_t *cat)
{
  const char *const *strings;
  uint64_t missing = 0;
  c->cat[c->count++] = cat;
  if (c->codeset == NULL && cat->complete)
    return 1;
  strings = strings_for (c->codeset, cat);
  for (int k = 0; k < SDKERR__NSTRINGS; k++)
    if (strings != NULL && strings[k] != NULL)
      c->have[k / 64] |= (uint64_t) 1 << (k % 64);
  for (int k = 0; k < SDKERR__NSTRINGS; k++)
    missing |= ~c->have[k / 64] & (uint64_t) 1 << (k % 64);
  return missing == 0;
}

/* Starts C with nothing chosen, in CODESET (NULL: UTF-8).  */
static void
chain_clear (struct sdkerr__chain *c, const char *codeset)
{
  c->count = 0;
  c->requested = c->source = 0;
  c->codeset = codeset != NULL && codeset[0] != '\0' ? codeset : NULL;
  memset (c->have, 0, sizeof c->have);
}

void
sdkerr__chain_answer (const struct sdkerr__chain *c, struct sdkerr__answer *a)
{
  answer_clear (a, c->codeset);
  for (unsigned i = 0; i < c->count; i++)
    answer_chain (a, c->cat[i]);
  if (!c->requested)
    a->tag = c->source ? sdkerr__source_tag : NULL;
}

/* What no catalog of A's chain gives is the source's, in A's codeset too:
   one process, one encoding.  */
void
sdkerr__answer_source (struct sdkerr__answer *a)
{
  const char *const *strings;
  if (a->codeset[0] == '\0'
      || (strings = strings_for (a->codeset, sdkerr__source_catalog ())) == NULL)
    return;
  for (int k = 0; k < SDKERR__NSTRINGS; k++)
    if (a->strings[k] == NULL)
      a->strings[k] = strings[k];
}

void
sdkerr__choose_chain (const char *dir_path, const char *request, enum sdkerr__style style,
                      const char *codeset, struct sdkerr__chain *c)
{
  const sdkerr__dir_t *dir = sdkerr__dir_open (dir_path);
  struct sdkerr__installed in = { NULL, 0, NULL, 0, NULL, NULL };
  const struct sdkerr__installed *listed = NULL;
  char fallback[SDKERR__DEFAULT_MAX];
  struct sdkerr__choice ch;

  sdkerr__default_language (fallback);
  chain_clear (c, codeset);
  /* Nothing asked, no default: the source, without reading anything.  */
  if (request == NULL && fallback[0] == '\0')
    return;
  if (dir != NULL)
    in = *(listed = sdkerr__dir_installed (dir));
  /* gettext expands locale.alias; tags are never such aliases.  The
     listing's prepared form stays right: it is of the names only.  */
  if (style == SDKERR__BY_GETTEXT && request != NULL)
    in.aliases = sdkerr__locale_aliases (&in.alias_count);
  sdkerr__choose_prepared (&in, in.prepared, request, style,
                           fallback[0] != '\0' ? fallback : NULL, c->picks, c->memo, &ch);
  c->source = ch.source;
  for (unsigned i = 0; i < ch.count; i++)
    {
      const sdkerr__catalog_t *cat = sdkerr__dir_catalog (dir, listed, ch.pick[i]);
      if (cat == NULL)
        continue;
      /* The request's picks come first.  */
      if (c->count == 0)
        c->requested = i < ch.requested;
      /* Complete: the catalogs after it would give nothing.  */
      if (chain_add (c, cat))
        break;
    }
}

void
sdkerr__resolve (const char *dir_path, const char *request, enum sdkerr__style style,
                 const char *codeset, struct sdkerr__answer *a)
{
  const sdkerr__catalog_t *cats[SDKERR__INSTALLED_MAX];
  int picks[SDKERR__INSTALLED_MAX];
  struct sdkerr__chain c = { .cat = cats, .picks = picks, .memo = NULL };
  sdkerr__choose_chain (dir_path, request, style, codeset, &c);
  sdkerr__chain_answer (&c, a);
}

/* gettext's own search for REQUEST, opening the names it tries as gettext
   does, without reading the directory: enough when it reaches catalogs
   that translate every message (the common case), since gettext's answer
   is then that chain for every message.  */
int
sdkerr__chain_as_gettext (const char *dir_path, const char *request,
                          const char *codeset, struct sdkerr__chain *c)
{
  char names[32][SDKERR__NAME_MAX + 1];
  const struct sdkerr__alias *aliases;
  const sdkerr__dir_t *dir;
  size_t alias_count, n;
  int stopped;

  if (request == NULL || (dir = sdkerr__dir_open (dir_path)) == NULL)
    return 0;
  aliases = sdkerr__locale_aliases (&alias_count);
  n = sdkerr__gettext_names (request, aliases, alias_count, names,
                             sizeof names / sizeof names[0], &stopped);
  if (n == (size_t) -1)
    return 0;
  chain_clear (c, codeset);
  c->requested = 1;
  for (size_t i = 0; i < n; i++)
    {
      const sdkerr__catalog_t *cat;
      if (sdkerr__dir_catalog_named (dir, names[i], &cat) != 0)
        return 0;
      if (cat != NULL && chain_add (c, cat))
        return 1;
    }
  return 0;
}
