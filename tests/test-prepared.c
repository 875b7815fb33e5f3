/* test-prepared.c - a catalog directory's listing is prepared for the
   rules once, when catalog.c reads it, and carried in the listing's
   snapshot: every request against the snapshot reads that one prepared
   form, a changed directory gets a new one, and the answers from it are
   those of the unprepared rules (sdkerr__choose), and a listing whose
   preparation ran out of memory is not published; an answer's merge stops
   at a complete catalog.  Built from the library's sources, to reach the
   listings and the resolver's internals.  */

#include "test-helpers.h"

#include <stdatomic.h>
#include <sys/stat.h>

#include "allocator.h"
#include "catalog-fixture.h"
#include "internal.h"

/* The requests compared, each read in both styles, with and without a
   default language.  */
static const char *const requests[] = {
  "de", "es", "fr", "it", "fr,es", "es-MX,de;q=0.5", "*", "fr_FR:es",
  "de_DE.UTF-8", "es@valencia", "C", "zh-CN,fr", "",
};

/* Installs an empty catalog LANG in the fixture: the listing reads the
   file's presence only.  */
static void
install (const char *lang)
{
  assert_int_equal (mo_install (fixture_dir, lang, "", 0), 0);
}

static void
uninstall (const char *lang)
{
  char path[4096];
  snprintf (path, sizeof path, "%s/%s", fixture_dir, lang);
  assert_int_equal (mo_remove_tree (path), 0);
}

/* The fixture's listing now, read again first as after the interval.  */
static const struct sdkerr__installed *
listing_now (const sdkerr__dir_t *dir)
{
  const struct sdkerr__installed *in;
  atomic_store (&sdkerr__recheck_interval, 0);
  atomic_store (&sdkerr__second_seen, 0);
  in = sdkerr__dir_installed (dir);
  atomic_store (&sdkerr__recheck_interval, 3600);
  return in;
}

/* Asserts that IN's prepared form answers every request as the rules
   do unprepared.  */
static void
assert_answers_as_unprepared (const struct sdkerr__installed *in)
{
  static const char *const fallbacks[] = { NULL, "es" };
  for (size_t r = 0; r < sizeof requests / sizeof requests[0]; r++)
    for (int style = SDKERR__BY_TAGS; style <= SDKERR__BY_GETTEXT; style++)
      for (size_t f = 0; f < 2; f++)
        {
          int picks[SDKERR__INSTALLED_MAX], want_picks[SDKERR__INSTALLED_MAX];
          struct sdkerr__choice ch, want;
          sdkerr__choose_prepared (in, in->prepared, requests[r], style, fallbacks[f],
                                   picks, NULL, &ch);
          sdkerr__choose (in, requests[r], style, fallbacks[f], want_picks, &want);
          assert_int_equal (ch.count, want.count);
          assert_memory_equal (ch.pick, want.pick, want.count * sizeof *want.pick);
          assert_int_equal (ch.requested, want.requested);
          assert_int_equal (ch.matched, want.matched);
          assert_int_equal (ch.source, want.source);
        }
}

static void
a_listing_is_prepared_once_per_snapshot (void **state)
{
  const sdkerr__dir_t *dir = sdkerr__dir_open (fixture_dir);
  const struct sdkerr__installed *in;
  (void) state;
  assert_non_null (dir);
  install ("de");
  install ("es");
  in = listing_now (dir);
  assert_int_equal (in->count, 2);
  assert_non_null (in->prepared);
  /* Read again, unchanged: the same snapshot, prepared once.  */
  assert_ptr_equal (listing_now (dir), in);
  assert_ptr_equal (in->prepared, listing_now (dir)->prepared);
  assert_answers_as_unprepared (in);
}

static void
a_changed_directory_gets_a_new_prepared_form (void **state)
{
  const sdkerr__dir_t *dir = sdkerr__dir_open (fixture_dir);
  const struct sdkerr__installed *before, *after;
  const struct sdkerr__prepared *p;
  (void) state;
  install ("de");
  install ("es");
  before = listing_now (dir);
  p = before->prepared;
  /* As many names as before, other ones.  */
  uninstall ("de");
  install ("fr");
  after = listing_now (dir);
  assert_ptr_not_equal (after, before);
  assert_string_equal (after->names[1], "fr");
  assert_non_null (after->prepared);
  assert_ptr_not_equal (after->prepared, p);
  assert_answers_as_unprepared (after);
  /* The snapshot before is kept, with its own prepared form, for
     whoever still reads it.  */
  assert_ptr_equal (before->prepared, p);
  assert_answers_as_unprepared (before);
}

/* Memory runs out at each allocation of a first reading in turn: what
   is published is prepared (an unprepared listing would answer as if
   nothing were installed until the directory changed), and the listing
   read once memory is back is whole.  */
