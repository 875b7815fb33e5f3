/* memory.c - each thread remembers the request values it has seen, of
   any length, and the few answers they resolve to, so that a repeated
   request costs a few comparisons and one array read: no lock, no
   allocation, nothing shared written.

   Two levels: "value -> answer" (a few bytes a value, thousands of
   values, in an open-addressed table keyed by the whole value, compared
   byte for byte) and the merged answers themselves (2.7 KiB each; real
   traffic resolves to few distinct ones: the values share them), known
   by the chain of catalogs each is merged from, so that a new value
   whose chain is known costs its choice and a compare of a few words.  */

#include <config.h>

#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "c-locale.h"
#include "internal.h"

atomic_uint sdkerr__generation;

/* --- Sizes (sdkerr.h and the README give the total) ------------------------ */

/* Slots of the value table (a power of two), and the values it holds
   before the thread forgets them all and starts again: at most 3/4 full,
   so that a probe stays short.  The table starts at SLOTS_FIRST, and
   grows to SLOTS once, when it holds 192 values: a thread that sees few
   values zeroes 5 KiB, not 80, and no value waits for more than one
   growth (doubling four times took up to 35 us, at the 1,537th).  */
#define SLOTS 4096
#define SLOTS_FIRST 256
#define VALUES_FIT(slots) ((slots) / 4 * 3)
/* The bytes of the values themselves: a browser's Accept-Language is 20
   to 300 bytes.  A value longer than this is resolved on every call.  */
#define KEYS_SIZE (160U << 10)
/* Distinct merged answers a thread keeps (one per chain of catalogs and
   codeset: in real traffic at most one per installed catalog, and a few);
   the oldest makes room.  tests/test-memory builds with fewer.  */
#ifndef SDKERR__MEMORY_ANSWERS
# define SDKERR__MEMORY_ANSWERS 64
#endif
#define ANSWERS SDKERR__MEMORY_ANSWERS
/* The longest chain a kept answer is known by (real chains have one or
   two catalogs); a value of a longer one is merged on each call.  */
#define CHAIN_KEPT 8

/* --- Per-thread memory ---------------------------------------------------- */

/* A remembered value: its bytes are KEYS[AT .. AT + LEN), and it resolved
   to ANSWERS[ANSWER] while that answer's serial was SERIAL.  */
struct value
{
  uint32_t hash;
  uint32_t len;
  uint32_t at;
  uint32_t serial;              /* 0: an empty slot */
  uint8_t answer;
  uint8_t style;
};

struct kept
{
  struct sdkerr__answer answer;
  /* The chain it was merged from (struct sdkerr__chain), its codeset
     ANSWER's.  */
  const sdkerr__catalog_t *cat[CHAIN_KEPT];
  uint8_t count;
  uint8_t requested;
  uint8_t source;               /* only where none was requested */
  uint32_t serial;              /* changes when the slot is reused */
};

/* What everything here was computed at is sdkerr__recent's stamp and
   binding; its keys point into KEYS.  */
struct memory
{
  /* Every thread's memory is on one list, under the library's lock: a
     child forked while other threads had memory still reaches theirs
     (nothing is lost there, for valgrind either).  */
  struct memory *next, *prev;
  unsigned values;              /* in the table */
  unsigned answers;             /* slots of KEPT in use */
  unsigned victim;              /* the next to reuse once all are */
  uint32_t serial;              /* the last given to an answer */
  size_t keys_used;
  unsigned slots;               /* of TABLE, SLOTS_FIRST to SLOTS */
  struct value *table;
  /* The first catalog of each kept answer's chain (NULL: none), side by
     side: a new value's chain is compared with 64 of them in a few cache
     lines, not in 64 answers 2.7 KiB apart.  */
  const sdkerr__catalog_t *first[ANSWERS];
  struct kept kept[ANSWERS];
  char keys[KEYS_SIZE];
  /* A new value's chain and picks, here rather than on the stack: glibc
     gives a thread's stack pages back when it ends, but for the 16 KiB
     below where it ended, and the next thread's first miss, 30 KiB deep,
     faulted 3 of them in again, some 4 us of its 5 (tests/test-noalloc
     counts them).  */
  const sdkerr__catalog_t *chain[SDKERR__INSTALLED_MAX];
  int picks[SDKERR__INSTALLED_MAX];
  struct sdkerr__default_picks default_picks;
};

