/* gettext-order.c - the catalog names gettext tries for a LANGUAGE list
   or a locale name, in its order: the elements of the list, locale.alias,
   the name split into its parts (intl/explodename.c) and every subset of
   them (intl/l10nflist.c).  Pure: no I/O, no global state.  */

#include <config.h>

#include <stdio.h>
#include <string.h>

#include "ascii.h"
#include "c-locale.h"
#include "internal.h"

/* The directory name gettext forms for the parts in MASK.  */
static void
join (char *out, const struct sdkerr__parts *pt, int mask)
{
  char *w = stpcpy (out, pt->lang);
  if (mask & SDKERR__PART_TERRITORY)
    w = stpcpy (stpcpy (w, "_"), pt->territory);
  if (mask & SDKERR__PART_CODESET)
    w = stpcpy (stpcpy (w, "."), pt->codeset);
  if (mask & SDKERR__PART_NORM_CODESET)
    w = stpcpy (stpcpy (w, "."), pt->norm_codeset);
  if (mask & SDKERR__PART_MODIFIER)
    w = stpcpy (stpcpy (w, "@"), pt->modifier);
}

/* Calls EACH with every directory name gettext tries for PT, in its
   order (intl/l10nflist.c): the full name, then every subset of its parts,
   most specific first, never both codesets at once.  */
void
sdkerr__for_gettext_order (const struct sdkerr__parts *pt,
                           void (*each) (void *, const char *), void *arg)
{
  char name[4 * (SDKERR__NAME_MAX + 4)];
  for (int m = pt->mask; m >= 0; m--)
    if ((m & ~pt->mask) == 0
        && !((m & SDKERR__PART_CODESET) && (m & SDKERR__PART_NORM_CODESET)))
      {
        join (name, pt, m);
        each (arg, name);
      }
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
const char *
sdkerr__unalias (const struct sdkerr__installed *in, const char *element)
{
  const char *alias = expand_alias (in, element);
  return alias != NULL && strlen (alias) <= SDKERR__NAME_MAX ? alias : element;
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
size_t
sdkerr__next_element (const char **p, char *buf)
{
  const char *s = *p, *e;
  size_t n;
  while (*s == ':')
    s++;
  e = strchr (s, ':');
  n = e != NULL ? (size_t) (e - s) : strlen (s);
  *p = s + n;
  if (n <= SDKERR__NAME_MAX)
    {
      memcpy (buf, s, n);
      buf[n] = '\0';
    }
  else
    buf[0] = '\0';
  return n;
}

/* Calls EACH with every name gettext tries for VALUE (a LANGUAGE list or
   a locale name), in its order: each element until C or POSIX, expanded
   by IN's locale.alias.  Returns whether a C or POSIX element stopped it.  */
int
sdkerr__for_gettext_search (const struct sdkerr__installed *in,
                            const char *value,
                            void (*each) (void *, const char *), void *arg)
{
  char element[SDKERR__NAME_MAX + 1];
  const char *p = value;

  while (sdkerr__next_element (&p, element) > 0)
    if (sdkerr__is_gettext_c (element))
      return 1;
    else if (element[0] != '\0')
      {
        struct sdkerr__parts pt;
        sdkerr__explode (sdkerr__unalias (in, element), &pt);
        sdkerr__for_gettext_order (&pt, each, arg);
      }
  return 0;
}

size_t
sdkerr__gettext_names (const char *value, const struct sdkerr__alias *aliases,
                       size_t alias_count, char (*names)[SDKERR__NAME_MAX + 1],
                       size_t max, int *stopped)
{
  const struct sdkerr__installed in = { NULL, 0, aliases, alias_count, NULL, NULL };
  struct name_list l = { names, 0, max, 0 };

  *stopped = sdkerr__for_gettext_search (&in, value, list_each, &l);
  return l.overflow ? (size_t) -1 : l.count;
}
