/* internal.h - declarations shared by the library's source files only.
   Names with a double underscore are private: the linker exports only
   the public sdkerr_* symbols (see src/libsdkerr.sym).  */

#ifndef SDKERR_INTERNAL_H
#define SDKERR_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

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

/* --- The table (lookup.c) ------------------------------------------- */

/* Index of CODE in the table, or -1 if CODE is unknown.  */
int sdkerr__index (int code);

/* The Chinese msgid at INDEX (0 <= INDEX < SDKERR__NSTRINGS).  */
const char *sdkerr__msgid_at (int index);

/* --- One catalog (mo.c) --------------------------------------------- */

/* Far above any real catalog of ours; a larger file is not one.  */
#define SDKERR__MO_MAX_SIZE (64U << 20)
/* The longest translation of one error message accepted, in bytes.  */
#define SDKERR__MESSAGE_MAX (16U << 10)

/* Translations by index, from one installed catalog: strings[i] is the
   translation of sdkerr__msgid_at (i), or NULL where the catalog has
   none.  */
typedef struct sdkerr__catalog
{
  const char *name;             /* the directory's name: "pt_BR" */
  char tag[24];                 /* its BCP 47 tag: "pt-BR" */
  char charset[32];             /* from Content-Type; "" if none */
  char language[16];            /* the Language header field; "" if none */
  int identity;                 /* every string is its msgid: the source */
  int complete;                 /* it translates every string */
  int converted;                /* the strings are copies of their own */
  _Atomic (struct sdkerr__recoded *) recoded; /* in other codesets */
  void *map;                    /* the file's mapping, MAP_SIZE bytes */
  size_t map_size;
  const char *strings[SDKERR__NSTRINGS];
} sdkerr__catalog_t;

/* Parses the .mo file image DATA of SIZE bytes into CAT's strings,
   charset and language.  Every offset and length is checked; both byte
   orders are accepted; a catalog in UTF-8 (or declaring no charset) must
   hold valid UTF-8, and no message may exceed SDKERR__MESSAGE_MAX.
   Returns 0, or -1 if DATA is not such a catalog (CAT is then
   undefined).  The strings point into DATA.  */
int sdkerr__catalog_parse (const unsigned char *data, size_t size,
                           sdkerr__catalog_t *cat);

/* Whether LEN bytes at S are well-formed UTF-8.  */
int sdkerr__utf8_valid (const char *s, size_t len);

/* Whether the charset name CS means UTF-8 ("" counts: no conversion).  */
int sdkerr__charset_is_utf8 (const char *cs);

/* --- Choosing catalogs (negotiate.c) -------------------------------- */

/* A locale.alias entry.  */
struct sdkerr__alias
{
  const char *alias;
  const char *value;
};

/* What the resolver knows of a catalog directory.  */
struct sdkerr__installed
{
  const char *const *names;     /* installed catalogs, sorted by strcmp */
  size_t count;
  const struct sdkerr__alias *aliases;  /* locale.alias, in its order */
  size_t alias_count;
};

/* The catalogs chosen for a request, most preferred first.  A message
   comes from the first of them that translates it, else the source.
   gettext follows a chain of any length: so does the choice, in room for
   every installed name (a name is chosen once).  */
struct sdkerr__choice
{
  int *pick;                    /* indexes into the installed names */
  unsigned count;
  unsigned requested;           /* picks that the request made (the rest:
                                   the application's default) */
  int matched;                  /* the request chose catalogs or the source */
  int source;                   /* the request chose the Chinese source */
};

enum sdkerr__style
{
  SDKERR__BY_TAGS,              /* BCP 47 tags, lists, Accept-Language */
  SDKERR__BY_GETTEXT            /* a LANGUAGE list or locale name */
};

/* Chooses the catalogs for REQUEST (NULL: none) read in STYLE among IN,
   followed by those for FALLBACK (the default language, a tag list, or
   NULL), into CH, whose picks go to PICKS (room for IN->count).  Pure: no
   I/O, no global state.  */
void sdkerr__choose (const struct sdkerr__installed *in, const char *request,
                     enum sdkerr__style style, const char *fallback,
                     int *picks, struct sdkerr__choice *ch);

/* The longest catalog name (a directory name).  */
#define SDKERR__NAME_MAX 255

/* The names gettext tries for VALUE (a LANGUAGE list or a locale name),
   in its order, each once: every element until C or POSIX (*STOPPED says
   whether one stopped it), locale.alias (ALIASES) expanded, with all the
   variants of its territory, codeset and modifier.  At most MAX into
   NAMES; (size_t) -1 if there are more.  Pure.  */
