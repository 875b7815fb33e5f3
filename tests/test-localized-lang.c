/* test-localized-lang.c - the per-call language path gives what gettext
   gives, for every code in every installed language; per-locale and
   per-thread use.  Runs against the catalogs built in the build tree.  */

#include "test-helpers.h"

#include <limits.h>
#include <pthread.h>
#include <time.h>

#define MAX_LANGS 64

/* gettext itself is the reference: under LANGUAGE=LANG, dgettext's bytes
   for every code (and an unknown one), which sdkerr_localized must give
   too.  */
static void
same_answer_as_gettext_for_every_code_and_language (void **state)
{
  (void) state;
#if !ENABLE_NLS
  skip_because ("built with --disable-nls: no catalogs to compare with");
#else
  const char *langs[MAX_LANGS];
  size_t n = sdkerr_languages (langs, MAX_LANGS), count;
  const int *codes = sdkerr_codes (&count);

  assert_true (n >= 1);
  for (size_t l = 0; l < n; l++)
    {
      use_language (langs[l]);
      for (size_t i = 0; i <= count; i++)
        {
          int code = i < count ? codes[i] : 12026;
          const char *msgid = i < count ? sdkerr_message (code) : "未知错误码";
          /* The tag path in UTF-8, the thread's in the codeset bound.  */
          const char *utf8 = dgettext_utf8 (msgid);
          const char *expected = dgettext ("sdkerr", msgid);
          if (strcmp (sdkerr_localized_lang (code, langs[l]), utf8) != 0
              || strcmp (sdkerr_localized (code), expected) != 0)
            fail_msg ("%s, %d: gettext gives \"%s\" (\"%s\" in UTF-8), "
                      "the library \"%s\" and \"%s\"", langs[l], code, expected, utf8,
                      sdkerr_localized (code), sdkerr_localized_lang (code, langs[l]));
        }
    }
  use_language (NULL);
#endif
}

static void
english_is_installed_and_negotiated (void **state)
{
  (void) state;
  skip_without_built_catalogs ();
  assert_string_equal (sdkerr_negotiate ("en-US,en;q=0.9"), "en");
  assert_string_equal (sdkerr_localized_lang (10003, "en-GB"),
                       "License has expired");
  assert_string_equal (sdkerr_localized_lang (10003, "zh-CN"), "授权过期");
}

static void
a_locale_object_selects_the_language (void **state)
{
  locale_t en, zh;
  (void) state;
#if !ENABLE_NLS
  skip_because ("built with --disable-nls");
#endif
  assert_string_equal (sdkerr_localized_l (10003, (locale_t) 0),
                       in_bound_codeset ("授权过期"));
  en = newlocale (LC_ALL_MASK, "en_US.UTF-8", (locale_t) 0);
  zh = newlocale (LC_ALL_MASK, "zh_CN.UTF-8", (locale_t) 0);
  if (en == (locale_t) 0 || zh == (locale_t) 0)
    {
      if (en != (locale_t) 0)
        freelocale (en);
      if (zh != (locale_t) 0)
        freelocale (zh);
      skip_because ("locales en_US.UTF-8 and zh_CN.UTF-8 are not generated");
    }
  assert_string_equal (sdkerr_localized_l (10003, en), "License has expired");
  assert_string_equal (sdkerr_localized_l (10003, zh), in_bound_codeset ("授权过期"));
  /* The thread's own locale is neither used nor changed.  */
  assert_ptr_equal (uselocale ((locale_t) 0), LC_GLOBAL_LOCALE);
  assert_non_null (setlocale (LC_ALL, "en_US.UTF-8"));
  assert_string_equal (sdkerr_localized_l (10003, LC_GLOBAL_LOCALE),
                       "License has expired");
  assert_string_equal (sdkerr_localized_l (10003, zh), in_bound_codeset ("授权过期"));
  assert_non_null (setlocale (LC_ALL, "C"));
  freelocale (en);
  freelocale (zh);
}

/* Eight threads, each with its own language (the installed ones and the
   source, in turn), for a short bounded time: no wrong answer.  */
struct worker
{
  const char *lang;
  const char **expected;
  unsigned long calls, mismatches;
};

