/* chinese-regions.h - the Chinese regions that write Traditional
   characters (src/languages.def), each with the regions whose catalogs
   its readers read, nearest first, and the reader of that list: one
   definition for the library, the command and the tests (which cannot
   link the library's private functions).  */

#ifndef SDKERR_CHINESE_REGIONS_H
#define SDKERR_CHINESE_REGIONS_H

#include <stddef.h>

static const struct
{
  char region[3];
  char nearest[9];              /* "HK MO TW" */
} sdkerr__chinese_regions[] = {
#define SDKERR_LANGUAGE(code, fallback, region, script, und, rtl, aliases, endonym)
#define SDKERR_CHINESE_REGION(region, nearest) { region, nearest },
#include "languages.def"
#undef SDKERR_CHINESE_REGION
#undef SDKERR_LANGUAGE
};

#define SDKERR__N_CHINESE_REGIONS \
  (sizeof sdkerr__chinese_regions / sizeof sdkerr__chinese_regions[0])

/* The next region of a nearest list ("HK MO TW") at *P into REGION ("HK"),
   *P moved past it: 0 at the end of the list.  */
static inline int
sdkerr__next_region (const char **p, char region[3])
{
  if (**p == '\0')
    return 0;
  region[0] = (*p)[0];
  region[1] = (*p)[1];
  region[2] = '\0';
  *p += (*p)[2] == ' ' ? 3 : 2;
  return 1;
}

#endif /* SDKERR_CHINESE_REGIONS_H */
