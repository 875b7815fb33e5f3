/* test-fork.c - servers fork workers: a process that forks while another
   of its threads reads the catalog directory or loads catalogs for the
   first time gives its child a library that works: no lock inherited
   held (which hung 5 runs in 20 before pthread_atfork), no directory read
   twice.  Each round starts from a fresh process, so the first loads are
   really first.  A fork while a thread makes a preparation made once
   (the index, the thread key) waits for it: musl's fork leaves a child
   whose parent was inside pthread_once hanging on it forever.  Built
   from the library's sources, to reach sdkerr__once.  */

#include "test-helpers.h"

#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"

#define ROUNDS 40

static size_t expected_languages;
static char expected_text[256];

static void *
load_everything (void *unused)
{
  (void) unused;
  (void) sdkerr_languages (NULL, 0);
  (void) sdkerr_localized_lang (10003, "de-CH,fr;q=0.5");
  (void) sdkerr_localized (10003);
  return NULL;
}

/* What a forked child finds: 0 when it answers as expected.  */
static int
child_answers (long unused)
{
  const char *text;
  (void) unused;
  /* A child that hangs fails the round (SDKERR_FORK_ALARM: seconds, to
     leave time to attach a debugger).  */
  alarm (getenv ("SDKERR_FORK_ALARM") ? (unsigned) atoi (getenv ("SDKERR_FORK_ALARM")) : 10);
  if (sdkerr_languages (NULL, 0) != expected_languages)
    return 3;
  text = sdkerr_localized_lang (10003, "en");
  return strcmp (text, expected_text) == 0 ? 0 : 4;
}

static void
spin (long ns)
{
  struct timespec start, now;
  clock_gettime (CLOCK_MONOTONIC, &start);
  do
    clock_gettime (CLOCK_MONOTONIC, &now);
  while ((now.tv_sec - start.tv_sec) * 1000000000L + now.tv_nsec - start.tv_nsec < ns);
}

/* Runs FN (ARG) in a forked child and waits for it: its exit status,
   128 + signal, or -1 when it could not fork or wait.  No assertion: a
   child process calls it too.  */
static int
forked (int (*fn) (long), long arg)
{
  int status;
  pid_t pid = fork ();
  if (pid == 0)
    _exit (fn (arg));
  if (pid < 0 || waitpid (pid, &status, 0) != pid)
    return -1;
  return WIFEXITED (status) ? WEXITSTATUS (status) : 128 + WTERMSIG (status);
}

/* Runs FN in a fresh child process; its exit status, or 128 + signal.  */
static int
in_child (int (*fn) (long), long arg)
{
  int status = forked (fn, arg);
  assert_true (status >= 0);
  return status;
}

/* One round: a thread starts the first loads; after DELAY ns the process
   forks, and the child looks up.  */
static int
round_with_delay (long delay)
{
  pthread_t loader;
  int status;

  if (pthread_create (&loader, NULL, load_everything, NULL) != 0)
    return 10;
  spin (delay);
  status = forked (child_answers, 0);
  pthread_join (loader, NULL);
  return status < 0 ? 11 : status;
}

/* The expected answers, from a process that forked nothing.  */
static int
reference (long unused)
{
  (void) unused;
  load_everything (NULL);
  return (int) sdkerr_languages (NULL, 0);
}

static void
children_forked_during_first_loads_work (void **state)
{
  int failed = 0;
  (void) state;
  skip_without_built_catalogs ();
  /* The parent never uses the library before forking: every round's
     child starts with nothing loaded.  */
  expected_languages = (size_t) in_child (reference, 0);
  assert_true (expected_languages > 0 && expected_languages < 128);
  snprintf (expected_text, sizeof expected_text, "%s",
            "License has expired");
  for (int r = 0; r < ROUNDS; r++)
    {
      int status = in_child (round_with_delay, (long) (r % 10) * 20000);
      if (status != 0)
        {
          print_message ("# round %d: status %d\n", r, status);
          failed++;
        }
    }
  assert_int_equal (failed, 0);
}

/* A preparation slow enough for a fork to come in the middle of it.  */
static atomic_int prepared, preparing, finished;

static void
slow_preparation (void)
{
  atomic_store (&preparing, 1);
  usleep (100000);
  atomic_fetch_add (&finished, 1);
}

static void *
prepare (void *unused)
{
  (void) unused;
  sdkerr__once (&prepared, slow_preparation);
  return NULL;
}

/* 0 when the child finds the preparation made, whole, and using it
   again neither hangs nor makes it again (a preparation made twice
   over half of one, as add_words would, is not made once).  */
static int
child_after_preparation (long unused)
{
  (void) unused;
  alarm (10);
  if (atomic_load (&finished) != 1)
    return 6;
  sdkerr__once (&prepared, slow_preparation);
  return atomic_load (&prepared) && atomic_load (&finished) == 1 ? 0 : 5;
}

static int
fork_during_preparation (long unused)
{
  pthread_t preparer;
  int status;
  (void) unused;
  if (pthread_create (&preparer, NULL, prepare, NULL) != 0)
    return 10;
  while (!atomic_load (&preparing))
    sched_yield ();
  status = forked (child_after_preparation, 0);
  pthread_join (preparer, NULL);
  return status < 0 ? 11 : status;
}

static void
a_fork_waits_for_a_preparation_made_once (void **state)
{
  (void) state;
  assert_int_equal (in_child (fork_during_preparation, 0), 0);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (children_forked_during_first_loads_work),
    cmocka_unit_test (a_fork_waits_for_a_preparation_made_once),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
