/* internal.h - declarations shared by the library's source files only.
   Names with a double underscore are private: the linker exports only
   the public sdkerr_* symbols (see src/libsdkerr.sym).  */

#ifndef SDKERR_INTERNAL_H
#define SDKERR_INTERNAL_H

#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <time.h>

#include "locale-name.h"
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

/* Code -> index: every lookup's first step, hence inline.  An
   open-addressed table built once (lookup.c), at least 4 slots a code,
   whose hash multiplier is chosen then to put every code in its own first
   slot where one can be found (it can for the SDK's table): a
   multiplication and one comparison that does not mispredict, where a
   switch over sparse codes is a tree of branches that a program cycling
   over its codes mispredicts (some 8 ns a call, bench/sdkerr-catgets),
   and so is every second probe.  */
#define SDKERR__INDEX_BITS_FOR(n) \
  ((n) <= 64 ? 8 : (n) <= 128 ? 9 : (n) <= 256 ? 10 : (n) <= 512 ? 11 \
   : (n) <= 1024 ? 12 : (n) <= 2048 ? 13 : (n) <= 4096 ? 14 : (n) <= 8192 ? 15 : 16)
#define SDKERR__INDEX_BITS SDKERR__INDEX_BITS_FOR (SDKERR__COUNT)
#define SDKERR__INDEX_SLOTS (1U << SDKERR__INDEX_BITS)

struct sdkerr__index_slot
{
  int code;
  int index;                    /* -1: empty */
};

extern struct sdkerr__index_slot sdkerr__index_slots[SDKERR__INDEX_SLOTS];
/* 0 until the index is built (an odd number then): one load tells both.  */
extern atomic_uint sdkerr__index_multiplier;

/* Builds the index, once; out of the lookups' way.  */
void sdkerr__index_build (void) __attribute__ ((cold));

static inline unsigned
sdkerr__index_home (int code, uint32_t multiplier)
{
  return ((uint32_t) code * multiplier) >> (32 - SDKERR__INDEX_BITS);
}

/* Index of CODE in the table, or -1 if CODE is unknown.  The code is
   compared first, one comparison for a code in its first slot: a probe
   for a listed code meets no empty slot before its own, and an empty
   slot that holds the code asked for answers -1 too.  */
static inline int
sdkerr__index (int code)
{
  uint32_t m = atomic_load_explicit (&sdkerr__index_multiplier, memory_order_acquire);
  unsigned s;
  if (__builtin_expect (m == 0, 0))
    {
      sdkerr__index_build ();
      m = atomic_load_explicit (&sdkerr__index_multiplier, memory_order_acquire);
    }
  s = sdkerr__index_home (code, m);
  for (;; s = (s + 1) & (SDKERR__INDEX_SLOTS - 1))
    {
      const struct sdkerr__index_slot *e = &sdkerr__index_slots[s];
      if (e->code == code)
        return e->index;
      if (e->index < 0)
        return -1;
    }
}

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
  unsigned char *image;         /* the file's contents, read once */
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

/* --- What is known of languages (language-table.c) ----------------- */

struct sdkerr__tag;

/* A row of src/languages.def, as the library reads it.  */
struct sdkerr__language
{
  char code[8];                 /* "pt", or a catalog's tag: "pt-BR" */
  char fallback[4];             /* CLDR's one-way fallback, or "" */
  char region[4];               /* the likely region, or "" */
};

/* The N bytes at S as one number, for comparing short codes (language
   subtags, regions) in one step: distinct strings of at most 8 bytes
   without a null byte give distinct numbers in strcmp's order, "" gives
   0.  Returns 0, or -1 (and no number) when N is over 8.  */
static inline int
sdkerr__code8 (const char *s, size_t n, uint64_t *code)
{
  uint64_t c = 0;
  size_t i;
  if (n > sizeof c)
    return -1;
  /* The first byte most significant: numbers sort as strcmp does.  Byte
     by byte: a memcpy of a variable length is a call, and this runs for
     every subtag of every range.  */
  for (i = 0; i < n; i++)
    c |= (uint64_t) (unsigned char) s[i] << (56 - 8 * i);
  *code = c;
  return 0;
}

