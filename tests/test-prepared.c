/* test-prepared.c - a catalog directory's listing is prepared for the
   rules once (src/prepared.c), and a new listing, as a changed directory
   gives, gets its own preparation, never another listing's; an answer's
   merge stops at a complete catalog.  Built from the library's sources,
   to reach the resolver's internals.  */

#include "test-helpers.h"

#include <stdatomic.h>

#include "internal.h"

/* Listings of two names, each in its own array, never changed nor freed
   while the library is loaded, as the directory's reader makes them.  */
static const char *const de_es[] = { "de", "es" };
static const char *const es_fr[] = { "es", "fr" };
static const char *const de_long[] = { "de", "tlhinganhol" };

static struct sdkerr__installed
listing (const char *const *names)
{
  struct sdkerr__installed in = { names, 2, NULL, 0, NULL };
  return in;
}

/* The names chosen for REQUEST (a tag list) among IN prepared as P,
   comma-separated, into OUT.  */
static const char *
chosen (const struct sdkerr__installed *in, const struct sdkerr__prepared *p,
        const char *request, enum sdkerr__style style, char *out, size_t size)
{
  int picks[2];
  struct sdkerr__choice ch;
  size_t len = 0;
  sdkerr__choose_prepared (in, p, request, style, NULL, picks, &ch);
  out[0] = '\0';
  for (unsigned i = 0; i < ch.count; i++)
    len += (size_t) snprintf (out + len, size - len, "%s%s", i > 0 ? "," : "",
                              in->names[ch.pick[i]]);
  return out;
}

static void
a_new_listing_gets_its_own_preparation (void **state)
{
  struct sdkerr__installed before = listing (de_es);
  struct sdkerr__installed after = listing (es_fr);
  const struct sdkerr__prepared *p, *q;
  char out[64];
  (void) state;

  p = sdkerr__prepared_for (&before);
  assert_non_null (p);
  /* Once per listing.  */
  assert_ptr_equal (sdkerr__prepared_for (&before), p);
  assert_string_equal (chosen (&before, p, "fr,es", SDKERR__BY_TAGS, out, sizeof out), "es");
  /* The directory changed: its new listing is prepared anew.  */
  q = sdkerr__prepared_for (&after);
  assert_non_null (q);
  assert_ptr_not_equal (q, p);
  assert_string_equal (chosen (&after, q, "fr,es", SDKERR__BY_TAGS, out, sizeof out), "fr,es");
  /* The first listing keeps its own.  */
  assert_ptr_equal (sdkerr__prepared_for (&before), p);
}

/* A name whose language part is longer than any tag's (no subtag of 9
   letters or more) is still found by gettext's search, as by gettext.  */
static void
a_long_language_part_is_found_by_name (void **state)
{
  struct sdkerr__installed in = listing (de_long);
  const struct sdkerr__prepared *p = sdkerr__prepared_for (&in);
  char out[64];
  (void) state;
  assert_non_null (p);
  assert_string_equal (chosen (&in, p, "de:tlhinganhol", SDKERR__BY_GETTEXT, out,
                               sizeof out), "de,tlhinganhol");
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

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (a_new_listing_gets_its_own_preparation),
    cmocka_unit_test (a_long_language_part_is_found_by_name),
    cmocka_unit_test (a_complete_answer_loads_no_later_catalog),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
