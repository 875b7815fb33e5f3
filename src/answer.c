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

/* CAT's strings in A's codeset; NULL if they cannot be converted.  */
static const char *const *
strings_for (const struct sdkerr__answer *a, const sdkerr__catalog_t *cat)
{
  return a->codeset[0] != '\0' ? sdkerr__catalog_in (cat, a->codeset) : cat->strings;
}

/* Adds CAT at the end of A's chain: it gives what the catalogs before it
   lack.  Whether A now has every message.  */
static int
answer_chain (struct sdkerr__answer *a, const sdkerr__catalog_t *cat)
{
  const char *const *strings = strings_for (a, cat);
  int complete = 1;
  /* The first catalog names the answer; one that is the source itself
     (zh, zh_SG hold it) is named as the source, whatever its file.  */
  if (a->tag == NULL)
    {
      a->name = cat->identity ? sdkerr__source_name : cat->name;
      a->tag = cat->identity ? sdkerr__source_tag : cat->tag;
    }
  for (int k = 0; k < SDKERR__NSTRINGS; k++)
    {
      if (a->strings[k] == NULL && strings != NULL && strings[k] != NULL)
        {
          a->strings[k] = strings[k];
          a->tags[k] = cat->identity ? NULL : cat->tag;
        }
      complete &= a->strings[k] != NULL;
    }
  return complete;
}

/* What no catalog of A's chain gives is the source's, in A's codeset too:
   one process, one encoding.  */
void
sdkerr__answer_source (struct sdkerr__answer *a)
{
  const char *const *strings;
  if (a->codeset[0] == '\0'
      || (strings = strings_for (a, sdkerr__source_catalog ())) == NULL)
    return;
  for (int k = 0; k < SDKERR__NSTRINGS; k++)
    if (a->strings[k] == NULL)
      a->strings[k] = strings[k];
}

/* Resolves REQUEST (STYLE) against the catalogs of DIR_PATH, the default
   language following, into *A, in CODESET (NULL: UTF-8).  */
void
sdkerr__resolve (const char *dir_path, const char *request, enum sdkerr__style style,
         const char *codeset, struct sdkerr__answer *a)
{
  const sdkerr__dir_t *dir = sdkerr__dir_open (dir_path);
  struct sdkerr__installed in = { NULL, 0, NULL, 0, NULL, NULL };
  const struct sdkerr__installed *listed = NULL;
  char fallback[SDKERR__DEFAULT_MAX];
  struct sdkerr__choice ch;
  int requested = 0, picks[SDKERR__INSTALLED_MAX];

  sdkerr__default_language (fallback);
  answer_clear (a, codeset);
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
                           fallback[0] != '\0' ? fallback : NULL, picks, &ch);
  for (unsigned i = 0; i < ch.count; i++)
    {
      const sdkerr__catalog_t *cat = sdkerr__dir_catalog (dir, listed, ch.pick[i]);
      if (cat == NULL)
        continue;
      requested |= i < ch.requested;
      /* Complete: the catalogs after it would give nothing.  */
      if (answer_chain (a, cat))
        break;
    }
  if (!requested)
    a->tag = ch.source ? sdkerr__source_tag : NULL;
}

/* gettext's own search for REQUEST, opening the names it tries as gettext
   does, without reading the directory: enough when it reaches a catalog
   that translates every message (the common case), since gettext's answer
   is then that chain for every message.  Whether *A is that answer (in
   CODESET, NULL: UTF-8).  */
int
sdkerr__answer_as_gettext (const char *dir_path, const char *request,
                   const char *codeset, struct sdkerr__answer *a)
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
  answer_clear (a, codeset);
  for (size_t i = 0; i < n; i++)
    {
      const sdkerr__catalog_t *cat;
      if (sdkerr__dir_catalog_named (dir, names[i], &cat) != 0)
        return 0;
      if (cat != NULL && answer_chain (a, cat))
        return 1;
    }
  return 0;
}
