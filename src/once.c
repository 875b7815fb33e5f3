/* once.c - preparations made once (the index, the thread key, the sorted
   tables), as pthread_once makes them, except that a fork waits for one
   in progress: musl's fork gives a child whose parent was inside
   pthread_once a once that stays "running" forever, and the child's
   first use hangs.  catalog.c's fork handlers take the lock here.  */

#include <config.h>

#include <pthread.h>
#include <stdatomic.h>

#include "internal.h"

/* A leaf: nothing done under it takes another lock.  */
static pthread_mutex_t once_lock = PTHREAD_MUTEX_INITIALIZER;

void
sdkerr__once_slow (atomic_int *done, void (*prepare) (void))
{
  pthread_mutex_lock (&once_lock);
  if (!atomic_load_explicit (done, memory_order_relaxed))
    {
      prepare ();
      atomic_store_explicit (done, 1, memory_order_release);
    }
  pthread_mutex_unlock (&once_lock);
}

void
sdkerr__once_lock (void)
{
  pthread_mutex_lock (&once_lock);
}

void
sdkerr__once_unlock (void)
{
  pthread_mutex_unlock (&once_lock);
}