size_t sdkerr__gettext_names (const char *value, const struct sdkerr__alias *aliases,
                              size_t alias_count, char (*names)[SDKERR__NAME_MAX + 1],
                              size_t max, int *stopped);

/* The BCP 47 tag ("pt-BR") of the catalog named NAME ("pt_BR.UTF-8"), into
   OUT of SIZE bytes.  */
void sdkerr__bcp47_tag (const char *name, char *out, size_t size);

/* --- Installed catalogs (catalog.c) ---------------------------------- */

typedef struct sdkerr__dir sdkerr__dir_t;

/* The catalog directory PATH, kept for the program's life; NULL when out
   of memory.  Opening reads nothing: the directory is read on the first
   call that needs its names (sdkerr__dir_installed).  */
const sdkerr__dir_t *sdkerr__dir_open (const char *path);

/* DIR's path, as given to sdkerr__dir_open.  */
const char *sdkerr__dir_path (const sdkerr__dir_t *dir);

/* The names of DIR's catalogs, for the resolver (no aliases): the
   subdirectories holding LC_MESSAGES/sdkerr.mo, read once.  */
const struct sdkerr__installed *sdkerr__dir_installed (const sdkerr__dir_t *dir);

/* The entries of locale.alias, read on first use; *COUNT of them.  */
const struct sdkerr__alias *sdkerr__locale_aliases (size_t *count);

/* The catalog at INDEX of DIR's names, loaded and checked on first use;
   NULL if it is not usable.  Lock-free once loaded.  */
const sdkerr__catalog_t *sdkerr__dir_catalog (const sdkerr__dir_t *dir,
                                              int index);

/* The catalog named NAME in DIR, opened by its name as gettext opens it,
   without reading the directory: in *CAT, NULL if there is none or it is
   not usable.  Returns 0, or -1 when too many names have been asked for
   already (read the directory instead).  NAME must be a catalog name (no
   path); anything else is none.  */
int sdkerr__dir_catalog_named (const sdkerr__dir_t *dir, const char *name,
                               const sdkerr__catalog_t **cat);

/* The longest codeset name a binding may give and be followed.  */
#define SDKERR__CODESET_MAX 64

/* CAT's strings (NULL where it has none) in CODESET, as gettext converts
   them for bind_textdomain_codeset: transliterated where CODESET lacks a
   character, a string that cannot be converted left out; unconverted if
   CAT names no charset (gettext passes its bytes).  Converted once
   per catalog and codeset, under the lock, then read without one; NULL if
   the C library cannot convert to CODESET.  */
const char *const *sdkerr__catalog_in (const sdkerr__catalog_t *cat,
                                       const char *codeset);

/* The Chinese source as a catalog: every string is its msgid.  */
const sdkerr__catalog_t *sdkerr__source_catalog (void);

/* Runs FN with the library's lock held: the lock that guards every first
   use and every call into gettext's binding functions, and that a fork
   waits for (pthread_atfork).  */
void sdkerr__locked (void (*fn) (void *), void *arg);

/* --- gettext's state (nls.c) ------------------------------------------ */

/* Copies into DIR (SIZE bytes) the directory of the message catalogs: the
   "sdkerr" domain's binding (the application's, or the library's own:
   $SDKERR_LOCALEDIR outside setuid programs, else LOCALEDIR), and into
   CODESET (SDKERR__CODESET_MAX bytes; NULL: not wanted) the codeset
   gettext converts this domain's messages to.  Returns whether that is
   UTF-8 (the library asks for it; an application may change it).  */
int sdkerr__binding (char *dir, size_t size, char *codeset);

/* MSGID translated by dgettext in the "sdkerr" domain for the calling
   thread's locale; MSGID itself when built without NLS or untranslated.  */
const char *sdkerr__dgettext (const char *msgid);

/* Where gettext has no such counter (musl): what identifies the domain's
   binding, read without the library's lock (musl's bindtextdomain reads
   its bindings without a lock, and its fork takes gettext's).  0 with the
   counter, which covers the binding.  */
uintptr_t sdkerr__binding_id (void);

/* A number that changes whenever gettext's state may have (setlocale,
   textdomain, bindtextdomain): glibc's _nl_msg_cat_cntr.  */
#if HAVE__NL_MSG_CAT_CNTR
extern int _nl_msg_cat_cntr;
static inline int
sdkerr__gettext_generation (void)
{
  return __atomic_load_n (&_nl_msg_cat_cntr, __ATOMIC_ACQUIRE);
}
#else
static inline int
sdkerr__gettext_generation (void)
{
  return 0;
}
#endif

#endif /* SDKERR_INTERNAL_H */
