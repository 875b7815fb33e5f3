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
#include <strings.h>
#include <cmocka.h>
#include <sys/wait.h>
#include <unistd.h>
#if ENABLE_NLS
# include <iconv.h>
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

/* Skips the current test where the build tree holds no catalogs: a
   --disable-nls build makes none, for its tests or to install.  */
#if ENABLE_NLS
# define skip_without_built_catalogs() ((void) 0)
#else
# define skip_without_built_catalogs()                                       \
  skip_because ("built with --disable-nls: no catalogs in the build tree")
#endif

/* Sets LANGUAGE (NULL: unsets it) and tells gettext, as an application
   must: its cache is keyed by locale name and does not notice a change of
   LANGUAGE alone.  */
static inline void
set_language (const char *lang)
{
  if (lang != NULL)
    assert_int_equal (setenv ("LANGUAGE", lang, 1), 0);
  else
    assert_int_equal (unsetenv ("LANGUAGE"), 0);
#if ENABLE_NLS
  textdomain (textdomain (NULL));
#endif
}

/* Whether the C library's gettext reads LANGUAGE (glibc's; the three
   macros below tell musl's other differences apart).  musl's reads the
   LC_MESSAGES locale's name only (and C.UTF-8 is C for messages there):
   an application chooses a language by naming it as that locale, one
   language, no list.  */
#ifdef __GLIBC__
# define GETTEXT_READS_LANGUAGE 1
#else
# define GETTEXT_READS_LANGUAGE 0
#endif

/* Whether the C library's gettext converts a catalog's charset to the
   locale's or the bound codeset.  musl's gives the catalog's bytes as
   they are, and binds no codeset but UTF-8.  */
#define GETTEXT_CONVERTS GETTEXT_READS_LANGUAGE

/* Whether the C library's gettext takes a message a catalog lacks from
   the next catalog its locale names (de_DE, then de).  musl's reads one
   catalog, the first it finds, and tries "de_DE.UTF-8" then "de", never
   "de_DE".  */
#define GETTEXT_CHAINS_CATALOGS GETTEXT_READS_LANGUAGE

/* Select LANG (NULL: none) as an application would: through LANGUAGE on
   the C.UTF-8 locale, or where gettext does not read LANGUAGE, as the
   LC_MESSAGES locale (LANGUAGE set too: the library must ignore it there
   as gettext does).  A list of languages cannot be asked for there: the
   test is skipped.  */
static inline void
use_language (const char *lang)
{
  set_language (lang);
  assert_non_null (setlocale (LC_ALL, "C.UTF-8"));
  if (!GETTEXT_READS_LANGUAGE)
    {
      if (lang != NULL && strchr (lang, ':') != NULL)
        skip_because ("this C library's gettext reads no LANGUAGE list, and a "
                      "locale names one language");
      assert_non_null (setlocale (LC_MESSAGES, lang != NULL ? lang : "C"));
    }
}

/* A file of the source tree, read whole (freed by the caller).  */
static inline char *
read_source (const char *relative)
{
  const char *top = getenv ("abs_top_srcdir");
  char path[4096];
  FILE *f;
  char *text;
  long size;

  snprintf (path, sizeof path, "%s/%s", top != NULL ? top : ".", relative);
  f = fopen (path, "r");
  if (f == NULL)
    fail_msg ("cannot read %s", path);
  assert_int_equal (fseek (f, 0, SEEK_END), 0);
  size = ftell (f);
  rewind (f);
  text = malloc ((size_t) size + 1);
  assert_non_null (text);
  assert_int_equal (fread (text, 1, (size_t) size, f), (size_t) size);
  text[size] = '\0';
  fclose (f);
  return text;
}

#if ENABLE_NLS
/* Binds the library's domain to the build tree's catalogs
   ($SDKERR_LOCALEDIR), as an application binds its own, so that raw
   dgettext reads what the library reads.  Returns the directory, or NULL
   if it cannot.  */
