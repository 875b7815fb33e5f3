/* test-catalog.c - corrupt catalogs are treated as absent, and language
   tags never reach the file system.  The fixtures are made here, from
   source, by mo-writer.h.  */

#include "test-helpers.h"
#include "mo-writer.h"

#include <stdarg.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

/* Counts the library's open calls: a definition here interposes the C
   library's for the shared library too.  */
static int open_calls;

int open (const char *path, int flags, ...);
int
open (const char *path, int flags, ...)
{
  va_list ap;
  int mode;
  va_start (ap, flags);
  mode = va_arg (ap, int);
  va_end (ap);
  open_calls++;
  return (int) syscall (SYS_openat, -100 /* AT_FDCWD */, path, flags, mode);
}

static char fixture_dir[] = "/tmp/sdkerr-catalog.XXXXXX";

static unsigned char *
valid_mo (int big_endian, size_t *size)
{
  static const struct mo_entry e[] = {
    { "授权过期", "License has expired (fixture)" },
    { "未知错误码", "Unknown (fixture)" },
  };
  return mo_build (e, 2, big_endian, size);
}

static void
put32 (unsigned char *mo, size_t at, uint32_t v)
{
  mo_put32 (mo + at, v, 0);
}

/* Each corrupt catalog is installed under its own language name.  */
static int
install_fixtures (void **state)
{
  size_t size;
  unsigned char *mo;

  (void) state;
  if (mkdtemp (fixture_dir) == NULL)
    return -1;
  mo = valid_mo (0, &size);
  mo_install (fixture_dir, "fr", mo, size);          /* valid, little-endian */
  mo[0] ^= 0xFF;
  mo_install (fixture_dir, "aa", mo, size);          /* wrong magic */
  mo[0] ^= 0xFF;
  mo_install (fixture_dir, "ab", mo, 27);            /* shorter than a header */
  mo_install (fixture_dir, "ac", mo, size - 5);      /* strings cut off */
  mo_install (fixture_dir, "ad", mo, 0);             /* empty file */
  put32 (mo, 8, 0x7FFFFFFF);
  mo_install (fixture_dir, "ae", mo, size);          /* absurd count */
  put32 (mo, 8, 3);
  put32 (mo, 12, (uint32_t) size);
  mo_install (fixture_dir, "af", mo, size);          /* table past the end */
  put32 (mo, 12, 28);
  put32 (mo, 28 + 8 + 4, 0xFFFFFFF0U);
  mo_install (fixture_dir, "ag", mo, size);          /* string offset past the end */
  free (mo);

  mo = valid_mo (0, &size);
  mo[size - 1] = 'x';
  mo_install (fixture_dir, "ah", mo, size);          /* last string unterminated */
  free (mo);

  mo = valid_mo (0, &size);
  /* Swap the first two msgids' descriptors: no longer sorted.  */
  {
    unsigned char tmp[8];
    memcpy (tmp, mo + 28 + 8, 8);
    memcpy (mo + 28 + 8, mo + 28 + 16, 8);
    memcpy (mo + 28 + 16, tmp, 8);
  }
  mo_install (fixture_dir, "ai", mo, size);
  free (mo);

  mo = valid_mo (0, &size);
  put32 (mo, 4, 0x00020000);
  mo_install (fixture_dir, "aj", mo, size);          /* unknown major revision */
  free (mo);

  {
    static const struct mo_entry e[] = { { "授权过期", "latin-1 text" } };
    mo = mo_build (e, 1, 0, &size);
    /* The header says charset=UTF-8: make it say ISO-8859-1 instead.  */
    unsigned char *cs = memmem (mo, size, "UTF-8", 5);
    memcpy (cs, "LATIN", 5);
    mo_install (fixture_dir, "ak", mo, size);        /* not UTF-8 */
    free (mo);
  }

  mo = valid_mo (1, &size);
  mo_install (fixture_dir, "de", mo, size);          /* valid, big-endian */
  free (mo);

  {
    /* Latin-1, with a later "charset=" that gettext does not read:
       converted.  */
    static const struct mo_entry e[] = { { "授权过期", "Llic\xe8ncia caducada" } };
    mo = mo_build_with_header (e, 1, 0, "Content-Type: text/plain; charset=ISO-8859-1\n"
                               "X-Note: charset=UTF-8\n", &size);
    mo_install (fixture_dir, "ca", mo, size);
    free (mo);
  }
  {
    /* Declares UTF-8 but is not: refused.  */
    static const struct mo_entry e[] = { { "授权过期", "Licen\xe7" "a expirada" } };
    mo = mo_build (e, 1, 0, &size);
    mo_install (fixture_dir, "al", mo, size);
    free (mo);
  }
  {
    /* A FIFO where the catalog should be: never opened for reading.  */
    char path[4200];
    snprintf (path, sizeof path, "%s/am", fixture_dir);
    mkdir (path, 0755);
    strcat (path, "/LC_MESSAGES");
    mkdir (path, 0755);
    strcat (path, "/sdkerr.mo");
    if (mkfifo (path, 0644) != 0)
      return -1;
  }
  /* Hundreds of other packages' languages, shaped like catalog names but
     without ours: they must not crowd out the real ones.  */
  for (int i = 0; i < 400; i++)
    {
      char path[4200];
      snprintf (path, sizeof path, "%s/%c%c_%c%c", fixture_dir, 'n' + i % 13,
                'a' + i / 13 % 26, 'A' + i % 26, 'A' + i / 26 % 26);
      mkdir (path, 0755);
      strcat (path, "/LC_MESSAGES");
      mkdir (path, 0755);
    }
  return setenv ("SDKERR_LOCALEDIR", fixture_dir, 1);
}

