/* test-unload.c - unloading the library gives back the catalogs it
   read: a program that loads and unloads it in a loop does not grow.

   This program is not linked with the library: it loads the shared
   library the build made (LIBSDKERR_SO) with dlopen, has it read every
   installed catalog, and unloads it, 200 times, counting the bytes the
   C library's allocator has handed out (glibc's mallinfo2).  */

#include "test-helpers.h"

#include <dlfcn.h>
#include <unistd.h>
#if defined __GLIBC__ && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 33)
# include <malloc.h>
# define HAVE_MALLINFO2 1
#endif

#define CYCLES 200

#if HAVE_MALLINFO2
/* The bytes in use in the heap.  */
static size_t
in_use (void)
{
  return mallinfo2 ().uordblks;
}

/* Whether in_use sees an allocation: not where a checker (valgrind, a
   sanitizer) replaces the allocator.  */
static int
counts_allocations (void)
{
  size_t before = in_use ();
  /* volatile: the compiler may not drop the pair.  */
  void *volatile p = malloc (1 << 16);
  int seen = in_use () >= before + (1 << 16);
  free (p);
  return seen;
}

/* Loads the library, has it read every catalog, and unloads it: the
   bytes it allocated while loaded, beyond its own.  */
static size_t
load_use_unload (void)
{
  void *lib = dlopen (LIBSDKERR_SO, RTLD_NOW | RTLD_LOCAL);
  size_t (*languages) (const char **, size_t);
  const char *(*localized_lang) (int, const char *);
  size_t loaded, used;

  assert_non_null (lib);
  loaded = in_use ();
  *(void **) &languages = dlsym (lib, "sdkerr_languages");
  *(void **) &localized_lang = dlsym (lib, "sdkerr_localized_lang");
  assert_non_null (languages);
  assert_non_null (localized_lang);
  assert_true (languages (NULL, 0) > 10);
  assert_string_not_equal (localized_lang (10003, "de"), "授权过期");
  used = in_use ();
  assert_int_equal (dlclose (lib), 0);
  /* Really unloaded: not kept resident by anything.  */
  assert_null (dlopen (LIBSDKERR_SO, RTLD_NOW | RTLD_NOLOAD));
  return used > loaded ? used - loaded : 0;
}
#endif

static void
unloading_releases_every_catalog (void **state)
{
#if HAVE_MALLINFO2
  size_t before, after;
  (void) state;
  if (access (LIBSDKERR_SO, R_OK) != 0)
    skip_because ("built without a shared library");
  skip_without_built_catalogs ();
  if (!counts_allocations ())
    skip_because ("the allocator is replaced (valgrind, a sanitizer)");
  /* The first cycle allocates what stays (the C library's own,
     gettext's).  */
  (void) load_use_unload ();
  before = in_use ();
  for (int i = 0; i < CYCLES; i++)
    /* The control: each cycle reads its catalogs anew (some 15 KiB
       each).  */
    assert_true (load_use_unload () >= 10 * 10000);
  after = in_use ();
  /* A cycle's catalogs left behind would be 200 times 100 KB and more.  */
  if (after > before + 64 * 1024)
    fail_msg ("%d cycles: %zu bytes in use, then %zu", CYCLES, before, after);
#else
  (void) state;
  skip_because ("no mallinfo2 to count the bytes in use");
#endif
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (unloading_releases_every_catalog),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
