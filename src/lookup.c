/* lookup.c - code -> table entry, symbolic names and categories.

   Everything here is expanded from SDKERR_MAP in sdkerr.h.  The strings are
   packed into one constant struct of char arrays and addressed by offset,
   so the shared library needs no relocations for the table (the trick
   libgpg-error plays with generated code, done here by the preprocessor).  */

#include <config.h>

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "internal.h"

/* Marks a string for xgettext without translating it here.  */
#define N_(msgid) msgid

/* TRANSLATORS: shown for a number that is not one of the SDK's error codes.  */
static const char unknown_msgid[] = N_("未知错误码");

/* TRANSLATORS: %d is a number that is not one of the SDK's error codes.
   Keep exactly one %d; write a literal percent sign as %%.  */
/* xgettext:c-format */
static const char unknown_number_msgid[] = N_("未知错误码 %d");

static const int codes[SDKERR__COUNT] = {
#define XX(code, name, msg) code,
  SDKERR__TABLE (XX)
#undef XX
};

static const struct msgid_pool
{
#define XX(code, name, msg) char m_##name[sizeof (msg)];
  SDKERR__TABLE (XX)
#undef XX
} msgid_pool = {
#define XX(code, name, msg) msg,
  SDKERR__TABLE (XX)
#undef XX
};

static const uint32_t msgid_offset[SDKERR__COUNT] = {
#define XX(code, name, msg) offsetof (struct msgid_pool, m_##name),
  SDKERR__TABLE (XX)
#undef XX
};

static const struct name_pool
{
#define XX(code, name, msg) char m_##name[sizeof ("SDKERR_" #name)];
  SDKERR__TABLE (XX)
#undef XX
} name_pool = {
#define XX(code, name, msg) "SDKERR_" #name,
  SDKERR__TABLE (XX)
#undef XX
};

static const uint32_t name_offset[SDKERR__COUNT] = {
#define XX(code, name, msg) offsetof (struct name_pool, m_##name),
  SDKERR__TABLE (XX)
#undef XX
};

/* A code listed twice is a compile-time error ("duplicate case value"):
   the table is checked through this switch when the index is built.  */
static inline int
listed (int code)
{
  switch (code)
    {
#define XX(code, name, msg) case code: return 1;
      SDKERR__TABLE (XX)
#undef XX
    default:
      return 0;
    }
}

/* Code -> index: every lookup's first step.  An open-addressed table at
   most half full, built once: a multiplication and one or two
   predictable comparisons, where a switch over sparse codes is a tree of
   branches that a program cycling over its codes mispredicts (some 8 ns
   a call, bench/sdkerr-catgets).  */
#define INDEX_BITS_FOR(n) \
  ((n) <= 64 ? 7 : (n) <= 128 ? 8 : (n) <= 256 ? 9 : (n) <= 512 ? 10 \
   : (n) <= 1024 ? 11 : (n) <= 2048 ? 12 : (n) <= 4096 ? 13 : (n) <= 8192 ? 14 \
   : (n) <= 16384 ? 15 : 16)
#define INDEX_BITS INDEX_BITS_FOR (SDKERR__COUNT)
#define INDEX_SLOTS (1U << INDEX_BITS)

struct index_slot
{
  int code;
  int index;                    /* -1: empty */
};

static struct index_slot index_slots[INDEX_SLOTS];
static atomic_int index_built;
static pthread_once_t index_once = PTHREAD_ONCE_INIT;

static inline unsigned
index_home (int code)
{
  return ((uint32_t) code * 2654435761u) >> (32 - INDEX_BITS);
}

static void
build_index (void)
{
  for (unsigned s = 0; s < INDEX_SLOTS; s++)
    index_slots[s].index = -1;
  for (int i = 0; i < SDKERR__COUNT; i++)
    {
      unsigned s = index_home (codes[i]);
      if (!listed (codes[i]))
        abort ();
      while (index_slots[s].index >= 0)
        s = (s + 1) & (INDEX_SLOTS - 1);
      index_slots[s].code = codes[i];
      index_slots[s].index = i;
    }
  atomic_store_explicit (&index_built, 1, memory_order_release);
}

/* Out of the lookups' way: once per process.  */
static __attribute__ ((noinline, cold)) void
first_index (void)
{
  pthread_once (&index_once, build_index);
}