static void *
work (void *arg)
{
  struct worker *w = arg;
  size_t count;
  const int *codes = sdkerr_codes (&count);
  struct timespec start, now;
  unsigned seed = (unsigned) (uintptr_t) w;

  clock_gettime (CLOCK_MONOTONIC, &start);
  do
    {
      for (int k = 0; k < 1000; k++)
        {
          size_t i = (seed = seed * 1103515245u + 12345u) % count;
          if (strcmp (sdkerr_localized_lang (codes[i], w->lang),
                      w->expected[i]) != 0)
            w->mismatches++;
          w->calls++;
        }
      clock_gettime (CLOCK_MONOTONIC, &now);
    }
  while ((now.tv_sec - start.tv_sec) * 1000000000L
         + (now.tv_nsec - start.tv_nsec) < 300000000L);
  return NULL;
}

static void
threads_with_different_languages_get_their_own (void **state)
{
  enum { N = 8 };
  const char *langs[MAX_LANGS];
  size_t n = sdkerr_languages (langs, MAX_LANGS), count;
  const int *codes = sdkerr_codes (&count);
  struct worker w[N];
  pthread_t t[N];

  (void) state;
  for (int k = 0; k < N; k++)
    {
      w[k].lang = (size_t) k < n ? langs[k] : k % 2 ? "zh-CN" : n ? langs[0] : "C";
      w[k].calls = w[k].mismatches = 0;
      w[k].expected = calloc (count, sizeof *w[k].expected);
      assert_non_null (w[k].expected);
      /* Expected: gettext's answer for that language, in UTF-8 as the
         tag path answers.  */
      use_language (strcmp (w[k].lang, "zh-CN") == 0 ? NULL : w[k].lang);
      for (size_t i = 0; i < count; i++)
        w[k].expected[i] = dgettext_utf8 (sdkerr_message (codes[i]));
    }
  use_language (NULL);
  for (int k = 0; k < N; k++)
    assert_int_equal (pthread_create (&t[k], NULL, work, &w[k]), 0);
  for (int k = 0; k < N; k++)
    assert_int_equal (pthread_join (t[k], NULL), 0);
  for (int k = 0; k < N; k++)
    {
      print_message ("# thread %d (%s): %lu calls, %lu wrong\n", k, w[k].lang,
                     w[k].calls, w[k].mismatches);
      assert_true (w[k].calls > 0);
      assert_int_equal (w[k].mismatches, 0);
      free (w[k].expected);
    }
}

/* Whether TAG is a BCP 47 tag of the shape the library gives:
   language (2 or 3 lower-case letters), optional script (Xxxx), optional
   region (2 upper-case letters or 3 digits).  */
static int
well_formed (const char *tag)
{
  const char *p = tag;
  int n = 0;
  while (*p >= 'a' && *p <= 'z')
    p++, n++;
  if (n < 2 || n > 3)
    return 0;
  if (p[0] == '-' && p[1] >= 'A' && p[1] <= 'Z' && p[2] >= 'a' && p[2] <= 'z'
      && p[3] >= 'a' && p[3] <= 'z' && p[4] >= 'a' && p[4] <= 'z'
      && (p[5] == '\0' || p[5] == '-'))
    p += 5;
  if (*p == '\0')
    return 1;
  if (*p++ != '-')
    return 0;
  if (p[0] >= 'A' && p[0] <= 'Z' && p[1] >= 'A' && p[1] <= 'Z' && p[2] == '\0')
    return 1;
  return p[0] >= '0' && p[0] <= '9' && p[1] >= '0' && p[1] <= '9'
         && p[2] >= '0' && p[2] <= '9' && p[3] == '\0';
}

/* Content-Language wants BCP 47: every installed catalog's tag is one,
   and names its catalog.  */
static void
negotiated_tags_are_bcp47_for_every_catalog (void **state)
{
  const char *langs[64];
  size_t n = sdkerr_languages (langs, 64);
  (void) state;
  skip_without_built_catalogs ();
  assert_true (n >= 1 && n <= 64);
  for (size_t i = 0; i < n; i++)
    {
      const char *tag = sdkerr_negotiate_tag (langs[i]);
      assert_non_null (tag);
      if (!well_formed (tag))
        fail_msg ("%s: '%s' is not a well-formed tag", langs[i], tag);
      /* The tag leads back to the same catalog.  */
      assert_string_equal (sdkerr_negotiate (tag), langs[i]);
    }
  assert_string_equal (sdkerr_negotiate_tag ("zh-CN"), "zh-CN");
  assert_true (well_formed (sdkerr_negotiate_tag ("zh")));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (same_answer_as_gettext_for_every_code_and_language),
    cmocka_unit_test (english_is_installed_and_negotiated),
    cmocka_unit_test (negotiated_tags_are_bcp47_for_every_catalog),
    cmocka_unit_test (a_locale_object_selects_the_language),
    cmocka_unit_test (threads_with_different_languages_get_their_own),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
