/* locale-name.h - a POSIX locale name as gettext splits it, and the BCP 47
   tag it stands for (locale-name.c): shared by the library and the
   command, which names its own catalog's language so.  */

#ifndef SDKERR_LOCALE_NAME_H
#define SDKERR_LOCALE_NAME_H

#include <stddef.h>

/* The longest catalog name (a directory name).  */
#define SDKERR__NAME_MAX 255

/* A locale name's parts, as gettext's _nl_explode_name splits it:
   language[_territory][.codeset][@modifier].  */
enum
{
  SDKERR__PART_NORM_CODESET = 1,
  SDKERR__PART_CODESET = 2,
  SDKERR__PART_TERRITORY = 4,
  SDKERR__PART_MODIFIER = 8
};

struct sdkerr__parts
{
  char lang[SDKERR__NAME_MAX + 1];
  char territory[SDKERR__NAME_MAX + 1];
  char codeset[SDKERR__NAME_MAX + 1];
  char norm_codeset[SDKERR__NAME_MAX + 4];
  char modifier[SDKERR__NAME_MAX + 1];
  int mask;
};

/* Copies SRC into DST up to the first of STOPS or its end; the length
   copied.  */
size_t sdkerr__copy_until (char *dst, const char *src, const char *stops);

/* NAME (at most SDKERR__NAME_MAX bytes) split as gettext splits it.  */
void sdkerr__explode (const char *name, struct sdkerr__parts *pt);

/* The BCP 47 tag ("pt-BR") of the catalog named NAME ("pt_BR.UTF-8"), into
   OUT of SIZE bytes.  */
void sdkerr__bcp47_tag (const char *name, char *out, size_t size);

#endif /* SDKERR_LOCALE_NAME_H */
