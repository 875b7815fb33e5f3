/* internal.h - declarations shared by the library's source files only.
   Names with a double underscore are private: the linker exports only
   the public sdkerr_[a-z]* symbols (see Makefile.am).  */

#ifndef SDKERR_INTERNAL_H
#define SDKERR_INTERNAL_H

#include <stddef.h>

#include "sdkerr.h"

/* The table the library is built from: SDKERR_MAP, or for the benchmark's
   synthetic tables another map of the same shape.  */
#ifndef SDKERR__TABLE
# define SDKERR__TABLE SDKERR_MAP
#endif

/* Every string the catalogs translate has an index: the table's entries
   in table order, then the library's two "unknown error code" texts.  */
enum
{
#define SDKERR__INDEX_ENTRY(code, name, msg) SDKERR__IDX_##name,
  SDKERR__TABLE (SDKERR__INDEX_ENTRY)
#undef SDKERR__INDEX_ENTRY
  SDKERR__COUNT,
  SDKERR__IDX_UNKNOWN = SDKERR__COUNT,
  SDKERR__IDX_UNKNOWN_NUMBER,
  SDKERR__NSTRINGS
};

/* Index of CODE in the table, or -1 if CODE is unknown.  */
int sdkerr__index (int code);

/* The Chinese msgid at INDEX (0 <= INDEX < SDKERR__NSTRINGS).  */
const char *sdkerr__msgid_at (int index);

/* MSGID translated by gettext in the "sdkerr" domain for the current
   locale; MSGID itself when built without NLS or untranslated.  */
const char *sdkerr__translate (const char *msgid);

/* The directory of the message catalogs: $SDKERR_LOCALEDIR (not in setuid
   programs) or LOCALEDIR.  */
const char *sdkerr__catalog_dir (void);

/* Translations by index, from one installed catalog: strings[i] is the
   translation of sdkerr__msgid_at (i), or NULL where the catalog has
   none.  */
typedef struct sdkerr__catalog
{
  char name[8];                 /* "pt_BR" */
  const char *strings[SDKERR__NSTRINGS];
} sdkerr__catalog_t;

/* Parses the .mo file image DATA of SIZE bytes into CAT's strings.  Every offset and
   length is checked; both byte orders are accepted; the catalog must
   declare charset UTF-8.  Returns 0, or -1 if DATA is not such a catalog
   (CAT is then undefined).  The strings point into DATA.  */
int sdkerr__catalog_parse (const unsigned char *data, size_t size,
                           sdkerr__catalog_t *cat);

/* The installed catalog for LANG, a catalog name ("de", "pt_BR"), loaded
   on first use; NULL if none is installed and usable.  Lock-free once
   loaded.  */
const sdkerr__catalog_t *sdkerr__catalog_find (const char *lang);

/* Whether S has the form of a catalog name: ll, lll or ll_CC.  */
int sdkerr__is_catalog_name (const char *s);

/* The catalog chosen for LANGS (any form sdkerr_localized_lang accepts):
   stores its name in *NAME ("zh_CN" for the Chinese source) and returns
   it, or NULL for the source.  */
const sdkerr__catalog_t *sdkerr__negotiate (const char *langs,
                                            const char **name);

/* The message at INDEX in CAT, or the msgid without a translation.  */
const char *sdkerr__catalog_string (const sdkerr__catalog_t *cat, int index);

#endif /* SDKERR_INTERNAL_H */
