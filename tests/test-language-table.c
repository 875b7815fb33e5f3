/* test-language-table.c - src/languages.def, the one table of language
   knowledge: its rows are findable (sorted, each once), every code it
   names leads to a row, every language of po/LINGUAS has one, and the
   manual's list of aliases is the table's.  With the library's reading of
   it (src/language-table.c).  */

#include "test-helpers.h"

#include "chinese-regions.h"
#include "internal.h"

static const struct
{
  const char *code, *fallback, *region, *script, *und;
  int rtl;
  const char *aliases, *endonym;
} rows[] = {
#define SDKERR_LANGUAGE(code, fallback, region, script, und, rtl, aliases, endonym) \
  { code, fallback, region, script, und, rtl, aliases, endonym },
#include "languages.def"
#undef SDKERR_LANGUAGE
};

#define N_ROWS (sizeof rows / sizeof rows[0])

static const struct
{
  const char *tag, *preferred;
} grandfathered[] = {
#define SDKERR_LANGUAGE(code, fallback, region, script, und, rtl, aliases, endonym)
#define SDKERR_GRANDFATHERED(tag, preferred) { tag, preferred },
#include "languages.def"
#undef SDKERR_GRANDFATHERED
#undef SDKERR_LANGUAGE
};

#define N_GRANDFATHERED (sizeof grandfathered / sizeof grandfathered[0])

/* The next space-separated word of *P into WORD (16 bytes); 0 at the
   end.  */
static int
next_word (const char **p, char *word)
{
  size_t n;
  *p += strspn (*p, " ");
  n = strcspn (*p, " ");
  if (n == 0)
    return 0;
  assert_true (n < 16);
  memcpy (word, *p, n);
  word[n] = '\0';
  *p += n;
  return 1;
}

static int
row_index (const char *code)
{
  for (size_t i = 0; i < N_ROWS; i++)
    if (strcmp (rows[i].code, code) == 0)
      return (int) i;
  return -1;
}

/* The language TAG's subtag stands for.  The library may answer with
   the subtag itself, inside the tag: T outlives this call.  */
static const char *
language_of (const char *tag)
{
  static struct sdkerr__tag t;
  memset (&t, 0, sizeof t);
  assert_true (strlen (tag) < sizeof t.lang);
  memcpy (t.lang, tag, strlen (tag));
  return sdkerr__language_of (&t);
}

static void
rows_are_strictly_sorted (void **state)
{
  (void) state;
  for (size_t i = 1; i < N_ROWS; i++)
    if (strcmp (rows[i - 1].code, rows[i].code) >= 0)
      fail_msg ("languages.def: \"%s\" is not before \"%s\"", rows[i - 1].code,
                rows[i].code);
  for (size_t i = 0; i < N_ROWS; i++)
    if (strchr (rows[i].code, '-') == NULL)
      assert_string_equal (language_of (rows[i].code), rows[i].code);
  assert_string_equal (language_of ("xyz"), "xyz");
}

static void
every_alias_leads_to_its_row_and_no_other (void **state)
{
  size_t count = 0;
  (void) state;
  for (size_t i = 0; i < N_ROWS; i++)
    {
      const char *p = rows[i].aliases;
      char word[16];
      while (next_word (&p, word))
        {
          if (row_index (word) >= 0)
            fail_msg ("\"%s\" is both a row and an alias of \"%s\"", word, rows[i].code);
          assert_string_equal (language_of (word), rows[i].code);
          count++;
        }
    }
  /* The aliases the resolver had before the table, and none lost.  */
  assert_true (count >= 60);
}

static void
every_fallback_is_a_catalog_language (void **state)
{
  (void) state;
  for (size_t i = 0; i < N_ROWS; i++)
    if (rows[i].fallback[0] != '\0')
      {
        int to = row_index (rows[i].fallback);
        if (to < 0 || rows[to].region[0] == '\0' || rows[to].fallback[0] != '\0')
          fail_msg ("%s falls back to %s, not a catalog language", rows[i].code,
                    rows[i].fallback);
      }
}

static void
und_subtags_mean_one_language_each (void **state)
{
  (void) state;
  for (size_t i = 0; i < N_ROWS; i++)
    {
      const char *p = rows[i].und;
      char word[16];
      while (next_word (&p, word))
        for (size_t j = i + 1; j < N_ROWS; j++)
          {
            const char *q = rows[j].und;
            char other[16];
            while (next_word (&q, other))
              if (strcmp (word, other) == 0)
                fail_msg ("und-%s is %s and %s", word, rows[i].code, rows[j].code);
          }
    }
}

