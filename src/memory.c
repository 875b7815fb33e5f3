/* memory.c - each thread remembers its last answers, keyed by what they
   were computed from, so that a repeated request costs a few comparisons
   and one array read: no lock, no allocation, nothing shared written.  */

#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "c-locale.h"
#include "internal.h"

/* --- Per-thread memory ---------------------------------------------------- */

/* What an answer depends on besides its request: gettext's state (the
   binding, the locale, LANGUAGE, all of which bump glibc's counter when
   changed as documented) and the default language.  */
struct stamp
{
  int generation;
  uintptr_t binding;
  unsigned epoch;
  unsigned catalogs;            /* the installed catalogs' listings */
};

static struct stamp
current_stamp (void)
{
  struct stamp s;
  s.generation = sdkerr__gettext_generation ();
  s.binding = sdkerr__binding_id ();
  s.epoch = sdkerr__default_epoch ();
  s.catalogs = sdkerr__catalogs_epoch ();
  return s;
}

static int
same_stamp (struct stamp a, struct stamp b)
{
  return a.generation == b.generation && a.binding == b.binding
         && a.catalogs == b.catalogs
         && a.epoch == b.epoch;
}

/* A server asks for the same few values again and again: each thread
   remembers its last few tag lists and locale names, up to KEY_MAX bytes
   long (a browser's Accept-Language is 20 to 300; the sizes are in
   sdkerr.h).  A longer value is resolved on each call, as fast, without
   a lock either.  */
#define KEY_MAX 1024
#define CACHED 4

struct entry
{
  char key[KEY_MAX];
  size_t len;
  int valid;
  struct stamp stamp;
  struct sdkerr__answer answer;
};

/* The last few answers of one kind, the most recently used tried first.  */
struct shelf
{
  struct entry entry[CACHED];
  unsigned next;                /* the slot to fill next (round robin) */
  unsigned last;                /* the slot that answered last */
};

struct memory
{
  struct shelf tags;
  struct shelf locales;
};

#if defined SDKERR_THREAD_LOCAL
static SDKERR_THREAD_LOCAL struct memory memory;
# define THREAD_MEMORY() (&memory)
#else
/* Without thread-local storage, nothing is remembered.  */
# define THREAD_MEMORY() ((struct memory *) NULL)
#endif

/* Whether E holds the answer for KEY at NOW.  */
static int
holds (const struct entry *e, const char *key, struct stamp now)
{
  /* strncmp stops at either string's end: no read past KEY.  */
  return e->valid && same_stamp (e->stamp, now)
         && strncmp (e->key, key, e->len + 1) == 0;
}

/* The remembered answer for KEY on SH other than in the slot that
   answered last, or NULL.  */
static const struct sdkerr__answer *
recall_other (struct shelf *sh, const char *key, struct stamp now)
{
  for (unsigned i = 0; i < CACHED; i++)
    if (i != sh->last && holds (&sh->entry[i], key, now))
      {
        sh->last = i;
        return &sh->entry[i].answer;
      }
  return NULL;
}

/* The slot of SH that will hold the answer for KEY (marked valid once
   the answer is complete), or NULL when KEY is too long to remember.  */
static struct entry *
slot_for (struct shelf *sh, const char *key, struct stamp now)
{
  size_t len = strnlen (key, KEY_MAX);
  struct entry *e;
  if (len == KEY_MAX)
    return NULL;
  sh->last = sh->next;
  e = &sh->entry[sh->next];
  sh->next = (sh->next + 1) % CACHED;
  memcpy (e->key, key, len + 1);
  e->len = len;
  e->stamp = now;
  e->valid = 0;
  return e;
}

/* --- Answers for requests -------------------------------------------------- */

/* What gettext reads for a locale named NAME: nothing in the C locale
   (LANGUAGE is ignored there), else LANGUAGE if set, else NAME.  */
static const char *
gettext_request (const char *name)
{
  const char *language;
  if (name == NULL || sdkerr__is_gettext_c (name))
    return NULL;
  language = getenv ("LANGUAGE");
  return language != NULL && *language != '\0' ? language : name;
}

