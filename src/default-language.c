/* default-language.c - the application's default language
   (sdkerr_set_default_language): what every request falls back to.

   Every miss of every thread reads it, and it is set rarely: it is read
   without a lock, as a sequence lock (the epoch is odd while a writer
   changes the bytes), in memory of fixed size.  Writers take the
   library's lock, only to be one at a time.  */

#include <config.h>

#include <errno.h>
#include <sched.h>
#include <stdatomic.h>
#include <string.h>

#include "internal.h"

/* Each byte read and written atomically (relaxed): a reader may overlap
   a writer, and then throws its copy away.  The bytes use GCC's __atomic
   builtins, the epoch C11's atomics: C11 has no atomic access to the
   elements of a plain char array, and an _Atomic char array could not be
   handed to the string functions that fill and compare copies.  */
static char default_langs[SDKERR__DEFAULT_MAX];

/* Odd while the default is being written.  */
static atomic_uint sequence;

unsigned
sdkerr__default_language (char *out)
{
  for (;;)
    {
      unsigned before = atomic_load_explicit (&sequence,
                                              memory_order_acquire);
      size_t i = 0;
      if (before % 2 != 0)
        {
          sched_yield ();
          continue;
        }
      do
        out[i] = __atomic_load_n (&default_langs[i], __ATOMIC_RELAXED);
      while (out[i] != '\0' && ++i < SDKERR__DEFAULT_MAX);
      out[SDKERR__DEFAULT_MAX - 1] = '\0';
      atomic_thread_fence (memory_order_acquire);
      if (atomic_load_explicit (&sequence,
                                memory_order_relaxed) == before)
        return before;
    }
}

/* Under the library's lock: one writer at a time.  */
static void
store_default (const char *langs)
{
  const char *s = langs != NULL ? langs : "";
  /* Bounded here too: an overrun would reach the epoch, and readers
     would wait for it for ever.  */
  size_t len = strnlen (s, SDKERR__DEFAULT_MAX - 1);
  atomic_fetch_add_explicit (&sequence, 1,
                             memory_order_relaxed);
  atomic_thread_fence (memory_order_release);
  for (size_t i = 0; i < len; i++)
    __atomic_store_n (&default_langs[i], s[i], __ATOMIC_RELAXED);
  __atomic_store_n (&default_langs[len], '\0', __ATOMIC_RELAXED);
  atomic_fetch_add_explicit (&sequence, 1,
                             memory_order_release);
}

int
sdkerr_set_default_language (const char *langs)
{
  if (langs != NULL)
    {
      struct sdkerr__answer a;

      if (strlen (langs) >= SDKERR__DEFAULT_MAX)
        return EINVAL;
      /* A tag means the request itself matched: a usable catalog, or the
         source.  */
      sdkerr__resolve (sdkerr__bound ()->dir, langs, SDKERR__BY_TAGS, NULL, &a);
      if (a.tag == NULL)
        return EINVAL;
    }
  sdkerr__lock ();
  store_default (langs);
  /* Remembered answers depend on it: the next lookup of every thread
     sees the new default.  */
  sdkerr__changed ();
  sdkerr__unlock ();
  return 0;
}
