/* allocator.h - the C library's allocator wrapped, for the tests that
   count allocations or make one fail.  Included once, by a test program
   of its own, after test-helpers.h (cmocka).  */

#ifndef SDKERR_ALLOCATOR_H
#define SDKERR_ALLOCATOR_H

#include <errno.h>
#include <stdlib.h>

/* Sanitizers replace the allocator themselves: the wrappers would fight
   them, so the tests are skipped in such builds (and under valgrind).  */
#if !HAVE___LIBC_MALLOC
/* Not glibc: there is no allocator underneath to forward to.  */
# define ALLOCATOR_REPLACED 1
#elif defined __SANITIZE_ADDRESS__ || defined __SANITIZE_THREAD__
# define ALLOCATOR_REPLACED 1
#elif defined __has_feature
# if __has_feature (address_sanitizer) || __has_feature (thread_sanitizer) \
     || __has_feature (memory_sanitizer)
#  define ALLOCATOR_REPLACED 1
# endif
#endif

/* While set, each allocation is counted.  Each program uses some of
   these, and a sanitizer build none of the wrappers: unused is no error.  */
static int allocator_counting __attribute__ ((unused));
static unsigned long allocator_allocations __attribute__ ((unused));
/* How many allocations succeed before one fails (once); -1: none fails.  */
static long allocator_fail_in __attribute__ ((unused)) = -1;

#ifndef ALLOCATOR_REPLACED
/* glibc's own entry points, which these wrappers forward to.  */
extern void *__libc_malloc (size_t);
extern void *__libc_calloc (size_t, size_t);
extern void *__libc_realloc (void *, size_t);
extern void __libc_free (void *);

void *malloc (size_t n);
void *calloc (size_t n, size_t m);
void *realloc (void *p, size_t n);
void free (void *p);

/* Counts an allocation; whether it is the one to fail.  */
static int
allocator_fails (void)
{
  allocator_allocations += allocator_counting;
  if (allocator_fail_in < 0 || allocator_fail_in-- > 0)
    return 0;
  errno = ENOMEM;
  return 1;
}

void *
malloc (size_t n)
{
  return allocator_fails () ? NULL : __libc_malloc (n);
}

void *
calloc (size_t n, size_t m)
{
  return allocator_fails () ? NULL : __libc_calloc (n, m);
}

void *
realloc (void *p, size_t n)
{
  return allocator_fails () ? NULL : __libc_realloc (p, n);
}

void
free (void *p)
{
  __libc_free (p);
}
#endif

#ifdef ALLOCATOR_REPLACED
static const int allocator_replaced = 1;
#else
static const int allocator_replaced = 0;
#endif

/* Skips the test where the wrappers do not see the allocations.  */
#define SKIP_UNLESS_ALLOCATOR_WRAPPED()                                      \
  do                                                                         \
    {                                                                        \
      if (allocator_replaced)                                                \
        skip_because ("a sanitizer replaces the allocator, or it is not glibc's"); \
      if (getenv ("SDKERR_TEST_WRAPPER") != NULL)                            \
        skip_because ("run under a checker that replaces the allocator");    \
    }                                                                        \
  while (0)

#endif /* SDKERR_ALLOCATOR_H */