/* The row of CODE, or NULL.  */
const struct sdkerr__language *sdkerr__language (const char *code);

/* For a Chinese REGION ("HK") that writes Traditional characters, the
   regions whose catalogs its readers read, nearest first ("HK MO TW");
   NULL for a region that writes Simplified.  */
const char *sdkerr__traditional_regions (const char *region);

/* The preferred value of the longest grandfathered tag that TAG starts
   with, in any case, followed by the end or a subtag ("i-klingon" ->
   "tlh"; "" for one without: "i-default"), its length in *LEN; NULL when
   TAG starts with none.  */
const char *sdkerr__grandfathered (const char *tag, size_t *len);

/* The language T's language subtag stands for: the code of its row,
   through the aliases ("iw" -> "he", "deu" -> "de"), and for "und" the
   likely language of T's region or script; the subtag itself when the
   table does not know it.  */
const char *sdkerr__language_of (const struct sdkerr__tag *t);

/* The row of the language T's language subtag stands for, as
   sdkerr__language_of finds it; NULL when the table does not know it.  */
const struct sdkerr__language *sdkerr__language_row (const struct sdkerr__tag *t);

/* --- Choosing catalogs (match.c) ------------------------------------ */

/* A locale.alias entry.  */
struct sdkerr__alias
{
  const char *alias;
  const char *value;
};

/* What the rules need of an installed set, worked out once so that a
   request costs one pass over its ranges: each name's language,
   territory, modifier and tag, and the names by language.  */
struct sdkerr__prepared;

