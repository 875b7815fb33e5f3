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

/* The index of codes (internal.h), built once.  */
struct sdkerr__index_slot sdkerr__index_slots[SDKERR__INDEX_SLOTS];
atomic_uint sdkerr__index_multiplier;
static atomic_int index_built;

/* Whether MULTIPLIER sends every code to a slot of its own.  */
static int
places_every_code_alone (uint32_t multiplier)
{
  static unsigned char taken[SDKERR__INDEX_SLOTS];
  int alone = 1;
  memset (taken, 0, sizeof taken);
  for (int i = 0; i < SDKERR__COUNT && alone; i++)
    {
      unsigned s = sdkerr__index_home (codes[i], multiplier);
      alone = !taken[s];
      taken[s] = 1;
    }
  return alone;
}

static void
build_index (void)
{
  /* Odd multipliers near 2^32 / phi, tried for some 10^6 steps in all:
     a few for the SDK's table; a table where none is found probes on.  */
#ifdef SDKERR__INDEX_MULTIPLIER
  /* tests/test-index-probing: the multiplier given, whatever it does.  */
  uint32_t m = SDKERR__INDEX_MULTIPLIER;
  (void) places_every_code_alone;
#else
  uint32_t m = 2654435761u;
  for (long tries = (1L << 20) / SDKERR__COUNT + 1; tries > 0; tries--, m += 81006u)
    if (places_every_code_alone (m))
      break;
#endif
  for (unsigned s = 0; s < SDKERR__INDEX_SLOTS; s++)
    sdkerr__index_slots[s].index = -1;
  for (int i = 0; i < SDKERR__COUNT; i++)
    {
      unsigned s = sdkerr__index_home (codes[i], m);
      if (!listed (codes[i]))
        abort ();
      while (sdkerr__index_slots[s].index >= 0)
        s = (s + 1) & (SDKERR__INDEX_SLOTS - 1);
      sdkerr__index_slots[s].code = codes[i];
      sdkerr__index_slots[s].index = i;
    }
  /* Published last: a lookup that reads it reads the slots.  */
  atomic_store_explicit (&sdkerr__index_multiplier, m, memory_order_release);
}

void
sdkerr__index_build (void)
{
  sdkerr__once (&index_built, build_index);
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
static atomic_int by_name_sorted;

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
  sdkerr__once (&by_name_sorted, sort_names);
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
