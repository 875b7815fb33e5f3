/* test-unload.c - unloading the library gives back the catalogs it
   mapped: a program that loads and unloads it in a loop does not grow.

   This program is not linked with the library: it loads the shared
   library the build made (LIBSDKERR_SO) with dlopen, has it map every
   installed catalog, and unloads it, 200 times, counting the lines of
   /proc/self/maps.  */

#include "test-helpers.h"

#include <dlfcn.h>
#include <unistd.h>

#define CYCLES 200

static size_t
mappings (void)
{
  FILE *f = fopen ("/proc/self/maps", "r");
  size_t lines = 0;
  int c;
  assert_non_null (f);
  while ((c = getc (f)) != EOF)
    lines += c == '\n';
  fclose (f);
  return lines;
}

/* Loads the library, has it map every catalog, and unloads it: the
   number of mappings it made while loaded, beyond its own.  */
static size_t
load_use_unload (void)
{
  void *lib = dlopen (LIBSDKERR_SO, RTLD_NOW | RTLD_LOCAL);
  size_t (*languages) (const char **, size_t);
  const char *(*localized_lang) (int, const char *);
  size_t loaded, used;

  assert_non_null (lib);
  loaded = mappings ();
  *(void **) &languages = dlsym (lib, "sdkerr_languages");
  *(void **) &localized_lang = dlsym (lib, "sdkerr_localized_lang");
  assert_non_null (languages);
  assert_non_null (localized_lang);
  assert_true (languages (NULL, 0) > 10);
  assert_string_not_equal (localized_lang (10003, "de"), "授权过期");
  used = mappings ();
  assert_int_equal (dlclose (lib), 0);
  /* Really unloaded: not kept resident by anything.  */
  assert_null (dlopen (LIBSDKERR_SO, RTLD_NOW | RTLD_NOLOAD));
  return used - loaded;
}

static void
unloading_releases_every_catalog (void **state)
{
  size_t before, after;
  (void) state;
  if (access (LIBSDKERR_SO, R_OK) != 0)
    skip_because ("built without a shared library");
  skip_without_built_catalogs ();
  /* The first cycle maps what stays (the C library's own, gettext's).  */
  (void) load_use_unload ();
  before = mappings ();
  for (int i = 0; i < CYCLES; i++)
    /* The control: each cycle maps its catalogs anew.  */
    assert_true (load_use_unload () >= 10);
  after = mappings ();
  if (after > before + 4)
    fail_msg ("%d cycles: %zu mappings, then %zu", CYCLES, before, after);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (unloading_releases_every_catalog),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
