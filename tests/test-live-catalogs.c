/* test-live-catalogs.c - catalogs installed, removed or replaced while
   the program runs: every path sees the directory as it is within the
   interval (one second), the listing is not read per lookup, and what
   the library handed out stays valid.  Built from the library's sources,
   to set the interval (0: every lookup reads the listing again) and read
   the listings' number.  */

#include "test-helpers.h"

#include <pthread.h>
#include <stdatomic.h>
#include <sys/stat.h>
#include <time.h>

#include "catalog-fixture.h"
#include "internal.h"

#define CODE 10003

/* Reads the listing now, then again every SECONDS: 0, every lookup;
   3600, never within the test; or as shipped.  */
static void
recheck_every (long long seconds)
{
  /* No second seen yet: the next lookup reads the listing, and with an
     interval of 0 every one does.  */
  atomic_store (&sdkerr__recheck_interval, 0);
  atomic_store (&sdkerr__second_seen, 0);
  (void) sdkerr_languages (NULL, 0);
  atomic_store (&sdkerr__recheck_interval, seconds);
}

static int
setup (void **state)
{
  (void) state;
  assert_int_equal (mo_remove_tree (fixture_dir), 0);
  assert_int_equal (mkdir (fixture_dir, 0755), 0);
  assert_int_equal (fixture_install (fixture_dir, "de", NULL, 0, NULL), 0);
  return 0;
}

/* Whether sdkerr_languages lists NAME.  */
static int
listed (const char *name)
{
  const char *langs[16];
  size_t n = sdkerr_languages (langs, 16);
  for (size_t i = 0; i < n && i < 16; i++)
    if (strcmp (langs[i], name) == 0)
      return 1;
  return 0;
}

/* The library's own answers, before and after fr is installed, on the
   three paths that read the listing.  */
static void
assert_fr_installed (int yes)
{
  const char *tag = sdkerr_negotiate_tag ("fr");
  if (yes)
    {
      assert_from (sdkerr_localized_lang (CODE, "fr"), "fr", CODE);
      assert_non_null (tag);
      assert_string_equal (tag, "fr");
      assert_true (listed ("fr"));
    }
  else
    {
      assert_string_equal (sdkerr_localized_lang (CODE, "fr"), sdkerr_message (CODE));
      assert_null (tag);
      assert_false (listed ("fr"));
    }
  /* The catalog that was there all along answers as before.  */
  assert_from (sdkerr_localized_lang (CODE, "de"), "de", CODE);
}

static void
a_catalog_installed_while_running_is_found_on_every_path (void **state)
{
  (void) state;
  recheck_every (0);
  assert_fr_installed (0);
  assert_int_equal (fixture_install (fixture_dir, "fr", NULL, 0, NULL), 0);
  assert_fr_installed (1);
}

/* The thread's path too, for a language it has not read before (like
   gettext, it keeps what it has read): gettext's search opens names, and
   the listing tells the thread that its remembered answer is stale.  */
static void
the_thread_s_path_finds_it_too (void **state)
{
  (void) state;
#if !ENABLE_NLS
  skip_because ("built with --disable-nls: the thread's locale names no language");
#endif
  recheck_every (0);
  use_language ("it");
  assert_string_equal (sdkerr_localized (CODE), in_bound_codeset (sdkerr_message (CODE)));
  assert_int_equal (fixture_install (fixture_dir, "it", NULL, 0, NULL), 0);
  assert_localized_from (sdkerr_localized (CODE), "it", CODE);
  use_language (NULL);
}

/* As shipped: found once the interval has passed, and a second is the
   interval.  No speed is asserted: the lookup after the wait must read
   the listing again, however slow the machine.  */
static void
a_catalog_installed_is_found_after_one_second (void **state)
{
  struct timespec wait = { 1, 50 * 1000 * 1000 };
  (void) state;
  recheck_every (SDKERR__RECHECK_SECONDS);
  assert_int_equal (SDKERR__RECHECK_SECONDS, 1);
  assert_fr_installed (0);
  assert_int_equal (fixture_install (fixture_dir, "fr", NULL, 0, NULL), 0);
  nanosleep (&wait, NULL);
  assert_fr_installed (1);
}

