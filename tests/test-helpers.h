/* test-helpers.h - shared by the cmocka tests.  */

#ifndef SDKERR_TEST_HELPERS_H
#define SDKERR_TEST_HELPERS_H

#include <config.h>

#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <sys/wait.h>
#include <unistd.h>
#if ENABLE_NLS
# include <libintl.h>
#endif

#include "sdkerr.h"

/* Skip the current test, with the reason reported in the TAP output
   (tests/cmocka-tap.sh moves it into the SKIP directive).  */
#define skip_because(reason)                                                 \
  do                                                                         \
    {                                                                        \
      print_message ("# skip: %s\n", (reason));                              \
      skip ();                                                               \
    }                                                                        \
  while (0)

/* Select LANG (NULL: none) through LANGUAGE on the C.UTF-8 locale, as an
   application would, and flush gettext's cache, which is keyed by locale
   name and does not notice a change of LANGUAGE alone.  */
static inline void
use_language (const char *lang)
{
  if (lang != NULL)
    assert_int_equal (setenv ("LANGUAGE", lang, 1), 0);
  else
    assert_int_equal (unsetenv ("LANGUAGE"), 0);
  assert_non_null (setlocale (LC_ALL, "C.UTF-8"));
#if ENABLE_NLS
  textdomain (textdomain (NULL));
#endif
}

/* Whether S contains a CJK ideograph (U+3400-U+9FFF) or a full-width
   form (U+FF00-U+FFEF) such as the Chinese comma.  */
static inline int
has_cjk (const char *s)
{
  const unsigned char *p = (const unsigned char *) s;
  for (; *p != '\0'; p++)
    if (p[0] >= 0xE3 && p[0] <= 0xE9 && p[1] != '\0')
      {
        unsigned cp = ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6)
                      | (p[2] & 0x3Fu);
        if ((cp >= 0x3400 && cp <= 0x9FFF) || (cp >= 0xFF00 && cp <= 0xFFEF))
          return 1;
      }
    else if (p[0] == 0xEF && p[1] >= 0xBC && p[1] <= 0xBF)
      return 1;
  return 0;
}

/* Whether S is well-formed UTF-8 (no overlongs, surrogates or cut
   sequences).  */
static inline int
is_utf8 (const char *s)
{
  const unsigned char *p = (const unsigned char *) s;
  while (*p != '\0')
    {
      int n = *p < 0x80 ? 0 : *p >= 0xC2 && *p < 0xE0 ? 1
              : *p >= 0xE0 && *p < 0xF0 ? 2 : *p >= 0xF0 && *p < 0xF5 ? 3 : -1;
      if (n < 0)
        return 0;
      if ((*p == 0xE0 && p[1] < 0xA0) || (*p == 0xED && p[1] >= 0xA0)
          || (*p == 0xF0 && p[1] < 0x90) || (*p == 0xF4 && p[1] >= 0x90))
        return 0;
      for (int i = 1; i <= n; i++)
        if ((p[i] & 0xC0) != 0x80)
          return 0;
      p += n + 1;
    }
  return 1;
}

/* Tests of a process's first calls must not depend on what the tests
   before them did: they run in a fresh process, this very program started
   again (PROGRAM, its argv[0]) with SDKERR_TEST_FRESH naming the case,
   which main hands to fresh_case_main.  Returns the case's exit status: 0
   when it passed (a failed assertion outside a test exits non-zero).  */
static inline int
run_fresh (const char *program, const char *name)
{
  int status;
  pid_t pid;

  fflush (stdout);
  pid = fork ();
  if (pid == 0)
    {
      setenv ("SDKERR_TEST_FRESH", name, 1);
      execl (program, program, (char *) NULL);
      _exit (127);
    }
  if (pid < 0 || waitpid (pid, &status, 0) != pid)
    return -1;
  return WIFEXITED (status) ? WEXITSTATUS (status) : 128 + WTERMSIG (status);
}

#endif /* SDKERR_TEST_HELPERS_H */
