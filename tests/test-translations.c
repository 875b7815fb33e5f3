/* test-translations.c - every code in every language of po/LINGUAS,
   through the library: a real translation, in the right script, with the
   SDK's identifiers kept.  */

#include "test-helpers.h"

#define MAX_LANGS 64
#define MAX_IDENTICAL 64

/* Identifiers that every translation keeps as they are.  */
static const char *const identifiers[] = {
  "input_mode", "sessionmode", "SESSIONID", "SESSION", "PUT", "Get", "Login",
  "SDK", "VAD", "HTTP", "WebSocket", "ID", "KEY", "CPU", "GPU",
};

static char langs[MAX_LANGS][16];
static size_t nlangs;
/* Msgids po/GLOSSARY.md lists as identical in Traditional Chinese.  */
static char identical[MAX_IDENTICAL][512];
static size_t nidentical;

static FILE *
open_source_file (const char *name)
{
  char path[4096];
  const char *top = getenv ("abs_top_srcdir");
  snprintf (path, sizeof path, "%s/po/%s", top != NULL ? top : ".", name);
  return fopen (path, "r");
}

static int
read_lists (void **state)
{
  char line[512];
  FILE *f = open_source_file ("LINGUAS");

  (void) state;
  if (f == NULL)
    return -1;
  while (fgets (line, sizeof line, f) != NULL && nlangs < MAX_LANGS)
    if (sscanf (line, " %15[A-Za-z_@]", langs[nlangs]) == 1 && line[0] != '#')
      nlangs++;
  fclose (f);
  f = open_source_file ("GLOSSARY.md");
  if (f == NULL)
    return 0;
  while (fgets (line, sizeof line, f) != NULL && nidentical < MAX_IDENTICAL)
    if (strncmp (line, "- identical: ", 13) == 0)
      {
        line[strcspn (line, "\n")] = '\0';
        snprintf (identical[nidentical++], sizeof identical[0], "%s", line + 13);
      }
  fclose (f);
  return 0;
}

/* Whether WORD occurs in S as a token (SESSION is not inside SESSIONID).  */
static int
has_identifier (const char *s, const char *word)
{
  size_t n = strlen (word);
  for (const char *p = s; (p = strstr (p, word)) != NULL; p++)
    {
      char before = p == s ? ' ' : p[-1], after = p[n];
      int letter_before = (before >= 'A' && before <= 'Z') || (before >= 'a' && before <= 'z') || before == '_';
      int letter_after = (after >= 'A' && after <= 'Z') || (after >= 'a' && after <= 'z') || after == '_';
      if (!letter_before && !letter_after)
        return 1;
    }
  return 0;
}

static int
listed_identical (const char *msgid)
{
  for (size_t i = 0; i < nidentical; i++)
    if (strcmp (identical[i], msgid) == 0)
      return 1;
  return 0;
}

static int
writes_han (const char *lang)
{
  return strncmp (lang, "zh", 2) == 0 || strcmp (lang, "ja") == 0;
}

static void
every_code_is_translated_in_every_language (void **state)
{
  size_t count;
  const int *codes = sdkerr_codes (&count);
  unsigned long problems = 0, untranslated = 0;

  (void) state;
#if !ENABLE_NLS
  skip_because ("built with --disable-nls");
#endif
  assert_true (nlangs >= 1);
  for (size_t l = 0; l < nlangs; l++)
    {
      assert_string_equal (sdkerr_negotiate (langs[l]), langs[l]);
      use_language (langs[l]);
      for (size_t i = 0; i < count; i++)
        {
          const char *msgid = sdkerr_message (codes[i]);
          const char *by_gettext = sdkerr_localized (codes[i]);
          const char *by_tag = sdkerr_localized_lang (codes[i], langs[l]);
          const char *why = NULL;
          /* The thread's path answers in the codeset bound, as gettext.  */
          if (strcmp (by_gettext, in_bound_codeset (by_tag)) != 0)
            why = "the two lookup paths differ";
          else if (*by_tag == '\0')
            why = "empty";
          else if (!is_utf8 (by_tag))
            why = "not UTF-8";
          else if (strcmp (by_tag, msgid) == 0
                   && !(strncmp (langs[l], "zh_", 3) == 0 && listed_identical (msgid)))
            why = "the Chinese msgid, untranslated";
          else if (!writes_han (langs[l]) && has_cjk (by_tag))
            why = "Chinese characters in a language that does not write them";
          else
            for (size_t k = 0; k < sizeof identifiers / sizeof identifiers[0]; k++)
              if (has_identifier (msgid, identifiers[k])
                  && !has_identifier (by_tag, identifiers[k]))
                why = "an identifier of the source is missing";
          if (why != NULL)
            {
              print_message ("# %s %d: %s: %s\n", langs[l], codes[i], why, by_tag);
              problems++;
              untranslated += strcmp (by_tag, msgid) == 0;
            }
        }
      if (untranslated > 0)
        print_message ("# %s: %lu of %zu messages untranslated\n", langs[l],
                       untranslated, count);
      untranslated = 0;
    }
  use_language (NULL);
  if (problems > 0)
    fail_msg ("%lu messages are missing or wrong (listed above)", problems);
}

static void
the_unknown_code_text_is_translated_everywhere (void **state)
{
  char buf[128], expect_number[32];
  (void) state;
#if !ENABLE_NLS
  skip_because ("built with --disable-nls");
#endif
  for (size_t l = 0; l < nlangs; l++)
    {
      assert_string_not_equal (sdkerr_localized_lang (-1, langs[l]), "未知错误码");
      sdkerr_localized_lang_r (-42, langs[l], buf, sizeof buf);
      snprintf (expect_number, sizeof expect_number, "42");
      assert_non_null (strstr (buf, expect_number));
      assert_null (strstr (buf, "%"));
    }
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (every_code_is_translated_in_every_language),
    cmocka_unit_test (the_unknown_code_text_is_translated_everywhere),
  };
  return cmocka_run_group_tests (tests, read_lists, NULL);
}