static inline const char *
bind_build_tree (void)
{
  const char *dir = getenv ("SDKERR_LOCALEDIR");
  return dir != NULL && bindtextdomain ("sdkerr", dir) != NULL ? dir : NULL;
}
#endif

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
   sequences).  Decodes each code point and checks its range, where
   src/mo.c checks byte patterns: a second opinion, not a copy.  */
static inline int
is_utf8 (const char *s)
{
  static const uint32_t least[4] = { 0, 0x80, 0x800, 0x10000 };
  const unsigned char *p = (const unsigned char *) s;
  while (*p != '\0')
    {
      int more = (*p & 0x80) == 0 ? 0 : (*p & 0xE0) == 0xC0 ? 1
                 : (*p & 0xF0) == 0xE0 ? 2 : (*p & 0xF8) == 0xF0 ? 3 : -1;
      uint32_t cp;
      if (more < 0)
        return 0;
      cp = *p++ & (0x7Fu >> more);
      for (int i = 0; i < more; i++, p++)
        {
          if ((*p & 0xC0) != 0x80)
            return 0;
          cp = cp << 6 | (*p & 0x3Fu);
        }
      if (cp < least[more] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
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

/* --- The codeset switch ---------------------------------------------- */

/* SDKERR_TEST_CODESET=ISO-8859-1 runs a test program on the path an
   application takes when it binds the domain to a codeset other than
   UTF-8: bound here before main, as an application binds it before its
   first call into the library.  Expectations written in UTF-8 go through
   in_bound_codeset.  */
static void __attribute__ ((constructor))
bind_test_codeset (void)
{
#if ENABLE_NLS
  const char *codeset = getenv ("SDKERR_TEST_CODESET");
  if (codeset != NULL && *codeset != '\0'
      && bind_textdomain_codeset ("sdkerr", codeset) == NULL)
    {
      fprintf (stderr, "cannot bind the codeset %s\n", codeset);
      exit (99);
    }
#endif
}

/* UTF8, as gettext converts a translation to the codeset the domain is
   bound to now (transliterating what the codeset lacks), or UTF8 itself
   where none is bound or it is UTF-8.  The result lives until the fourth
   call after this one.  */
static inline const char *
in_bound_codeset (const char *utf8)
{
#if ENABLE_NLS
  static char ring[4][1 << 16];
  static unsigned next;
  const char *codeset = bind_textdomain_codeset ("sdkerr", NULL);
  char tocode[64], *in = (char *) utf8, *out = ring[next++ % 4], *o = out;
  size_t inleft = strlen (utf8), outleft = sizeof ring[0] - 1;
  iconv_t cd;

  if (codeset == NULL || strcasecmp (codeset, "UTF-8") == 0
      || strcasecmp (codeset, "UTF8") == 0)
    return utf8;
  snprintf (tocode, sizeof tocode, "%s//TRANSLIT", codeset);
  assert_true ((cd = iconv_open (tocode, "UTF-8")) != (iconv_t) -1);
  assert_true (iconv (cd, &in, &inleft, &o, &outleft) != (size_t) -1);
  *o = '\0';
  iconv_close (cd);
  return out;
#else
  return utf8;
#endif
}

/* Raw dgettext's translation of MSGID in UTF-8, whatever codeset the
   domain is bound to: what the tag path answers (its answers are always
   UTF-8).  MSGID itself without NLS.  */
static inline const char *
dgettext_utf8 (const char *msgid)
{
#if ENABLE_NLS
  const char *bound = bind_textdomain_codeset ("sdkerr", NULL);
  char saved[64];
  const char *s;

  if (bound == NULL)
    return dgettext ("sdkerr", msgid);
  snprintf (saved, sizeof saved, "%s", bound);
  assert_non_null (bind_textdomain_codeset ("sdkerr", "UTF-8"));
  s = dgettext ("sdkerr", msgid);
  assert_non_null (bind_textdomain_codeset ("sdkerr", saved));
  return s;
#else
  return msgid;
#endif
}

#endif /* SDKERR_TEST_HELPERS_H */