static void
every_catalog_has_a_row (void **state)
{
  char *linguas = read_source ("po/LINGUAS");
  char *line = linguas;
  (void) state;
  for (char *next; *line != '\0'; line = next)
    {
      char tag[32], lang[32];
      int row;
      next = line + strcspn (line, "\n");
      next += *next == '\n';
      if (*line == '#' || *line == '\n')
        continue;
      snprintf (tag, sizeof tag, "%.*s", (int) strcspn (line, " \n"), line);
      for (char *c = tag; *c != '\0'; c++)
        *c = *c == '_' ? '-' : *c;
      snprintf (lang, sizeof lang, "%.*s", (int) strcspn (tag, "-"), tag);
      row = row_index (tag);
      if (row < 0)
        fail_msg ("po/LINGUAS has %s; languages.def has no row for it", tag);
      if (rows[row].endonym[0] == '\0' || rows[row].script[0] == '\0')
        fail_msg ("%s has no endonym or no script", tag);
      if (row_index (lang) < 0 || rows[row_index (lang)].region[0] == '\0')
        fail_msg ("%s: no row for its language, %s, or no likely region", tag, lang);
    }
  free (linguas);
}

/* The manual's item on aliases: ".BR deu \", \" ger \" \\(-> \" de ;"
   lines, and "yue -> Traditional Chinese".  Each alias it names must be
   the table's, and each of the table's must be there.  */
static void
the_manual_lists_the_tables_aliases (void **state)
{
  char *man = read_source ("man/sdkerr_localized.3");
  char *item = strstr (man, "Aliases and three-letter codes");
  char *end;
  size_t listed = 0, in_table = 0;
  (void) state;

  assert_non_null (item);
  end = strstr (item, "\n.IP 4.");
  assert_non_null (end);
  *end = '\0';
  for (char *line = strstr (item, "\n.BR "); line != NULL; line = strstr (line + 1, "\n.BR "))
    {
      char *arrow = strstr (line, "\\(-> ");
      char *eol = strchr (line + 1, '\n');
      char target[16] = "";
      if (arrow == NULL || (eol != NULL && arrow > eol))
        continue;
      sscanf (arrow + 5 + strspn (arrow + 5, "\" "), "%15[a-zA-Z]", target);
      if (strcmp (target, "Traditional") == 0)
        strcpy (target, "zh");
      for (char *p = line + 5; p < arrow;)
        {
          char word[16];
          size_t n = strspn (p, "abcdefghijklmnopqrstuvwxyz");
          if (n >= 2 && n <= 3)
            {
              snprintf (word, sizeof word, "%.*s", (int) n, p);
              if (strcmp (language_of (word), target) != 0)
                fail_msg ("the manual reads %s as %s; the table as %s", word, target,
                          language_of (word));
              listed++;
            }
          p += n > 0 ? n : 1;
        }
    }
  for (size_t i = 0; i < N_ROWS; i++)
    {
      const char *p = rows[i].aliases;
      char word[16], bold[24];
      while (next_word (&p, word))
        {
          in_table++;
          snprintf (bold, sizeof bold, "\n.BR %s ", word);
          if (strstr (item, bold) == NULL)
            {
              snprintf (bold, sizeof bold, "\" %s \"", word);
              if (strstr (item, bold) == NULL)
                fail_msg ("the manual does not list %s -> %s", word, rows[i].code);
            }
        }
    }
  assert_int_equal (listed, in_table);
  free (man);
}

/* The manual counts the languages that fall back across languages
   ("and so on, N languages in all"): the table's rows with a fallback.  */
static void
the_manual_counts_the_tables_fallbacks (void **state)
{
  char *man = read_source ("man/sdkerr_localized.3");
  const char *said = strstr (man, "and so on, ");
  unsigned in_manual = 0, in_table = 0;
  (void) state;

  assert_non_null (said);
  assert_int_equal (sscanf (said, "and so on, %u languages in all", &in_manual), 1);
  for (size_t i = 0; i < N_ROWS; i++)
    in_table += rows[i].fallback[0] != '\0';
  assert_int_equal (in_manual, in_table);
  free (man);
}

/* Each Traditional region reads its own catalog first, then only other
   Traditional regions, each once; the library answers with that list.  */