/* Allocated on the thread's first miss and freed at its exit: at up to
   435 KiB (sdkerr__memory_bytes_max: 445,768 bytes with the SDK's table,
   the number sdkerr.h, README.md and sdkerr_localized(3) give, which
   tests/test-miss-path holds them to) it would be too much to
   reserve in every thread's static TLS (glibc takes that from the
   thread's stack), most of which never call the library.  Only the
   header and the first table are zeroed (calloc would clear all of it
   where malloc reuses a freed thread's memory: some 40 us); the rest is
   read only as it fills.  */
#if defined SDKERR_THREAD_LOCAL
SDKERR_THREAD_LOCAL struct sdkerr__recent sdkerr__recent SDKERR__TLS_MODEL;
static SDKERR_THREAD_LOCAL struct memory *memory;
static pthread_key_t memory_key;
static atomic_int memory_once;
static int memory_key_made;

static struct memory *memories;

/* M and its table, given back.  */
static void
free_memory (struct memory *m)
{
  free (m->table);
  free (m);
}

static void
release (void *p)
{
  struct memory *m = p;
  sdkerr__lock ();
  if (m->prev != NULL)
    m->prev->next = m->next;
  else
    memories = m->next;
  if (m->next != NULL)
    m->next->prev = m->prev;
  sdkerr__unlock ();
  free_memory (m);
  memory = NULL;
  memset (&sdkerr__recent, 0, sizeof sdkerr__recent);
}

static void
make_key (void)
{
  memory_key_made = pthread_key_create (&memory_key, release) == 0;
}

/* The calling thread's memory, made now if it has none; NULL when it
   cannot have one (no key, out of memory).  */
static struct memory *
thread_memory (void)
{
  struct memory *m;
  if (memory != NULL)
    return memory;
  sdkerr__once (&memory_once, make_key);
  if (!memory_key_made || (m = malloc (sizeof *m)) == NULL)
    return NULL;
  memset (m, 0, offsetof (struct memory, kept));
  m->default_picks.p = NULL;
  m->slots = SLOTS_FIRST;
  if ((m->table = calloc (m->slots, sizeof *m->table)) == NULL
      || pthread_setspecific (memory_key, m) != 0)
    {
      free_memory (m);
      return NULL;
    }
  sdkerr__lock ();
  m->next = memories;
  if (memories != NULL)
    memories->prev = m;
  memories = m;
  sdkerr__unlock ();
  return memory = m;
}

/* dlclose: no thread may call the destructor of an unloaded library,
   nor read its memory again: every thread's is given back (a program
   that loads and unloads the library in a loop does not grow).  */
static void __attribute__ ((destructor))
delete_key (void)
{
  if (!memory_key_made || sdkerr__exiting)
    return;
  pthread_key_delete (memory_key);
  while (memories != NULL)
    {
      struct memory *m = memories;
      memories = m->next;
      free_memory (m);
    }
}
#else
/* Without thread-local storage, nothing is remembered.  */
static struct sdkerr__recent sdkerr__recent;    /* never used */
static struct memory *
thread_memory (void)
{
  return NULL;
}
#endif

/* No path's last value is known: the next lookup goes to the table.  */
static void
forget_recent (void)
{
#if defined SDKERR_THREAD_LOCAL
  sdkerr__recent.key[0] = sdkerr__recent.key[1] = NULL;
  sdkerr__recent.global = NULL;
#endif
}