/* Finds the answer for KEY among SH's other slots under the name
   MEMO_KEY, or computes it and remembers it on SH, if any.  Kept out of
   the lookups' way: the common case, the slot that answered last, needs
   none of this.  */
static __attribute__ ((noinline)) const struct sdkerr__answer *
answer_anew (struct shelf *sh, const char *memo_key, const char *key,
             enum sdkerr__style style, struct stamp now,
             struct sdkerr__answer *local)
{
  const char *k = memo_key;
  const struct sdkerr__answer *a = sh != NULL ? recall_other (sh, k, now) : NULL;
  struct entry *e;
  struct sdkerr__answer *out;
  const struct sdkerr__bound *b;
  const char *request;
  int utf8;

  if (a != NULL)
    return a;
  e = sh != NULL ? slot_for (sh, k, now) : NULL;
  out = e != NULL ? &e->answer : local;
  request = style == SDKERR__BY_GETTEXT ? gettext_request (key) : key;
  /* The thread's path answers in the codeset gettext would; a tag list's
     answer is for the network, in UTF-8.  */
  b = sdkerr__bound ();
  utf8 = b->utf8 || style != SDKERR__BY_GETTEXT;
  if (style != SDKERR__BY_GETTEXT
      || !sdkerr__answer_as_gettext (b->dir, request, utf8 ? NULL : b->codeset, out))
    sdkerr__resolve (b->dir, request, style, utf8 ? NULL : b->codeset, out);
  sdkerr__answer_source (out);
  if (e != NULL)
    e->valid = 1;
  return out;
}

/* The answer for KEY (a tag list, or a locale name for
   SDKERR__BY_GETTEXT), remembered by the thread under MEMO_KEY, or
   computed now (into LOCAL when the thread cannot remember).  A NULL key
   asks for nothing.  */
static inline const struct sdkerr__answer *
answer_memo (const char *memo_key, const char *key, enum sdkerr__style style,
             struct sdkerr__answer *local)
{
  struct memory *m = THREAD_MEMORY ();
  struct shelf *sh = m == NULL ? NULL
                     : style == SDKERR__BY_TAGS ? &m->tags : &m->locales;
  struct stamp now = current_stamp ();

  if (sh != NULL && holds (&sh->entry[sh->last], memo_key, now))
    return &sh->entry[sh->last].answer;
  return answer_anew (sh, memo_key, key, style, now, local);
}

static inline const struct sdkerr__answer *
answer_for (const char *key, enum sdkerr__style style,
            struct sdkerr__answer *local)
{
  return answer_memo (key != NULL ? key : "", key, style, local);
}

/* One function a style: the style is a constant where the lookup is
   inlined.  */
const struct sdkerr__answer *
sdkerr__answer_for_tags (const char *langs, struct sdkerr__answer *local)
{
  return answer_for (langs, SDKERR__BY_TAGS, local);
}

#if READS_GETTEXT_STATE
/* glibc's counter covers LANGUAGE (told with textdomain).  */
const struct sdkerr__answer *
sdkerr__answer_for_locale (const char *name, struct sdkerr__answer *local)
{
  return answer_for (name, SDKERR__BY_GETTEXT, local);
}
#else
/* Nothing tells the library that LANGUAGE changed: its value is part of
   what the answer is remembered by.  */
const struct sdkerr__answer *
sdkerr__answer_for_locale (const char *name, struct sdkerr__answer *local)
{
  const char *language = getenv ("LANGUAGE");
  size_t n = name != NULL ? strnlen (name, KEY_MAX) : 0;
  size_t l = language != NULL ? strnlen (language, KEY_MAX) : 0;
  char memo_key[2 * KEY_MAX + 2];
  /* Built by hand: this is every call's path, and snprintf costs more
     than the rest of it (musl: some 500 ns).  */
  memcpy (memo_key, name != NULL ? name : "", n);
  memo_key[n] = name != NULL ? '\n' : '\r';
  memcpy (memo_key + n + 1, language != NULL ? language : "", l);
  memo_key[n + 1 + l] = '\0';
  return answer_memo (memo_key, name, SDKERR__BY_GETTEXT, local);
}
#endif
