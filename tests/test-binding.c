/* test-binding.c - the library binds its domain only when the application
   has not: an application's binding is kept whatever directory it names,
   gettext's default directory included.

   Whether the domain is bound is decided once, on the library's first
   use: each case runs in a child process of its own, which binds (or
   not), uses the library, and reports the directories it saw.  Nothing is
   written anywhere: gettext's default directory is only named.  */

#include "test-helpers.h"

#include <sys/wait.h>
#include <unistd.h>

#if ENABLE_NLS

/* gettext's default directory (_nl_default_dirname, where a domain nobody
   bound is looked for), read through a domain nobody binds.  */
static const char *
default_dir (void)
{
  return bindtextdomain ("sdkerr-test-never-bound", NULL);
}

/* Runs SETUP in a child, then the library; the child exits 0 when the
   library read EXPECTED and left the domain bound to it.  */
static void
first_use_reads (void (*setup) (void), const char *expected)
{
  pid_t pid = fork ();
  int status;

  assert_true (pid >= 0);
  if (pid == 0)
    {
      const char *dir, *bound;
      setup ();
      (void) sdkerr_localized (10003);
      dir = sdkerr_catalog_dir ();
      bound = bindtextdomain ("sdkerr", NULL);
      if (strcmp (dir, expected) != 0 || bound == NULL || strcmp (bound, expected) != 0)
        {
          fprintf (stderr, "read %s, bound to %s, expected %s\n", dir,
                   bound != NULL ? bound : "(none)", expected);
          _exit (1);
        }
      _exit (0);
    }
  assert_int_equal (waitpid (pid, &status, 0), pid);
  assert_true (WIFEXITED (status));
  assert_int_equal (WEXITSTATUS (status), 0);
}

static void
bind_nothing (void)
{
}

static void
bind_default_dir (void)
{
  bindtextdomain ("sdkerr", default_dir ());
}

static void
bind_codeset_only (void)
{
  bind_textdomain_codeset ("sdkerr", "UTF-8");
}

static void
bind_default_dir_then_look (void)
{
  bind_default_dir ();
  (void) bindtextdomain ("sdkerr", NULL);
}

/* The precondition: the tests' directory is not gettext's default, or
   the cases below could not tell the two apart.  */
static const char *
configured_dir (void)
{
  const char *dir = getenv ("SDKERR_LOCALEDIR");
  assert_non_null (dir);
  /* musl's gettext has no default directory (NULL): nothing to confuse.  */
  if (default_dir () != NULL)
    assert_string_not_equal (dir, default_dir ());
  return dir;
}

static void
unbound_domain_is_bound_to_the_configured_directory (void **state)
{
  (void) state;
  first_use_reads (bind_nothing, configured_dir ());
}

/* Unless a codeset is bound too (SDKERR_TEST_CODESET): glibc records
   that binding as it records none, and the README says the library's
   directory then applies.  */
static void
binding_to_the_default_directory_is_kept (void **state)
{
  const char *configured = configured_dir ();
  const char *expected;
  (void) state;
  if (default_dir () == NULL)
    skip_because ("this C library's gettext has no default directory to "
                  "bind to (musl: an unbound domain translates nothing)");
  expected = bind_textdomain_codeset ("sdkerr", NULL) == NULL
             ? default_dir () : configured;
  first_use_reads (bind_default_dir, expected);
  first_use_reads (bind_default_dir_then_look, expected);
}

/* A codeset names no directory: the library's own applies.  */
static void
binding_a_codeset_alone_keeps_the_configured_directory (void **state)
{
  (void) state;
  first_use_reads (bind_codeset_only, configured_dir ());
}

#else /* !ENABLE_NLS */

static void
without_nls_there_is_no_binding (void **state)
{
  (void) state;
  assert_non_null (sdkerr_catalog_dir ());
}

#endif

int
main (void)
{
  const struct CMUnitTest tests[] = {
#if ENABLE_NLS
    cmocka_unit_test (unbound_domain_is_bound_to_the_configured_directory),
    cmocka_unit_test (binding_to_the_default_directory_is_kept),
    cmocka_unit_test (binding_a_codeset_alone_keeps_the_configured_directory),
#else
    cmocka_unit_test (without_nls_there_is_no_binding),
#endif
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