/* Forgets every value and answer: what they were computed from changed,
   or the table is full.  */
static void
forget (struct memory *m, int answers_too)
{
  if (m->values > 0)
    memset (m->table, 0, m->slots * sizeof *m->table);
  m->values = 0;
  m->keys_used = 0;
  forget_recent ();
  if (answers_too)
    m->answers = m->victim = 0;
}

/* The answer the chain C makes, into *A.  */
static void
merge (const struct sdkerr__chain *c, struct sdkerr__answer *a)
{
  sdkerr__chain_answer (c, a);
  sdkerr__answer_source (a);
}

/* The value's hash, and its length: eight bytes a step (a long
   Accept-Language value costs a tenth of a byte-by-byte FNV-1a, and this
   runs on every call that misses the last value), each word mixed in by
   a multiplication; the final mix spreads every bit over the low bits
   that index the table.  */
uint32_t
sdkerr__value_hash (const char *key, size_t *len)
{
  size_t n = strlen (key), i = 0;
  uint64_t h = 0x9e3779b97f4a7c15u ^ n, w;
  for (; i + 8 <= n; i += 8)
    {
      memcpy (&w, key + i, 8);
      h = (h ^ w) * 0xff51afd7ed558ccdu;
      h ^= h >> 32;
    }
  for (w = 0; i < n; i++)
    w = w << 8 | (unsigned char) key[i];
  h = (h ^ w) * 0xc4ceb9fe1a85ec53u;
  *len = n;
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdu;
  h ^= h >> 33;
  return (uint32_t) h;
}

/* The slot of M's table that holds KEY (LEN bytes, hash H) in STYLE, or
   the empty slot where it would go.  */
static struct value *
probe (struct memory *m, const char *key, size_t len, uint32_t h,
       enum sdkerr__style style)
{
  for (uint32_t i = h;; i++)
    {
      struct value *v = &m->table[i & (m->slots - 1)];
      if (v->serial == 0)
        return v;
      if (v->hash == h && v->len == len && v->style == style
          && memcmp (m->keys + v->at, key, len) == 0)
        return v;
    }
}

/* Grows M's table to SLOTS, keeping its values; whether it could.  */
static int
grow (struct memory *m)
{
  struct value *old = m->table;
  unsigned n = m->slots;
  if (n >= SLOTS || (m->table = calloc (SLOTS, sizeof *old)) == NULL)
    {
      m->table = old;
      return 0;
    }
  m->slots = SLOTS;
  for (unsigned i = 0; i < n; i++)
    if (old[i].serial != 0)
      *probe (m, m->keys + old[i].at, old[i].len, old[i].hash,
              (enum sdkerr__style) old[i].style) = old[i];
  free (old);
  return 1;
}

/* The first catalog of the chain C, or NULL.  */
static const sdkerr__catalog_t *
chain_first (const struct sdkerr__chain *c)
{
  return c->count > 0 ? c->cat[0] : NULL;
}

/* Whether K was merged from the chain C.  */
static int
kept_from (const struct kept *k, const struct sdkerr__chain *c)
{
  return k->count == c->count && k->requested == c->requested
         && k->source == (!c->requested && c->source)
         && memcmp (k->cat, c->cat, c->count * sizeof *c->cat) == 0
         && strcmp (k->answer.codeset, c->codeset != NULL ? c->codeset : "") == 0;
}

/* The answer merged from C (its catalogs no more than CHAIN_KEPT): kept,
   or merged now into the slot made for it.  */