static void
chinese_regions_read_traditional_regions (void **state)
{
  (void) state;
  assert_true (SDKERR__N_CHINESE_REGIONS >= 3);
  for (size_t i = 0; i < SDKERR__N_CHINESE_REGIONS; i++)
    {
      const char *p = sdkerr__chinese_regions[i].nearest;
      char word[16], seen[64] = "";
      int first = 1;
      assert_string_equal (sdkerr__traditional_regions (sdkerr__chinese_regions[i].region),
                           sdkerr__chinese_regions[i].nearest);
      while (next_word (&p, word))
        {
          size_t k = 0;
          if (first)
            assert_string_equal (word, sdkerr__chinese_regions[i].region);
          first = 0;
          while (k < SDKERR__N_CHINESE_REGIONS && strcmp (word, sdkerr__chinese_regions[k].region) != 0)
            k++;
          if (k == SDKERR__N_CHINESE_REGIONS)
            fail_msg ("%s reads %s, which writes no Traditional", sdkerr__chinese_regions[i].region, word);
          if (strstr (seen, word) != NULL)
            fail_msg ("%s reads %s twice", sdkerr__chinese_regions[i].region, word);
          strcat (seen, word);
          strcat (seen, " ");
        }
    }
  assert_null (sdkerr__traditional_regions ("CN"));
  assert_null (sdkerr__traditional_regions ("SG"));
}

/* The reader of a nearest list, shared by the library and the command,
   gives each region once, in order, and stops at the end.  */
static void
nearest_regions_are_read_in_order (void **state)
{
  const char *p = "MO HK TW";
  char region[3];
  (void) state;
  assert_true (sdkerr__next_region (&p, region));
  assert_string_equal (region, "MO");
  assert_true (sdkerr__next_region (&p, region));
  assert_string_equal (region, "HK");
  assert_true (sdkerr__next_region (&p, region));
  assert_string_equal (region, "TW");
  assert_false (sdkerr__next_region (&p, region));
  p = "HK";
  assert_true (sdkerr__next_region (&p, region));
  assert_string_equal (region, "HK");
  assert_false (sdkerr__next_region (&p, region));
}

/* The grandfathered tags are found by bisection: sorted, each once, in
   lower case; each is found, in any case, alone or followed by
   subtags.  */
static void
grandfathered_tags_are_sorted_and_found (void **state)
{
  size_t len = 0;
  (void) state;
  assert_true (N_GRANDFATHERED >= 26);
  for (size_t i = 0; i < N_GRANDFATHERED; i++)
    {
      char upper[16], longer[32];
      size_t n = strlen (grandfathered[i].tag);
      if (i > 0 && strcmp (grandfathered[i - 1].tag, grandfathered[i].tag) >= 0)
        fail_msg ("languages.def: \"%s\" is not before \"%s\"",
                  grandfathered[i - 1].tag, grandfathered[i].tag);
      assert_true (n < sizeof upper);
      for (size_t k = 0; k <= n; k++)
        {
          if (grandfathered[i].tag[k] >= 'A' && grandfathered[i].tag[k] <= 'Z')
            fail_msg ("%s is not in lower case", grandfathered[i].tag);
          upper[k] = grandfathered[i].tag[k] >= 'a' && grandfathered[i].tag[k] <= 'z'
                     ? (char) (grandfathered[i].tag[k] - 'a' + 'A') : grandfathered[i].tag[k];
        }
      assert_string_equal (sdkerr__grandfathered (upper, &len), grandfathered[i].preferred);
      assert_int_equal (len, n);
      snprintf (longer, sizeof longer, "%s-Latn-TW", grandfathered[i].tag);
      assert_string_equal (sdkerr__grandfathered (longer, &len), grandfathered[i].preferred);
      assert_int_equal (len, n);
    }
  /* The longest wins; a prefix that is no whole subtag is none.  */
  assert_string_equal (sdkerr__grandfathered ("zh-min-nan-TW", &len), "nan");
  assert_int_equal (len, 10);
  assert_string_equal (sdkerr__grandfathered ("zh-min", &len), "");
  assert_null (sdkerr__grandfathered ("zh-minnan", &len));
  assert_null (sdkerr__grandfathered ("i", &len));
  assert_null (sdkerr__grandfathered ("en-GB", &len));
  assert_string_equal (language_of ("tlh"), "tlh");
  assert_string_equal (language_of ("nan"), "nan");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (rows_are_strictly_sorted),
    cmocka_unit_test (every_alias_leads_to_its_row_and_no_other),
    cmocka_unit_test (every_fallback_is_a_catalog_language),
    cmocka_unit_test (und_subtags_mean_one_language_each),
    cmocka_unit_test (every_catalog_has_a_row),
    cmocka_unit_test (the_manual_lists_the_tables_aliases),
    cmocka_unit_test (the_manual_counts_the_tables_fallbacks),
    cmocka_unit_test (chinese_regions_read_traditional_regions),
    cmocka_unit_test (nearest_regions_are_read_in_order),
    cmocka_unit_test (grandfathered_tags_are_sorted_and_found),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
