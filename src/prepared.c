/* prepared.c - each catalog directory's listing prepared for the rules
   once (match.c's sdkerr__prepare), not on every request: kept, shared
   between threads without a lock, until the library is unloaded.  */

#include <config.h>

#include <stdatomic.h>
#include <stdlib.h>

#include "internal.h"

/* One listing and its prepared form.  A listing is never changed nor
   freed while the library is loaded (a changed directory is a new
   listing), so that its arrays identify it.  */
struct kept
{
  const char *const *names;
  size_t count;
  const struct sdkerr__parts *parts;
  struct sdkerr__prepared *prepared;
  struct kept *next;
};

/* The listings prepared so far, newest first.  */
static _Atomic (struct kept *) kept;

static struct kept *
kept_for (struct kept *k, const struct sdkerr__installed *in)
{
  for (; k != NULL; k = k->next)
    if (k->names == in->names && k->count == in->count && k->parts == in->parts)
      return k;
  return NULL;
}

const struct sdkerr__prepared *
sdkerr__prepared_for (const struct sdkerr__installed *in)
{
  struct kept *head = atomic_load_explicit (&kept, memory_order_acquire);
  struct kept *k = kept_for (head, in), *mine;

  if (k != NULL)
    return k->prepared;
  mine = malloc (sizeof *mine);
  if (mine == NULL || (mine->prepared = sdkerr__prepare (in)) == NULL)
    {
      free (mine);
      return NULL;
    }
  mine->names = in->names;
  mine->count = in->count;
  mine->parts = in->parts;
  /* Published without a lock: when another thread publishes the same
     listing first, its copy is used.  */
  do
    {
      if ((k = kept_for (head, in)) != NULL)
        {
          free (mine->prepared);
          free (mine);
          return k->prepared;
        }
      mine->next = head;
    }
  while (!atomic_compare_exchange_weak_explicit (&kept, &head, mine,
                                                 memory_order_acq_rel,
                                                 memory_order_acquire));
  return mine->prepared;
}

/* Released when the library is unloaded, not when the program exits:
   other threads may still resolve then.  */
static void __attribute__ ((destructor))
release_kept (void)
{
  struct kept *k;
  if (sdkerr__exiting)
    return;
  k = atomic_exchange (&kept, NULL);
  while (k != NULL)
    {
      struct kept *next = k->next;
      free (k->prepared);
      free (k);
      k = next;
    }
}