static void
a_listing_not_prepared_is_not_published (void **state)
{
  int failed = 1;
  (void) state;
  SKIP_UNLESS_ALLOCATOR_WRAPPED ();
  for (long k = 0; failed; k++)
    {
      char path[256];
      const sdkerr__dir_t *dir;
      const struct sdkerr__installed *in;
      /* A directory not read before, its listing read now.  */
      snprintf (path, sizeof path, "%s/%ld", fixture_dir, k);
      assert_int_equal (mkdir (path, 0755), 0);
      assert_int_equal (mo_install (path, "de", "", 0), 0);
      assert_int_equal (mo_install (path, "es", "", 0), 0);
      assert_non_null (dir = sdkerr__dir_open (path));
      /* The listings already read are read again now, if due, not while
         memory runs out.  */
      atomic_store (&sdkerr__recheck_interval, 3600);
      sdkerr__catalogs_tick ();
      allocator_fail_in = k;
      in = sdkerr__dir_installed (dir);
      failed = allocator_fail_in < 0;
      allocator_fail_in = -1;
      assert_true (in->prepared != NULL || in->count == 0);
      in = listing_now (dir);
      assert_int_equal (in->count, 2);
      assert_non_null (in->prepared);
      assert_answers_as_unprepared (in);
    }
}

/* A name whose language part is longer than any tag's (no subtag of 9
   letters or more) is still found by gettext's search, as by gettext.  */
static void
a_long_language_part_is_found_by_name (void **state)
{
  static const char *const names[] = { "de", "tlhinganhol" };
  struct sdkerr__installed in = { names, 2, NULL, 0, NULL, NULL };
  struct sdkerr__prepared *p = sdkerr__prepare (&in);
  int picks[2];
  struct sdkerr__choice ch;
  (void) state;
  assert_non_null (p);
  sdkerr__choose_prepared (&in, p, "de:tlhinganhol", SDKERR__BY_GETTEXT, NULL,
                           picks, NULL, &ch);
  assert_int_equal (ch.count, 2);
  assert_string_equal (names[ch.pick[0]], "de");
  assert_string_equal (names[ch.pick[1]], "tlhinganhol");
  free (p);
}

/* A request's answer is merged from its chain until it is complete:
   the catalogs after a complete one are not even loaded.  Loading takes
   the library's lock, and nothing else of a miss does where gettext
   keeps a counter of its changes (glibc).  */
static void
a_complete_answer_loads_no_later_catalog (void **state)
{
  unsigned long before;
  (void) state;
  skip_without_built_catalogs ();
#if !HAVE__NL_MSG_CAT_CNTR && ENABLE_NLS
  skip_because ("this C library's gettext keeps no counter of its changes (musl): "
                "a miss takes the library's lock to read its binding");
#endif
  assert_string_equal (sdkerr_negotiate_tag ("de"), "de");
  before = atomic_load (&sdkerr__locks_taken);
  assert_string_equal (sdkerr_negotiate_tag ("de,ko;q=0.5"), "de");
  assert_int_equal (atomic_load (&sdkerr__locks_taken), before);
  /* The control: ko, not loaded then, is loaded now.  */
  assert_string_equal (sdkerr_negotiate_tag ("ko"), "ko");
  assert_true (atomic_load (&sdkerr__locks_taken) > before);
}

/* Each test with a fixture directory of its own making, empty.  */
static int
setup (void **state)
{
  (void) state;
  return mo_remove_tree (fixture_dir) == 0 && mkdir (fixture_dir, 0755) == 0 ? 0 : -1;
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup (a_listing_is_prepared_once_per_snapshot, setup),
    cmocka_unit_test_setup (a_changed_directory_gets_a_new_prepared_form, setup),
    cmocka_unit_test_setup (a_listing_not_prepared_is_not_published, setup),
    cmocka_unit_test (a_long_language_part_is_found_by_name),
    cmocka_unit_test (a_complete_answer_loads_no_later_catalog),
  };
  int rc;
  /* The last test reads the build tree's catalogs, and the fixtures set
     the variable for themselves: without it, the library would read the
     installed ones, if any, and the test would fail on a NULL tag.  */
  if (getenv ("SDKERR_LOCALEDIR") == NULL)
    {
      fprintf (stderr, "test-prepared: SDKERR_LOCALEDIR is not set "
               "(make check sets it to the build tree's catalogs)\n");
      return 1;
    }
  /* A name of its own, not the library's directory: the built catalogs
     stay the ones the last test reads.  */
  if (mkdtemp (fixture_dir) == NULL)
    return 1;
  rc = cmocka_run_group_tests (tests, NULL, fixture_close);
  return rc;
}
