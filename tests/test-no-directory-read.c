/* test-no-directory-read.c - the thread's path opens the catalogs gettext
   would open, by name, as gettext does: when gettext's first choice
   translates every message, the catalog directory is never listed.  That
   is what makes the first sdkerr_localized of a process cheap: listing
   the directory costs a stat of every installed language (make bench:
   "first sdkerr_localized").

   The program defines opendir itself, so that the library's calls come
   here (an executable's definition comes first): none may come.  */

#include "test-helpers.h"

#include <dirent.h>
#include <errno.h>

static int opendir_calls;

DIR *
opendir (const char *name)
{
  (void) name;
  opendir_calls++;
  errno = EACCES;
  return NULL;
}

/* Each case is a process's first calls: each runs in a fresh process
   (run_fresh), so that neither depends on the other having run.  */

/* A control: the tag path needs the directory's names, and lists it.  */
static void
control_in_a_fresh_process (void)
{
  opendir_calls = 0;
  (void) sdkerr_localized_lang (10003, "en");
  assert_int_equal (opendir_calls, 1);
}

static void
thread_path_in_a_fresh_process (void)
{
  const char *s;
  use_language ("en");
  opendir_calls = 0;
  s = sdkerr_localized (10003);
  assert_int_equal (opendir_calls, 0);
#if ENABLE_NLS
  /* gettext's answer, from the catalog opened by name.  */
  assert_string_equal (s, "License has expired");
#else
  assert_string_equal (s, sdkerr_message (10003));
#endif
}

static const char *program;

static void
the_control_sees_a_listing (void **state)
{
  (void) state;
  assert_int_equal (run_fresh (program, "control"), 0);
}

static void
gettext_s_complete_first_choice_is_read_without_a_listing (void **state)
{
  (void) state;
  assert_int_equal (run_fresh (program, "thread-path"), 0);
}

int
main (int argc, char **argv)
{
  const char *fresh = getenv ("SDKERR_TEST_FRESH");
  (void) argc;
  program = argv[0];
  if (fresh != NULL)
    {
      if (strcmp (fresh, "control") == 0)
        control_in_a_fresh_process ();
      else
        thread_path_in_a_fresh_process ();
      return 0;
    }
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (gettext_s_complete_first_choice_is_read_without_a_listing),
    cmocka_unit_test (the_control_sees_a_listing),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
