/* locale-name.c - a POSIX locale name as gettext splits it
   (intl/explodename.c: language, territory, codeset, modifier) and the
   BCP 47 tag it stands for ("pt_BR.UTF-8" -> "pt-BR", "sr@latin" ->
   "sr-Latn").  Pure, and free of the rest of the library: the command
   compiles it too, to name the language of its own catalog.  */

#include <config.h>

#include <stdio.h>
#include <string.h>

#include "ascii.h"
#include "locale-name.h"

/* --- Names as gettext splits them --------------------------------------- */

size_t
sdkerr__copy_until (char *dst, const char *src, const char *stops)
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

/* NAME (at most SDKERR__NAME_MAX bytes) split as gettext splits it.  */
void
sdkerr__explode (const char *name, struct sdkerr__parts *pt)
{
  const char *p = name;
  size_t n = sdkerr__copy_until (pt->lang, p, "_.@");

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
      p += sdkerr__copy_until (pt->territory, p, ".@");
      if (pt->territory[0] != '\0')
        pt->mask |= SDKERR__PART_TERRITORY;
    }
  if (*p == '.')
    {
      p++;
      p += sdkerr__copy_until (pt->codeset, p, "@");
      if (pt->codeset[0] != '\0')
        {
          pt->mask |= SDKERR__PART_CODESET;
          normalize_codeset (pt->norm_codeset, pt->codeset);
          if (strcmp (pt->codeset, pt->norm_codeset) != 0)
            pt->mask |= SDKERR__PART_NORM_CODESET;
        }
    }
  if (*p == '@')
    {
      strcpy (pt->modifier, p + 1);
      if (pt->modifier[0] != '\0')
        pt->mask |= SDKERR__PART_MODIFIER;
    }
}

/* --- Tags of names ----------------------------------------------------- */

/* Whether S is a script subtag: four letters (zh_Hant).  */
static int
is_script (const char *s)
{
  return strlen (s) == 4 && sdkerr__span (s, sdkerr__is_alpha) == 4;
}

/* Writes "-Hant" for the script S at W; the end.  */
static char *
write_script (char *w, const char *s)
{
  *w++ = '-';
  *w++ = (char) sdkerr__to_upper ((unsigned char) s[0]);
  for (size_t i = 1; i < 4; i++)
    *w++ = (char) sdkerr__to_lower ((unsigned char) s[i]);
  return w;
}

void
sdkerr__bcp47_tag (const char *name, char *out, size_t size)
{
  struct sdkerr__parts pt;
  size_t lang = 0, terr = 0;
  char tag[24];
  char *w = tag;

  sdkerr__explode (name != NULL && strlen (name) <= SDKERR__NAME_MAX ? name : "und", &pt);
  lang = strlen (pt.lang);
  terr = strlen (pt.territory);
  /* A well-formed tag: a language of 2 to 8 letters ("und" otherwise), a
     script for gettext's script modifiers, a region of 2 letters or 3
     digits.  */
  if (lang < 2 || lang > 8 || sdkerr__span (pt.lang, sdkerr__is_alpha) != lang)
    w = stpcpy (w, "und");
  else
    for (size_t i = 0; i < lang; i++)
      *w++ = (char) sdkerr__to_lower ((unsigned char) pt.lang[i]);
  if (strcmp (pt.modifier, "latin") == 0)
    w = stpcpy (w, "-Latn");
  else if (strcmp (pt.modifier, "cyrillic") == 0)
    w = stpcpy (w, "-Cyrl");
  else if (is_script (pt.modifier) && sdkerr__to_lower ((unsigned char) pt.modifier[0])
                                      != (unsigned char) pt.modifier[0])
    /* zh@Hant; a modifier in lower case is no script (de_DE@euro).  */
    w = write_script (w, pt.modifier);
  if (is_script (pt.territory))
    w = write_script (w, pt.territory);
  else if ((pt.mask & SDKERR__PART_TERRITORY)
      && ((terr == 2 && sdkerr__span (pt.territory, sdkerr__is_alpha) == 2)
          || (terr == 3 && sdkerr__is_digits (pt.territory, 3))))
    {
      *w++ = '-';
      for (size_t i = 0; i < terr; i++)
        *w++ = (char) sdkerr__to_upper ((unsigned char) pt.territory[i]);
    }
  *w = '\0';
  if (size > 0)
    snprintf (out, size, "%s", tag);
}
