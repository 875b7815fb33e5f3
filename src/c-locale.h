/* c-locale.h - what "the C locale" is, defined once for the library and
   the command.  Static inline, so that the command, which cannot link the
   library's private functions, includes the same definition.

   Two questions have two answers: what gettext treats as the C locale
   (its own test, which the library mirrors to give gettext's answer), and
   which names name no language at all.  */

#ifndef SDKERR_C_LOCALE_H
#define SDKERR_C_LOCALE_H

#include <string.h>

/* Whether NAME is the C locale as gettext compares it: exactly "C" or
   "POSIX" (glibc's intl/dcigettext.c).  gettext ignores LANGUAGE in a
   locale so named and stops a LANGUAGE list at an element so named;
   "C.UTF-8" is neither.  */
static inline int
sdkerr__is_gettext_c (const char *name)
{
  return strcmp (name, "C") == 0 || strcmp (name, "POSIX") == 0;
}

/* Whether NAME, a locale name or an item of a tag list, names no
   language: C or POSIX, alone or with a codeset or a modifier ("C.UTF-8",
   "POSIX@x").  */
static inline int
sdkerr__names_no_language (const char *name)
{
  size_t n = name[0] == 'C' ? 1 : strncmp (name, "POSIX", 5) == 0 ? 5 : 0;
  return n > 0 && (name[n] == '\0' || name[n] == '.' || name[n] == '@');
}

#endif /* SDKERR_C_LOCALE_H */
