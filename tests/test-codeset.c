/* test-codeset.c - an application that binds the "sdkerr" domain to a
   codeset other than UTF-8 gets every message of the thread's path in it.

   bind_textdomain_codeset ("sdkerr", "ISO-8859-1") comes before the
   library's first use.  gettext is the oracle again: wherever raw dgettext
   translates, sdkerr_localized returns its bytes; where it does not, the
   rules' catalog (or the source) answers, converted as gettext converts
   (transliterating what Latin-1 lacks: Japanese and Chinese become '?').
   sdkerr_localized_l follows its locale, not the thread's; the tag path
   stays UTF-8; and a fork while other threads are in the library leaves a
   child that can use it.  */

#include "test-helpers.h"
#include "gettext-oracle.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#if ENABLE_NLS

#define CODESET "ISO-8859-1"

static const char *const locales[] = {
  "de_DE.UTF-8", "fr_FR.UTF-8", "es_MX.UTF-8", "pt_BR.UTF-8", "pt_PT.UTF-8",
  "en_US.UTF-8", "ja_JP.UTF-8", "zh_CN.UTF-8", "C.UTF-8", "C",
};

static const char *const languages[] = {
  NULL, "en", "fr:de", "pt_PT:en", "ja", "xx:de", "zh_CN:en",
};

/* The thread's locale by uselocale, answered by sdkerr_localized in it and
   by sdkerr_localized_l from a thread in the C locale.  */
static void
every_locale_and_language_as_gettext_in_latin1 (void **state)
{
  int available = 0;
  (void) state;
  for (size_t l = 0; l < sizeof locales / sizeof locales[0]; l++)
    {
      locale_t loc = newlocale (LC_ALL_MASK, locales[l], (locale_t) 0);
      if (loc == (locale_t) 0)
        continue;
      available++;
      for (size_t g = 0; g < sizeof languages / sizeof languages[0]; g++)
        {
          set_language (languages[g]);
          uselocale (loc);
          compare_every_message (locales[l], languages[g], localized_in_thread, loc);
          uselocale (LC_GLOBAL_LOCALE);
        }
      freelocale (loc);
    }
  set_language (NULL);
  if (available < (int) (sizeof locales / sizeof locales[0]))
    skip_because ("the locales are not all generated "
                  "(scripts/install-deps.sh generates them)");
}

/* _l follows LOC, not the calling thread's locale (German here).  */
static void
localized_l_follows_its_locale_in_latin1 (void **state)
{
  static const char *const some[] = { "fr_FR.UTF-8", "ja_JP.UTF-8", "pt_PT.UTF-8", "C" };
  locale_t german = newlocale (LC_ALL_MASK, "de_DE.UTF-8", (locale_t) 0);
  size_t count;
  const int *codes = sdkerr_codes (&count);
  (void) state;
  if (german == (locale_t) 0)
    skip_because ("de_DE.UTF-8 is not generated");
  set_language (NULL);
  for (size_t l = 0; l < sizeof some / sizeof some[0]; l++)
    {
      locale_t loc = newlocale (LC_ALL_MASK, some[l], (locale_t) 0);
      assert_true (loc != (locale_t) 0);
      for (size_t i = 0; i < count; i++)
        {
          const char *by_l;
          uselocale (german);
          by_l = sdkerr_localized_l (codes[i], loc);
          uselocale (loc);
          assert_string_equal (by_l, sdkerr_localized (codes[i]));
          uselocale (LC_GLOBAL_LOCALE);
        }
      uselocale (loc);
      compare_every_message (some[l], NULL, sdkerr_localized_l, loc);
      uselocale (LC_GLOBAL_LOCALE);
      freelocale (loc);
    }
  freelocale (german);
}

/* The tag path answers HTTP requests: UTF-8 whatever gettext converts to.  */
static void
tag_path_stays_utf8 (void **state)
{
  (void) state;
  assert_string_equal (sdkerr_localized_lang (10003, "fr"), "La licence a expiré");
  assert_string_equal (sdkerr_localized_lang (10003, "zh-CN"), "授权过期");
}

/* A codeset iconv does not know: gettext translates nothing (its
   conversion fails), nor does the library.  */