static int
remove_fixtures (void **state)
{
  (void) state;
  return mo_remove_tree (fixture_dir);
}

static const char *const corrupt[] = {
  "aa", "ab", "ac", "ad", "ae", "af", "ag", "ah", "ai", "aj", "ak", "al", "am"
};

static void
corrupt_catalogs_are_absent (void **state)
{
  (void) state;
  for (size_t i = 0; i < sizeof corrupt / sizeof corrupt[0]; i++)
    {
      assert_string_equal (sdkerr_negotiate (corrupt[i]), "zh_CN");
      assert_string_equal (sdkerr_localized_lang (10003, corrupt[i]),
                           "授权过期");
    }
}

static void
both_byte_orders_are_read (void **state)
{
  (void) state;
  assert_string_equal (sdkerr_localized_lang (10003, "fr"),
                       "License has expired (fixture)");
  assert_string_equal (sdkerr_localized_lang (10003, "de"),
                       "License has expired (fixture)");
  assert_string_equal (sdkerr_localized_lang (-1, "de"), "Unknown (fixture)");
}

/* Among 400 other directories: only those holding sdkerr.mo count, and
   all of them do.  */
static void
only_sound_catalogs_are_listed (void **state)
{
  const char *langs[16];
  (void) state;
  assert_int_equal (sdkerr_languages (langs, 16), 3);
  assert_string_equal (langs[0], "ca");
  assert_string_equal (langs[1], "de");
  assert_string_equal (langs[2], "fr");
}

static void
a_latin1_catalog_is_converted_as_gettext_does (void **state)
{
  (void) state;
  assert_string_equal (sdkerr_localized_lang (10003, "ca"), "Llic\xc3\xa8ncia caducada");
  assert_string_equal (sdkerr_negotiate ("ca-ES"), "ca");
}

/* Once the catalog directory is read, no tag, however hostile, causes a
   file to be opened; and a corrupt catalog is not retried.  */
static void
tags_never_reach_the_file_system (void **state)
{
  static const char *const hostile[] = {
    "../../etc/passwd", "en/../../x", "/etc/passwd", "de/../fr", "%2e%2e",
    "aa", "ab", "zz", "zz_ZZ", "en_US", "fr\n", "", "*", "ll_CC",
    "de;q=0.5,../../x;q=0.9",
  };
  int before;

  (void) state;
  /* Every catalog read (the corrupt ones refused), whatever ran before.  */
  (void) sdkerr_languages (NULL, 0);
  before = open_calls;
  for (int round = 0; round < 3; round++)
    for (size_t i = 0; i < sizeof hostile / sizeof hostile[0]; i++)
      (void) sdkerr_localized_lang (10003, hostile[i]);
  assert_int_equal (open_calls, before);
}

/* Proof that the counter sees the library's opens at all: in a fresh
   process, the first load of the catalogs opens the 13 corrupt ones and
   the sound ones.  */
static void
first_load_in_a_fresh_process (void)
{
  (void) sdkerr_languages (NULL, 0);
  exit (open_calls >= 13 ? 0 : 1);
}

static const char *program;

static void
open_interposition_works (void **state)
{
  (void) state;
  assert_int_equal (run_fresh (program, "first-load"), 0);
}

int
main (int argc, char **argv)
{
  (void) argc;
  program = argv[0];
  if (getenv ("SDKERR_TEST_FRESH") != NULL)
    {
      /* The fixtures of the parent, named by SDKERR_LOCALEDIR.  */
      first_load_in_a_fresh_process ();
      return 1;
    }
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (corrupt_catalogs_are_absent),
    cmocka_unit_test (both_byte_orders_are_read),
    cmocka_unit_test (only_sound_catalogs_are_listed),
    cmocka_unit_test (a_latin1_catalog_is_converted_as_gettext_does),
    cmocka_unit_test (tags_never_reach_the_file_system),
    cmocka_unit_test (open_interposition_works),
  };
  /* A FIFO opened for reading would block forever: fail instead.  */
  alarm (60);
  return cmocka_run_group_tests (tests, install_fixtures, remove_fixtures);
}