static struct kept *
keep (struct memory *m, const struct sdkerr__chain *c)
{
  const sdkerr__catalog_t *first = chain_first (c);
  struct kept *k;
  for (unsigned i = 0; i < m->answers; i++)
    if (m->first[i] == first && kept_from (&m->kept[i], c))
      return &m->kept[i];
  if (m->answers < ANSWERS)
    k = &m->kept[m->answers++];
  else
    {
      k = &m->kept[m->victim];
      m->victim = (m->victim + 1) % ANSWERS;
      /* The values that point at it are then stale (serials differ), and
         no path's last answer.  */
      forget_recent ();
    }
  merge (c, &k->answer);
  m->first[k - m->kept] = first;
  memcpy (k->cat, c->cat, c->count * sizeof *c->cat);
  k->count = (uint8_t) c->count;
  k->requested = (uint8_t) c->requested;
  k->source = (uint8_t) (!c->requested && c->source);
  k->serial = ++m->serial;
  return k;
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

#if defined SDKERR_THREAD_LOCAL
static SDKERR_THREAD_LOCAL unsigned long resolutions;

unsigned long
sdkerr__resolutions (void)
{
  return resolutions;
}

# define COUNT_RESOLUTION() (resolutions++)
#else
unsigned long
sdkerr__resolutions (void)
{
  return 0;
}
# define COUNT_RESOLUTION() ((void) 0)
#endif

size_t
sdkerr__memory_bytes_max (void)
{
  return sizeof (struct memory) + SLOTS * sizeof (struct value);
}

/* Chooses the chain for KEY (STYLE) afresh, into *C.  */
static void
choose (const char *key, enum sdkerr__style style, struct sdkerr__chain *c)
{
  const char *request = style == SDKERR__BY_GETTEXT ? gettext_request (key) : key;
  /* The thread's path answers in the codeset gettext would; a tag list's
     answer is for the network, in UTF-8.  */
  const struct sdkerr__bound *b = sdkerr__bound ();
  int utf8;
  COUNT_RESOLUTION ();
  utf8 = b->utf8 || style != SDKERR__BY_GETTEXT;
  if (style != SDKERR__BY_GETTEXT
      || !sdkerr__chain_as_gettext (b->dir, request, utf8 ? NULL : b->codeset, c))
    sdkerr__choose_chain (b->dir, request, style, utf8 ? NULL : b->codeset, c);
}

/* The answer for KEY (STYLE) computed into LOCAL, for a thread that
   cannot remember: the chain and picks on this frame's stack.  */
static __attribute__ ((noinline)) const struct sdkerr__answer *
answer_alone (const char *key, enum sdkerr__style style, struct sdkerr__answer *local)
{
  const sdkerr__catalog_t *cats[SDKERR__INSTALLED_MAX];
  int picks[SDKERR__INSTALLED_MAX];
  struct sdkerr__chain c = { .cat = cats, .picks = picks, .memo = NULL };
  choose (key, style, &c);
  merge (&c, local);
  return local;
}

/* The answer for MEMO_KEY from the thread's table, or computed now and
   remembered (into LOCAL when the thread cannot remember).  Kept out of
   the lookups' way: the common case, the value that answered last, needs
   none of this.  */
static __attribute__ ((noinline)) const struct sdkerr__answer *
answer_anew (const char *memo_key, const char *key, enum sdkerr__style style,
             int may_remember, struct sdkerr__answer *local)
{
  struct memory *m = may_remember ? thread_memory () : NULL;
  struct sdkerr__recent *r;
  uint64_t stamp = sdkerr__stamp ();
  uintptr_t binding = sdkerr__binding_id ();
  struct sdkerr__chain c;
  struct value *v;
  struct kept *k;
  size_t len;
  uint32_t h;

  if (m == NULL)
    return answer_alone (key, style, local);
  c.cat = m->chain;
  c.picks = m->picks;
  c.memo = &m->default_picks;
  r = &sdkerr__recent;
  /* After 2^32 answers a serial could come back: start again.  */
  if (r->stamp != stamp || r->binding != binding || m->serial == UINT32_MAX)
    {
      forget (m, 1);
      m->serial = 0;
      r->stamp = stamp;
      r->binding = binding;
    }
  h = sdkerr__value_hash (memo_key, &len);
  v = probe (m, memo_key, len, h, style);
  if (v->serial != 0 && v->serial == m->kept[v->answer].serial)
    {
      r->key[style] = m->keys + v->at;
      r->len[style] = v->len;
      r->answer[style] = &m->kept[v->answer].answer;
      return r->answer[style];
    }
  choose (key, style, &c);
  if (len >= KEYS_SIZE || c.count > CHAIN_KEPT)
    {
      merge (&c, local);
      return local;
    }
  if (v->serial == 0 && m->values >= VALUES_FIT (m->slots) && grow (m))
    v = probe (m, memo_key, len, h, style);
  if (v->serial == 0
      && (m->values >= VALUES_FIT (m->slots) || KEYS_SIZE - m->keys_used <= len))
    {
      /* Full: start again (the answers stay).  */
      forget (m, 0);
      v = probe (m, memo_key, len, h, style);
    }
  k = keep (m, &c);
  if (v->serial == 0)
    {
      memcpy (m->keys + m->keys_used, memo_key, len + 1);
      v->at = (uint32_t) m->keys_used;
      v->len = (uint32_t) len;
      v->hash = h;
      v->style = (uint8_t) style;
      m->keys_used += len + 1;
      m->values++;
    }
  v->answer = (uint8_t) (k - m->kept);
  v->serial = k->serial;
  r->key[style] = m->keys + v->at;
  r->len[style] = v->len;
  r->answer[style] = &k->answer;
  return &k->answer;
}

#if READS_GETTEXT_STATE && defined SDKERR_THREAD_LOCAL
void
sdkerr__remember_global (const struct sdkerr__answer *a, uint64_t stamp)
{
  /* A setlocale since STAMP may have changed the name the answer was
     computed for: the stamp the memory now holds would not show it.  */
  if (sdkerr__recent.stamp == stamp)
    sdkerr__recent.global = a;
}
#endif

#if defined SDKERR_THREAD_LOCAL
const struct sdkerr__answer *
sdkerr__recall_long (const char *key, enum sdkerr__style style)
{
  const struct sdkerr__recent *r = &sdkerr__recent;
  return strcmp (r->key[style], key) == 0 ? r->answer[style] : NULL;
}
#endif

const struct sdkerr__answer *
sdkerr__answer_anew (const char *memo_key, const char *key,
                     enum sdkerr__style style, struct sdkerr__answer *local)
{
  return answer_anew (memo_key, key, style, 1, local);
}

#if !READS_GETTEXT_STATE
/* Nothing tells the library that LANGUAGE changed: its value is part of
   what the answer is remembered by.  */
# define PART_MAX 1024
const struct sdkerr__answer *
sdkerr__answer_for_locale (const char *name, struct sdkerr__answer *local)
{
  const char *language = getenv ("LANGUAGE");
  size_t n = name != NULL ? strnlen (name, PART_MAX) : 0;
  size_t l = language != NULL ? strnlen (language, PART_MAX) : 0;
  char memo_key[2 * PART_MAX + 2];
  /* Built by hand: this is every call's path, and snprintf costs more
     than the rest of it (musl: some 500 ns).  */
  memcpy (memo_key, name != NULL ? name : "", n);
  memo_key[n] = name != NULL ? '\n' : '\r';
  memcpy (memo_key + n + 1, language != NULL ? language : "", l);
  memo_key[n + 1 + l] = '\0';
  /* A part cut short could stand for another value: not remembered.  */
  if (n == PART_MAX || l == PART_MAX)
    return answer_anew (memo_key, name, SDKERR__BY_GETTEXT, 0, local);
  {
    const struct sdkerr__answer *a = sdkerr__recall (memo_key, SDKERR__BY_GETTEXT);
    return a != NULL ? a : answer_anew (memo_key, name, SDKERR__BY_GETTEXT, 1, local);
  }
}
#endif