int
sdkerr__index (int code)
{
  unsigned s = index_home (code);
  if (!atomic_load_explicit (&index_built, memory_order_acquire))
    first_index ();
  for (;; s = (s + 1) & (INDEX_SLOTS - 1))
    {
      const struct index_slot *e = &index_slots[s];
      if (e->index < 0)
        return -1;
      if (e->code == code)
        return e->index;
    }
}

const char *
sdkerr__msgid_at (int index)
{
  if (index == SDKERR__IDX_UNKNOWN)
    return unknown_msgid;
  if (index == SDKERR__IDX_UNKNOWN_NUMBER)
    return unknown_number_msgid;
  return (const char *) &msgid_pool + msgid_offset[index];
}

static const char *
name_at (int index)
{
  return (const char *) &name_pool + name_offset[index];
}

const char *
sdkerr_message (int code)
{
  int i = sdkerr__index (code);
  return i < 0 ? NULL : sdkerr__msgid_at (i);
}

const char *
sdkerr_name (int code)
{
  int i = sdkerr__index (code);
  return i < 0 ? NULL : name_at (i);
}

const int *
sdkerr_codes (size_t *count)
{
  if (count != NULL)
    *count = SDKERR__COUNT;
  return codes;
}

/* Compares a table name (upper case) with S folded to upper case, as
   strcmp would order them.  */
static int
name_compare (const char *table_name, const char *s)
{
  for (;; table_name++, s++)
    {
      int a = (unsigned char) *table_name;
      int b = sdkerr__to_upper ((unsigned char) *s);
      if (a != b || a == '\0')
        return a - b;
    }
}

/* Entry indexes sorted by name, made once, for a binary search.  */
static uint16_t by_name[SDKERR__COUNT];
static pthread_once_t by_name_once = PTHREAD_ONCE_INIT;

static int
compare_entries_by_name (const void *a, const void *b)
{
  return strcmp (name_at (*(const uint16_t *) a), name_at (*(const uint16_t *) b));
}

static void
sort_names (void)
{
  for (int i = 0; i < SDKERR__COUNT; i++)
    by_name[i] = (uint16_t) i;
  qsort (by_name, SDKERR__COUNT, sizeof by_name[0], compare_entries_by_name);
}

static int
has_prefix (const char *s, const char *prefix)
{
  for (; *prefix != '\0'; prefix++, s++)
    if (*prefix != sdkerr__to_upper ((unsigned char) *s))
      return 0;
  return 1;
}

int
sdkerr_code_from_name (const char *name, int *code)
{
  static const char prefix[] = "SDKERR_";
  size_t lo = 0, hi = SDKERR__COUNT, skip;

  if (name == NULL || code == NULL)
    return EINVAL;
  /* Every table name has the prefix, so names sort the same with or
     without it: compare NAME with the part it spells.  */
  skip = has_prefix (name, prefix) ? 0 : sizeof prefix - 1;
  pthread_once (&by_name_once, sort_names);
  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      int c = name_compare (name_at (by_name[mid]) + skip, name);
      if (c == 0)
        {
          *code = codes[by_name[mid]];
          return 0;
        }
      if (c < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  return ENOENT;
}

/* The categories, from the map in sdkerr.h (names held in place, not
   pointed to: no relocations).  */
static const struct
{
  int first, last;
  sdkerr_category_t category;
  char name[24];
} categories[] = {
#define XX(id, name, first, last) { first, last, SDKERR_CATEGORY_##id, name },
  SDKERR_CATEGORY_MAP (XX)
#undef XX
};

sdkerr_category_t
sdkerr_category (int code)
{
  if (sdkerr__index (code) < 0)
    return SDKERR_CATEGORY_NONE;
  for (size_t i = 0; i < sizeof categories / sizeof categories[0]; i++)
    if (code >= categories[i].first && code <= categories[i].last)
      return categories[i].category;
  return SDKERR_CATEGORY_NONE;
}

const char *
sdkerr_category_name (sdkerr_category_t category)
{
  for (size_t i = 0; i < sizeof categories / sizeof categories[0]; i++)
    if (categories[i].category == category)
      return categories[i].name;
  return NULL;
}