/* Within the interval the listing is not read again: a lookup costs no
   system call for it.  */
static void
the_listing_is_not_read_within_the_interval (void **state)
{
  (void) state;
  recheck_every (3600);
  assert_fr_installed (0);
  assert_int_equal (fixture_install (fixture_dir, "fr", NULL, 0, NULL), 0);
  for (int i = 0; i < 100; i++)
    {
      /* Each lookup the first of a new second of the clock.  */
      atomic_store (&sdkerr__second_seen, 0);
      assert_fr_installed (0);
    }
  /* The control: read again, it is there.  */
  recheck_every (0);
  assert_fr_installed (1);
}

/* An unchanged directory read again changes nothing: the answers the
   threads remember stay valid.  */
static void
an_unchanged_listing_keeps_its_number (void **state)
{
  unsigned before;
  (void) state;
  recheck_every (0);
  assert_fr_installed (0);
  before = atomic_load (&sdkerr__generation);
  for (int i = 0; i < 50; i++)
    assert_fr_installed (0);
  assert_int_equal (atomic_load (&sdkerr__generation), before);
  /* The control: a change moves it.  */
  assert_int_equal (fixture_install (fixture_dir, "fr", NULL, 0, NULL), 0);
  assert_fr_installed (1);
  assert_int_not_equal (atomic_load (&sdkerr__generation), before);
}

static void
remove_catalog (const char *lang)
{
  char path[256];
  snprintf (path, sizeof path, "%s/%s", fixture_dir, lang);
  assert_int_equal (mo_remove_tree (path), 0);
}

/* Removed: as if never installed, and the strings handed out before
   still read.  */
static void
a_removed_catalog_is_forgotten_and_its_strings_live_on (void **state)
{
  const char *before;
  (void) state;
  recheck_every (0);
  assert_int_equal (fixture_install (fixture_dir, "fr", NULL, 0, NULL), 0);
  assert_fr_installed (1);
  before = sdkerr_localized_lang (CODE, "fr");
  remove_catalog ("fr");
  assert_fr_installed (0);
  assert_from (before, "fr", CODE);
}

/* Replaced under the same name (here by another language's labels): the
   new file is another catalog, the old one's strings live on.  */
static void
a_replaced_catalog_is_read_again (void **state)
{
  const char *before;
  char other[256], target[256];
  (void) state;
  recheck_every (0);
  before = sdkerr_localized_lang (CODE, "de");
  assert_from (before, "de", CODE);
  /* Written in a directory of its own, then moved over de's: the way
     an installer replaces a file.  */
  assert_int_equal (fixture_install (fixture_dir, "xx", NULL, 0, NULL), 0);
  snprintf (other, sizeof other, "%s/xx/LC_MESSAGES/sdkerr.mo", fixture_dir);
  snprintf (target, sizeof target, "%s/de/LC_MESSAGES/sdkerr.mo", fixture_dir);
  assert_int_equal (rename (other, target), 0);
  remove_catalog ("xx");
  assert_from (sdkerr_localized_lang (CODE, "de"), "xx", CODE);
  assert_from (before, "de", CODE);
}

/* Rewritten in place, shorter, after it was read: nothing handed out
   points into the file (a mapping would fault).  */
static void
a_catalog_truncated_after_reading_never_crashes (void **state)
{
  char path[256];
  const char *before;
  (void) state;
  recheck_every (0);
  before = sdkerr_localized_lang (CODE, "de");
  snprintf (path, sizeof path, "%s/de/LC_MESSAGES/sdkerr.mo", fixture_dir);
  assert_int_equal (truncate (path, 0), 0);
  assert_from (before, "de", CODE);
  /* Empty now: no catalog, the source answers.  */
  assert_string_equal (sdkerr_localized_lang (CODE, "de"), sdkerr_message (CODE));
  assert_null (sdkerr_negotiate_tag ("de"));
}