static void
unknown_codeset_translates_nothing (void **state)
{
  locale_t loc = newlocale (LC_ALL_MASK, "fr_FR.UTF-8", (locale_t) 0);
  (void) state;
  if (loc == (locale_t) 0)
    skip_because ("fr_FR.UTF-8 is not generated");
  assert_non_null (bind_textdomain_codeset ("sdkerr", "NO-SUCH-CODESET"));
  uselocale (loc);
  assert_string_equal (sdkerr_localized (10003), dgettext ("sdkerr", "授权过期"));
  assert_string_equal (sdkerr_localized (10003), "授权过期");
  uselocale (LC_GLOBAL_LOCALE);
  assert_non_null (bind_textdomain_codeset ("sdkerr", CODESET));
  freelocale (loc);
}

/* --- fork ------------------------------------------------------------- */

static volatile int stop;

static void *
ask_forever (void *arg)
{
  locale_t loc = arg;
  for (unsigned i = 0; !stop; i++)
    {
      (void) sdkerr_localized (i % 2 ? 10003 : 12026);
      (void) sdkerr_localized_l (14004, loc);
    }
  return NULL;
}

static void
on_alarm (int sig)
{
  (void) sig;
}

/* 100 forks while three threads are in the library: each child uses it
   and exits; one that has not exited within 10 seconds is hung.  */
static void
fork_while_threads_ask_never_hangs_the_child (void **state)
{
  locale_t loc = newlocale (LC_ALL_MASK, "fr_FR.UTF-8", (locale_t) 0);
  struct sigaction sa;
  pthread_t t[3];
  (void) state;
  if (loc == (locale_t) 0)
    skip_because ("fr_FR.UTF-8 is not generated");
  memset (&sa, 0, sizeof sa);
  sa.sa_handler = on_alarm;     /* no SA_RESTART: waitpid is interrupted */
  sigaction (SIGALRM, &sa, NULL);
  assert_non_null (setlocale (LC_ALL, "de_DE.UTF-8"));
  set_language ("de");
  stop = 0;
  for (int i = 0; i < 3; i++)
    assert_int_equal (pthread_create (&t[i], NULL, ask_forever, loc), 0);
  for (int n = 0; n < 100; n++)
    {
      int status;
      pid_t pid = fork ();
      assert_true (pid >= 0);
      if (pid == 0)
        _exit (sdkerr_localized (10003)[0] != '\0'
               && sdkerr_localized_l (10003, loc)[0] != '\0' ? 0 : 1);
      alarm (10);
      if (waitpid (pid, &status, 0) != pid)
        {
          kill (pid, SIGKILL);
          waitpid (pid, &status, 0);
          stop = 1;
          fail_msg ("fork %d: the child hung", n);
        }
      alarm (0);
      assert_true (WIFEXITED (status));
      assert_int_equal (WEXITSTATUS (status), 0);
    }
  stop = 1;
  for (int i = 0; i < 3; i++)
    pthread_join (t[i], NULL);
  assert_non_null (setlocale (LC_ALL, "C"));
  set_language (NULL);
  freelocale (loc);
}

static int
bind_latin1 (void **state)
{
  (void) state;
  /* Before any call into the library, as an application does; the
     library's first use binds the directory, for dgettext too.  */
  if (bind_textdomain_codeset ("sdkerr", CODESET) == NULL)
    return -1;
  (void) sdkerr_localized (0);
  return 0;
}

#else /* !ENABLE_NLS */

static void
without_nls_there_is_no_codeset (void **state)
{
  (void) state;
  assert_string_equal (sdkerr_localized (10003), "授权过期");
}

# define bind_latin1 NULL
#endif

int
main (void)
{
  const struct CMUnitTest tests[] = {
#if ENABLE_NLS
    cmocka_unit_test (every_locale_and_language_as_gettext_in_latin1),
    cmocka_unit_test (localized_l_follows_its_locale_in_latin1),
    cmocka_unit_test (tag_path_stays_utf8),
    cmocka_unit_test (unknown_codeset_translates_nothing),
    cmocka_unit_test (fork_while_threads_ask_never_hangs_the_child),
#else
    cmocka_unit_test (without_nls_there_is_no_codeset),
#endif
  };
#if ENABLE_NLS
  /* musl's gettext converts to UTF-8 only and refuses any other codeset:
     the path under test does not exist there.  */
  if (bind_textdomain_codeset ("sdkerr", CODESET) == NULL)
    {
      printf ("1..0 # SKIP this C library's gettext binds no codeset "
              "but UTF-8\n");
      return 0;
    }
#endif
  return cmocka_run_group_tests (tests, bind_latin1, NULL);
}