/* What the resolver knows of a catalog directory.  */
struct sdkerr__installed
{
  const char *const *names;     /* installed catalogs, sorted by strcmp */
  size_t count;
  const struct sdkerr__alias *aliases;  /* locale.alias, in its order */
  size_t alias_count;
  /* Each name split as gettext splits it, once when the directory is
     read, so that a request does not split them all again per range;
     NULL: split on demand.  */
  const struct sdkerr__parts *parts;
  /* The names prepared for the rules, once per listing when catalog.c
     reads it, freed with it; NULL: not prepared.  Not of the aliases, so
     that a copy given other aliases may keep it.  */
  const struct sdkerr__prepared *prepared;
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

/* IN's names prepared (not IN->prepared), allocated (free it); NULL when
   out of memory.  */
struct sdkerr__prepared *sdkerr__prepare (const struct sdkerr__installed *in);

/* What the default language picks, kept (struct below).  */
struct sdkerr__default_picks;

/* sdkerr__choose with IN prepared as P (NULL: as if nothing were
   installed), the default's picks kept in MEMO (NULL: chosen anew);
   allocates nothing.  */
void sdkerr__choose_prepared (const struct sdkerr__installed *in,
                              const struct sdkerr__prepared *p,
                              const char *request, enum sdkerr__style style,
                              const char *fallback, int *picks,
                              struct sdkerr__default_picks *memo,
                              struct sdkerr__choice *ch);

/* Chooses the catalogs for REQUEST (NULL: none) read in STYLE among IN,
   followed by those for FALLBACK (the default language, a tag list, or
   NULL), into CH, whose picks go to PICKS (room for IN->count).  Pure: no
   I/O, no global state.  */
void sdkerr__choose (const struct sdkerr__installed *in, const char *request,
                     enum sdkerr__style style, const char *fallback,
                     int *picks, struct sdkerr__choice *ch);

/* --- gettext's search order (gettext-order.c) ------------------------ */

/* The names gettext tries for VALUE (a LANGUAGE list or a locale name),
   in its order, each once: every element until C or POSIX (*STOPPED says
   whether one stopped it), locale.alias (ALIASES) expanded, with all the
   variants of its territory, codeset and modifier.  At most MAX into
   NAMES; (size_t) -1 if there are more.  Pure.  */
size_t sdkerr__gettext_names (const char *value, const struct sdkerr__alias *aliases,
                              size_t alias_count, char (*names)[SDKERR__NAME_MAX + 1],
                              size_t max, int *stopped);

/* Calls EACH with every directory name gettext tries for PT, in its
   order.  */
void sdkerr__for_gettext_order (const struct sdkerr__parts *pt,
                                void (*each) (void *, const char *), void *arg);

/* ELEMENT of a gettext list, or the locale name IN's locale.alias makes
   it.  */
const char *sdkerr__unalias (const struct sdkerr__installed *in,
                             const char *element);

/* The next element of a gettext list in *P: its length, 0 at the end.
   Copies it into BUF (SDKERR__NAME_MAX + 1 bytes) when it fits.  */
size_t sdkerr__next_element (const char **p, char *buf);

/* Calls EACH with every name gettext tries for VALUE, in its order.
   Returns whether a C or POSIX element stopped it.  */
int sdkerr__for_gettext_search (const struct sdkerr__installed *in,
                                const char *value,
                                void (*each) (void *, const char *), void *arg);

/* --- Tags and request lists (tags.c) ---------------------------------- */

/* Accept-Language lists keep their best SDKERR__RANGES_MAX entries by
   weight (a browser sends a handful); a tag longer than SDKERR__TAG_MAX
   is not a language.  */
#define SDKERR__RANGES_MAX 32
#define SDKERR__TAG_MAX 63

/* The subtags of a BCP 47 tag or POSIX locale name that matter here.  */
struct sdkerr__tag
{
  char lang[9];                 /* "pt", lower case */
  char script[5];               /* "hant", or "" */
  char region[4];               /* "BR", "419", or "" */
  char codeset[SDKERR__TAG_MAX + 1];    /* POSIX ".UTF-8", without the dot */
  char modifier[SDKERR__TAG_MAX + 1];   /* POSIX "@euro", without the at */
};

struct sdkerr__range
{
  const char *tag;              /* in the list read: not null-terminated */
  size_t len;                   /* at most SDKERR__TAG_MAX */
  int q;                        /* weight in thousandths, 1..1000 */
};

struct sdkerr__range_list
{
  struct sdkerr__range r[SDKERR__RANGES_MAX];
  int n;
  /* The ranges the request refuses (q=0, RFC 9110 12.4.2), and whether
     it refuses every language it does not name ("*;q=0").  */
  char refused[SDKERR__RANGES_MAX][SDKERR__TAG_MAX + 1];
  int nrefused;
  int refuses_rest;
};

/* Splits TAG (at most SDKERR__TAG_MAX bytes, BCP 47 or POSIX) into *T;
   -1 if it does not start with a language subtag of 2 to 8 letters.  */
int sdkerr__parse_tag (const char *tag, struct sdkerr__tag *t);

/* The POSIX name of T with language LANG into OUT: "pt_BR.UTF-8@euro".  */
void sdkerr__posix_name (char *out, const struct sdkerr__tag *t,
                         const char *lang);

/* Reads LANGS, items separated by ',' (Accept-Language) or ':', into
   LIST, whose ranges point into LANGS.  */
void sdkerr__parse_list (struct sdkerr__range_list *list, const char *langs);


/* --- Installed catalogs (catalog.c) ---------------------------------- */

typedef struct sdkerr__dir sdkerr__dir_t;

/* The catalog directory PATH, kept for the program's life; NULL when out
   of memory.  Opening reads nothing: the directory is read on the first
   call that needs its names (sdkerr__dir_installed).  */
const sdkerr__dir_t *sdkerr__dir_open (const char *path);

/* DIR's path, as given to sdkerr__dir_open.  */
const char *sdkerr__dir_path (const sdkerr__dir_t *dir);

/* A directory's catalogs beyond so many are not read: a request's
   choice then fits on the stack.  */
#define SDKERR__INSTALLED_MAX 1024

/* The names of DIR's catalogs, for the resolver (no aliases): the
   subdirectories holding LC_MESSAGES/sdkerr.mo (the first
   SDKERR__INSTALLED_MAX of them), read on first use and again when
   sdkerr__catalogs_tick finds the listing changed.  What it returns is
   immutable and lives until unload: hold it for the whole of a request
   (its indexes are its own).  Lock-free once read.  */
const struct sdkerr__installed *sdkerr__dir_installed (const sdkerr__dir_t *dir);

/* Listings already read are read again at most once a second of the
   clock (sdkerr.h), by the first lookup in a new second: time () reads
   the kernel's coarse clock without a system call (the vDSO), the
   cheapest clock there is, and a new second is one comparison away.  A
   clock set back is a new second too.  The interval is a variable so
   that tests can change it (0: every lookup reads them again).  */
#define SDKERR__RECHECK_SECONDS 1
extern atomic_llong sdkerr__recheck_interval;

/* The second of the clock the lookups last saw.  */
extern atomic_llong sdkerr__second_seen;

/* The first lookup of second NOW: reads the listings again if the
   interval has passed and no other thread does; a listing that changed
   (a catalog added, removed, or its file replaced or rewritten) is
   announced with sdkerr__changed: answers made from listings depend on
   it.  */
void sdkerr__catalogs_new_second (long long now);

/* Reads the listings again first when the interval has passed.  Every
   lookup's path: one read of the clock, one comparison.  */
static inline void
sdkerr__catalogs_tick (void)
{
  long long now = (long long) time (NULL);
  if (__builtin_expect (now != atomic_load_explicit (&sdkerr__second_seen,
                                                     memory_order_relaxed), 0))
    sdkerr__catalogs_new_second (now);
}

/* The entries of locale.alias, read on first use; *COUNT of them.  */
const struct sdkerr__alias *sdkerr__locale_aliases (size_t *count);

/* The catalog at INDEX of IN, DIR's names as sdkerr__dir_installed
   gave them, loaded and checked on first use; NULL if it is not usable.
   Lock-free once loaded.  A catalog is never released before unload,
   even when its file is removed or replaced (a replaced file is another
   catalog): the strings handed out stay valid.  */
const sdkerr__catalog_t *sdkerr__dir_catalog (const sdkerr__dir_t *dir,
                                              const struct sdkerr__installed *in,
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

/* Set when the program exits: nothing is released then (other threads
   may still read), only when the library is unloaded.  */
extern int sdkerr__exiting;

/* How many times the library's lock has been taken: its tests show that
   a lookup's miss takes it none.  */
extern _Atomic unsigned long sdkerr__locks_taken;

/* Take and release the library's lock: the lock that guards every first
   use and every call into gettext's binding functions, and that a fork
   waits for (pthread_atfork).  */
void sdkerr__lock (void);
void sdkerr__unlock (void);

/* Run PREPARE once, the first time, and set *DONE after it: a
   pthread_once that a fork waits for (once.c).  PREPARE takes no lock.
   Once *DONE is set, a load.  The lock of every such preparation, for
   the fork handlers: taken after the library's lock.  */
void sdkerr__once_slow (_Atomic int *done, void (*prepare) (void));
static inline void
sdkerr__once (_Atomic int *done, void (*prepare) (void))
{
  if (!atomic_load_explicit (done, memory_order_acquire))
    sdkerr__once_slow (done, prepare);
}
void sdkerr__once_lock (void);
void sdkerr__once_unlock (void);

/* --- Answers (answer.c) ----------------------------------------------- */

/* The Chinese source's catalog name and tag.  */
extern const char sdkerr__source_name[];
extern const char sdkerr__source_tag[];

/* What a request resolved to: each message from the first catalog of the
   chain that translates it, merged once, so that the chain can be as long
   as gettext's and a lookup is one array read.  */
struct sdkerr__answer
{
  const char *strings[SDKERR__NSTRINGS];        /* NULL: the source's */
  /* The tag of the catalog each string came from; NULL: the source.  */
  const char *tags[SDKERR__NSTRINGS];
  const char *name;             /* the catalog used: "pt_BR", or "zh_CN" */
  const char *tag;              /* its BCP 47 tag; NULL: nothing requested matched */
  char codeset[SDKERR__CODESET_MAX];    /* the strings' codeset; "": UTF-8 */
};

/* The message at INDEX of A: its catalog's, or the source's.  Every
   lookup's last step, hence inline.  */
static inline const char *
sdkerr__answer_string (const struct sdkerr__answer *a, int index)
{
  const char *s = a->strings[index];
  return s != NULL ? s : sdkerr__msgid_at (index);
}

/* What no catalog of A's chain gives is the source's, in A's codeset
   too.  */
void sdkerr__answer_source (struct sdkerr__answer *a);

/* What an answer is made of: the catalogs merged, in order, up to the
   one that completes them together; whether the first was requested
   (else the answer's tag is the source's if the request chose it, or
   none); the codeset.  Equal chains merge into equal answers, byte for
   byte: what each thread keeps its answers by.  */
struct sdkerr__chain
{
  const sdkerr__catalog_t **cat;        /* room for SDKERR__INSTALLED_MAX */
  int *picks;                           /* room for SDKERR__INSTALLED_MAX */
  /* The default's picks kept for the thread, or NULL: chosen anew.  */
  struct sdkerr__default_picks *memo;
  unsigned count;
  int requested;
  int source;
  const char *codeset;                  /* NULL: UTF-8 */
  uint64_t have[(SDKERR__NSTRINGS + 63) / 64];  /* the messages given */
};

/* Chooses the chain for REQUEST (STYLE) among the catalogs of DIR_PATH,
   the default language following, in CODESET (NULL: UTF-8), into *C
   (its CAT, PICKS and MEMO set by the caller).  */
void sdkerr__choose_chain (const char *dir_path, const char *request,
                           enum sdkerr__style style, const char *codeset,
                           struct sdkerr__chain *c);

/* gettext's own search for REQUEST, opening the names it tries by name,
   into *C (as sdkerr__choose_chain): whether C is gettext's answer.  */
int sdkerr__chain_as_gettext (const char *dir_path, const char *request,
                              const char *codeset, struct sdkerr__chain *c);

/* Merges C's catalogs into *A.  */
void sdkerr__chain_answer (const struct sdkerr__chain *c, struct sdkerr__answer *a);

/* Resolves REQUEST (STYLE) against the catalogs of DIR_PATH, the default
   language following, into *A, in CODESET (NULL: UTF-8): the two
   above.  */
void sdkerr__resolve (const char *dir_path, const char *request,
                      enum sdkerr__style style, const char *codeset,
                      struct sdkerr__answer *a);

/* --- The default language (default-language.c) ------------------------- */

/* The longest default language, with its terminating null byte.  */
#define SDKERR__DEFAULT_MAX 256

/* Copies the default language into OUT (SDKERR__DEFAULT_MAX bytes); ""
   when none is set.  Takes no lock.  Returns the epoch it was read at.  */
unsigned sdkerr__default_language (char *out);

/* What the default language (a fallback list) picks among a prepared
   set: the same for every request, so a thread keeps it rather than
   choosing it again for every value it has not seen (some 800
   instructions of a short value's 5.5k: bench/first-sight.sh).  */
struct sdkerr__default_picks
{
  const struct sdkerr__prepared *p;     /* of the set: NULL, none kept */
  char fallback[SDKERR__DEFAULT_MAX];
  unsigned count;
  int source;                           /* it chose the Chinese source */
  int pick[SDKERR__INSTALLED_MAX];
};

/* --- Copies into a buffer (into.c) --------------------------------------- */

/* Copies the message for CODE into BUF of SIZE bytes: TEXT_AT gives the
   string at an index (ARG its context).  Returns 0, ERANGE when
   truncated, EINVAL for an unknown code or a NULL buffer.  */
int sdkerr__localized_into (int code, char *buf, size_t size,
                            const char *(*text_at) (int, const void *),
                            const void *arg);

/* --- gettext's state (nls.c) ------------------------------------------ */

/* The catalog directory's one rule: $SDKERR_LOCALEDIR, except in setuid
   programs, else LOCALEDIR.  What the library binds its domain to unless
   the application bound it first.  */
const char *sdkerr__configured_dir (void);

/* The "sdkerr" domain's binding: the application's, or the library's own
   ($SDKERR_LOCALEDIR outside setuid programs, else LOCALEDIR).  */
struct sdkerr__bound
{
  const char *dir;              /* the directory of the message catalogs */
  char codeset[SDKERR__CODESET_MAX];    /* what gettext converts to */
  int utf8;                     /* that is UTF-8 (the library asks for
                                   it; an application may change it) */
};

/* The binding now, as an immutable snapshot kept while the library is
   loaded.  With glibc it is read from gettext (under gettext's lock and
   the library's) only when gettext's counter has moved since: a
   lookup's miss takes neither lock.  */
const struct sdkerr__bound *sdkerr__bound (void);

/* MSGID translated by dgettext in the "sdkerr" domain for the calling
   thread's locale; MSGID itself when built without NLS or untranslated.  */
const char *sdkerr__dgettext (const char *msgid);

/* Where gettext has no such counter (musl): what identifies the domain's
   binding, read without the library's lock (musl's bindtextdomain reads
   its bindings without a lock, and its fork takes gettext's).  0 with the
   counter, which covers the binding, and without NLS.  */
#if HAVE__NL_MSG_CAT_CNTR || !ENABLE_NLS
# define SDKERR__BINDING_ID_VARIES 0
static inline uintptr_t
sdkerr__binding_id (void)
{
  return 0;
}
#else
# define SDKERR__BINDING_ID_VARIES 1
uintptr_t sdkerr__binding_id (void);
#endif

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

/* --- What remembered answers depend on (memory.c) ------------------------ */

/* Besides its request, an answer depends on gettext's state (the binding,
   the locale, LANGUAGE: glibc bumps its counter on each documented
   change) and on the library's own (the default language; whatever
   else a writer announces with sdkerr__changed).  Both fold into one
   word that a thread compares on every lookup: two loads.  A writer
   calls sdkerr__changed after its change is visible to readers.  */
extern atomic_uint sdkerr__generation;

static inline void
sdkerr__changed (void)
{
  atomic_fetch_add_explicit (&sdkerr__generation, 1, memory_order_release);
}

static inline uint64_t
sdkerr__stamp (void)
{
  /* The first lookup of a new second may read the catalogs' listings
     again, and announce a change with sdkerr__changed.  */
  sdkerr__catalogs_tick ();
  return (uint64_t) (unsigned) sdkerr__gettext_generation () << 32
         | atomic_load_explicit (&sdkerr__generation, memory_order_acquire);
}

/* --- Each thread's answers (memory.c) ------------------------------------ */

/* glibc lets the library read gettext's state and notice its changes;
   elsewhere dgettext answers every call, and the rules fill its gaps.  */
#if HAVE__NL_MSG_CAT_CNTR && HAVE_NL_LOCALE_NAME && ENABLE_NLS
# define READS_GETTEXT_STATE 1
#else
# define READS_GETTEXT_STATE 0
#endif

/* What a lookup reads first: the value each path (enum sdkerr__style)
   answered last in the calling thread, and what it was computed at.  In
   the thread's static TLS (initial-exec with glibc: no call to reach
   it), 64 bytes; the rest of the thread's memory is allocated.  */
struct sdkerr__recent
{
  uint64_t stamp;
  uintptr_t binding;
  const char *key[2];           /* NUL-terminated; NULL: none */
  uint32_t len[2];              /* their lengths */
  const struct sdkerr__answer *answer[2];
  /* The answer for the global locale (with glibc), or NULL.  */
  const struct sdkerr__answer *global;
};

#if defined SDKERR_THREAD_LOCAL
# if defined __GLIBC__ && defined __ELF__
#  define SDKERR__TLS_MODEL __attribute__ ((tls_model ("initial-exec")))
# else
#  define SDKERR__TLS_MODEL
# endif
extern SDKERR_THREAD_LOCAL struct sdkerr__recent sdkerr__recent SDKERR__TLS_MODEL;
#endif

/* sdkerr__recall for a value of 8 bytes or more: out of line.  */
const struct sdkerr__answer *sdkerr__recall_long (const char *key,
                                                  enum sdkerr__style style);

/* The answer KEY (STYLE) gave last in this thread if nothing it depends
   on changed since, else NULL.  Inline: every lookup's path.  KEY is
   compared byte for byte, whatever its address: a caller may reuse a
   buffer for another value.  */
static inline const struct sdkerr__answer *
sdkerr__recall (const char *key, enum sdkerr__style style)
{
#if defined SDKERR_THREAD_LOCAL
  uint64_t stamp = sdkerr__stamp ();
  const struct sdkerr__recent *r = &sdkerr__recent;
  const char *k = r->key[style];
  if (k == NULL || r->stamp != stamp
      || (SDKERR__BINDING_ID_VARIES && r->binding != sdkerr__binding_id ()))
    return NULL;
  /* A short value ("de") inline, a byte at a time; a longer one by
     strcmp, which compares a vector's width at a time.  */
  if (r->len[style] >= 8)
    return sdkerr__recall_long (key, style);
  for (const char *p = key; *k == *p; k++, p++)
    if (*k == '\0')
      return r->answer[style];
#else
  (void) key;
  (void) style;
#endif
  return NULL;
}

#if READS_GETTEXT_STATE && defined SDKERR_THREAD_LOCAL
/* The answer remembered for the global locale, while nothing it depends
   on changed, else NULL.  The global locale's names change only through
   setlocale, which bumps gettext's counter (part of the stamp): while a
   thread uses the global locale, the answer holds without reading or
   comparing its name.  */
static inline const struct sdkerr__answer *
sdkerr__recall_global (void)
{
  /* The stamp first: nothing of the thread's is then kept across the
     clock's call.  */
  uint64_t stamp = sdkerr__stamp ();
  const struct sdkerr__recent *r = &sdkerr__recent;
  return r->stamp == stamp ? r->global : NULL;
}

/* Remembers A as the global locale's answer if it was computed (or
   recalled) at STAMP, read before the locale's name was.  */
void sdkerr__remember_global (const struct sdkerr__answer *a, uint64_t stamp);
#endif

/* The answer for MEMO_KEY from the thread's memory, or KEY (STYLE)
   resolved now and remembered (into LOCAL when the thread cannot
   remember).  */
const struct sdkerr__answer *sdkerr__answer_anew (const char *memo_key, const char *key,
                                                  enum sdkerr__style style,
                                                  struct sdkerr__answer *local);

/* The answer for the tag list LANGS, or for the locale named NAME as
   gettext reads it (with LANGUAGE), remembered by the calling thread, or
   computed now (into LOCAL when the thread cannot remember).  NULL asks
   for nothing.  */
static inline const struct sdkerr__answer *
sdkerr__answer_for_tags (const char *langs, struct sdkerr__answer *local)
{
  const char *k = langs != NULL ? langs : "";
  const struct sdkerr__answer *a = sdkerr__recall (k, SDKERR__BY_TAGS);
  return a != NULL ? a : sdkerr__answer_anew (k, langs, SDKERR__BY_TAGS, local);
}

#if READS_GETTEXT_STATE
/* glibc's counter covers LANGUAGE (told with textdomain).  */
static inline const struct sdkerr__answer *
sdkerr__answer_for_locale (const char *name, struct sdkerr__answer *local)
{
  const char *k = name != NULL ? name : "";
  const struct sdkerr__answer *a = sdkerr__recall (k, SDKERR__BY_GETTEXT);
  return a != NULL ? a : sdkerr__answer_anew (k, name, SDKERR__BY_GETTEXT, local);
}
#else
const struct sdkerr__answer *sdkerr__answer_for_locale (const char *name,
                                                        struct sdkerr__answer *local);
#endif

/* For the tests: how many answers the calling thread has resolved
   afresh, and the hash its table files a value under (with the value's
   length in *LEN).  */
unsigned long sdkerr__resolutions (void);

/* For the tests: the most a thread's memory takes, its table of values
   grown.  */
size_t sdkerr__memory_bytes_max (void);
uint32_t sdkerr__value_hash (const char *value, size_t *len);

#endif /* SDKERR_INTERNAL_H */