/* Half written, as a copy caught midway: refused, not followed.  */
static void
a_half_written_catalog_is_refused (void **state)
{
  struct mo_entry e = { sdkerr_message (CODE), "fr: half" };
  unsigned char *mo;
  size_t size;
  (void) state;
  recheck_every (0);
  mo = mo_build (&e, 1, 0, &size);
  assert_int_equal (mo_install (fixture_dir, "fr", mo, size / 2), 0);
  assert_string_equal (sdkerr_localized_lang (CODE, "fr"), sdkerr_message (CODE));
  assert_false (listed ("fr"));
  /* Finished: read again, whole.  */
  assert_int_equal (mo_install (fixture_dir, "fr", mo, size), 0);
  assert_string_equal (sdkerr_localized_lang (CODE, "fr"), "fr: half");
  free (mo);
}

/* --- Threads --------------------------------------------------------------- */

static atomic_int stop;

/* Looks up on every path while the catalogs come and go: each answer is
   one of the two the directory can give.  */
static void *
look_up (void *arg)
{
  size_t *wrong = arg;
  char fr[256], de[256];
  fixture_text (fr, sizeof fr, "fr", sdkerr_message (CODE));
  fixture_text (de, sizeof de, "de", sdkerr_message (CODE));
  while (!atomic_load (&stop))
    {
      const char *s = sdkerr_localized_lang (CODE, "fr,de;q=0.5");
      const char *tag = sdkerr_negotiate_tag ("fr,de;q=0.5");
      *wrong += strcmp (s, fr) != 0 && strcmp (s, de) != 0;
      *wrong += tag == NULL || (strcmp (tag, "fr") != 0 && strcmp (tag, "de") != 0);
      *wrong += sdkerr_languages (NULL, 0) < 1;
    }
  return NULL;
}

/* Whether this thread's lookups come to LANG's answer: at once, unless
   another thread was reading the listing (then the next lookup reads
   it).  */
static int
comes_to (const char *lang)
{
  char expected[256];
  fixture_text (expected, sizeof expected, lang, sdkerr_message (CODE));
  for (long i = 0; i < 10000000; i++)
    if (strcmp (sdkerr_localized_lang (CODE, "fr,de;q=0.5"), expected) == 0)
      return 1;
  return 0;
}

static void
threads_look_up_while_catalogs_come_and_go (void **state)
{
  pthread_t t[4];
  size_t wrong[4] = { 0 };
  (void) state;
  recheck_every (0);
  atomic_store (&stop, 0);
  for (int i = 0; i < 4; i++)
    assert_int_equal (pthread_create (&t[i], NULL, look_up, &wrong[i]), 0);
  for (int round = 0; round < 40; round++)
    {
      assert_int_equal (fixture_install (fixture_dir, "fr", NULL, 0, NULL), 0);
      assert_true (comes_to ("fr"));
      remove_catalog ("fr");
      assert_true (comes_to ("de"));
    }
  atomic_store (&stop, 1);
  for (int i = 0; i < 4; i++)
    {
      assert_int_equal (pthread_join (t[i], NULL), 0);
      assert_int_equal (wrong[i], 0);
    }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup (a_catalog_installed_while_running_is_found_on_every_path, setup),
    cmocka_unit_test_setup (the_thread_s_path_finds_it_too, setup),
    cmocka_unit_test_setup (a_catalog_installed_is_found_after_one_second, setup),
    cmocka_unit_test_setup (the_listing_is_not_read_within_the_interval, setup),
    cmocka_unit_test_setup (an_unchanged_listing_keeps_its_number, setup),
    cmocka_unit_test_setup (a_removed_catalog_is_forgotten_and_its_strings_live_on, setup),
    cmocka_unit_test_setup (a_replaced_catalog_is_read_again, setup),
    cmocka_unit_test_setup (a_catalog_truncated_after_reading_never_crashes, setup),
    cmocka_unit_test_setup (a_half_written_catalog_is_refused, setup),
    cmocka_unit_test_setup (threads_look_up_while_catalogs_come_and_go, setup),
  };
  if (fixture_open () == NULL)
    return 99;
  return cmocka_run_group_tests (tests, NULL, fixture_close);
}
