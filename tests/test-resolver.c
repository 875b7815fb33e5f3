/* test-resolver.c - the rules that choose a catalog, as a pure function:
   a request and a list of installed names in, the chosen names out.  No
   file is read: these are src/match.c, src/tags.c and src/gettext-order.c
   alone.  */

#include "test-helpers.h"

#include "internal.h"

/* A catalog directory as an installation with every shipped language
   has it, plus a few to tell rules apart (de_AT, sr, sr@latin).  */
static const char *const names[] = {
  "ar", "de", "de_AT", "en", "es", "fa", "fr", "he", "id", "ja", "ms",
  "pt_BR", "sr", "sr@latin", "zh", "zh_CN", "zh_HK", "zh_MO", "zh_SG", "zh_TW",
};
static const struct sdkerr__alias aliases[] = {
  { "deutsch", "de_DE.ISO-8859-1" },
  { "portuguese", "pt_PT.ISO-8859-1" },
};
static const struct sdkerr__installed installed = {
  names, sizeof names / sizeof names[0], aliases, 2, NULL, NULL
};
/* Room for every installed name, as the library gives the resolver.  */
static int picks[sizeof names / sizeof names[0]];

/* The first catalog chosen: a name, "source" when the request chose the
   Chinese source first, "-" when nothing matched.  */
static const char *
first_choice (const char *request, enum sdkerr__style style,
              const char *fallback, struct sdkerr__choice *ch)
{
  sdkerr__choose (&installed, request, style, fallback, picks, ch);
  if (ch->count > 0)
    return names[ch->pick[0]];
  return ch->source ? "source" : "-";
}

static const struct
{
  const char *request;
  const char *expected;
} tag_cases[] = {
  /* Exact lookup, then less specific.  */
  { "de-AT", "de_AT" }, { "de-CH", "de" }, { "de_DE.UTF-8@euro", "de" },
  { "EN_us", "en" }, { "es-419", "es" }, { "en-GB-oxendict", "en" },
  /* The same language in another region.  */
  { "pt", "pt_BR" }, { "pt-PT", "pt_BR" }, { "pt-AO", "pt_BR" },
  { "pt_PT.UTF-8", "pt_BR" }, { "pt-PT,pt;q=0.9,en;q=0.8", "pt_BR" },
  /* ... whatever modifier that is no script the request names, as exact
     lookup drops it (de_DE@euro reads de).  */
  { "pt_PT@euro", "pt_BR" }, { "pt_RS@euro", "pt_BR" }, { "pt@euro", "pt_BR" },
  { "pt_PT.UTF-8@euro", "pt_BR" },
  { "es-MX", "es" }, { "en-IN", "en" },
  /* Registered aliases and three-letter codes.  */
  { "in-ID", "id" }, { "in", "id" }, { "ind", "id" }, { "iw", "he" },
  { "iw-IL", "he" }, { "heb", "he" }, { "deu", "de" }, { "ger", "de" },
  { "fra", "fr" }, { "fre", "fr" }, { "jpn", "ja" }, { "ara", "ar" },
  { "spa-MX", "es" }, { "por", "pt_BR" }, { "zho", "zh" },
  { "pes", "fa" }, { "zsm", "ms" }, { "may", "ms" },
  /* An extended language subtag of Arabic, Malay or Persian stands for
     the language itself (RFC 5646, 2.2.2): ar-arb is Standard Arabic,
     ar-arz Egyptian Arabic, of which no catalog is installed: its
     readers read Arabic (CLDR's one-way fallback), as those of ms-zlm
     read Malay; no fallback is known for Gilaki (fa-glk), nor for a
     code reserved for local use (ar-qaa, ms-qaa): those match nothing.  */
  { "ar-arb", "ar" }, { "ar-arb-EG", "ar" }, { "ar-arz", "ar" }, { "ar-qaa", "-" },
  { "ms-zsm", "ms" }, { "ms-zlm", "ms" }, { "ms-qaa", "-" },
  { "fa-pes", "fa" }, { "fa-glk", "-" },
  /* CLDR's one-way fallbacks for languages without a catalog (gl -> es),
     after every language the request names, q=0 honoured.  */
  { "gl", "es" }, { "gl-ES", "es" }, { "eu", "es" }, { "lb", "de" },
  { "gsw-CH", "de" }, { "jw", "id" }, { "ur-PK", "en" }, { "ug", "zh" },
  { "gl,fr", "fr" }, { "gl,fr;q=0.5", "fr" }, { "gl,es;q=0", "-" },
  { "gl,es;q=0,en", "en" }, { "rm,gl", "de" },
  /* und- tags: the likely language of the region, else of the script
     (CLDR's likelySubtags.xml), else en.  */
  { "und-TW", "zh_TW" }, { "und-Hant", "zh_TW" }, { "und-Hant-HK", "zh_HK" },
  { "und-MO", "zh_MO" }, { "und-CN", "zh_CN" }, { "und-Hans", "zh" },
  { "und-BR", "pt_BR" }, { "und-JP", "ja" }, { "und-Jpan", "ja" },
  { "und-AT", "de_AT" }, { "und-CH", "de" }, { "und-419", "es" },
  { "und-Arab", "ar" }, { "und-Arab-IR", "fa" }, { "und", "en" },
  /* Chinese by script.  */
  { "zh-HK", "zh_HK" }, { "zh-MO", "zh_MO" }, { "zh-TW", "zh_TW" },
  { "zh-Hant", "zh_TW" }, { "zh-Hant-HK", "zh_HK" }, { "zh-Hant-US", "zh_TW" },
  { "cmn-Hant-TW", "zh_TW" }, { "yue-Hant-HK", "zh_HK" }, { "yue", "zh_HK" },
  { "zh-yue", "zh_HK" }, { "zh-CN", "zh_CN" }, { "zh-SG", "zh_SG" },
  { "zh-Hans-HK", "zh" }, { "zh-Hans", "zh" }, { "zh", "zh" },
  { "zh_HK.UTF-8", "zh_HK" },
  /* Cantonese of a region that writes Simplified or no Chinese reads Hong
     Kong's text, as plain yue does (CLDR: yue is yue-Hant-HK); Taiwan
     and Macao keep their own.  */
  { "yue-CA", "zh_HK" }, { "yue-AU", "zh_HK" }, { "yue-NZ", "zh_HK" },
  { "yue-AT", "zh_HK" }, { "yue-TW", "zh_TW" }, { "yue-MO", "zh_MO" },
  { "yue-Hans-CA", "zh" },
  /* Grandfathered tags are their preferred values (RFC 5646 2.2.8, the
     IANA registry), subtags after them kept: zh-min-nan is nan (whose
     readers read Chinese), not zh with the extended language min
     (Minangkabau, read as Malay); i-klingon is tlh (read as English).
     One without a preferred value names no language.  */
  { "zh-min-nan", "zh" }, { "ZH-Min-Nan-TW", "zh" }, { "i-klingon", "en" },
  { "I-KLINGON;q=0.5", "en" }, { "i-lux", "de" }, { "i-lux-LU", "de" },
  { "zh-xiang", "zh" }, { "i-navajo,i-hak", "zh" }, { "zh-min", "-" },
  { "i-default", "-" }, { "art-lojban", "-" }, { "i-klingonx", "-" },
  /* Scripts as gettext's modifiers.  */
  { "sr-Latn", "sr@latin" }, { "sr-Latn-RS", "sr@latin" }, { "sr-Cyrl", "sr" },
  /* Weights decide, not position.  */
  { "fr;q=0.5,ja;q=0.9", "ja" }, { "*;q=0.5,es", "es" },
  /* C and POSIX name no language in a tag list: the next item counts.  */
  { "C,zh-HK", "zh_HK" }, { "POSIX,sr-Latn", "sr@latin" },
  /* Nothing matches.  */
  { "C", "-" }, { "POSIX", "-" }, { "C.UTF-8", "-" },
  { "nb-NO,zh;q=0", "-" }, { "xx", "-" }, { "", "-" }, { "*", "-" },
  { "../../etc/passwd", "-" }, { "\xff\xfe", "-" },
};

static void
tags_choose_the_closest_installed_catalog (void **state)
{
  struct sdkerr__choice ch;
  (void) state;
  for (size_t i = 0; i < sizeof tag_cases / sizeof tag_cases[0]; i++)
    {
      const char *got = first_choice (tag_cases[i].request, SDKERR__BY_TAGS,
                                      NULL, &ch);
      if (strcmp (got, tag_cases[i].expected) != 0)
        fail_msg ("'%s': expected %s, got %s", tag_cases[i].request,
                  tag_cases[i].expected, got);
    }
}

/* The whole choice for the tag list REQUEST among the LISTED names (at
   most 4, sorted, NULL-terminated): EXPECTED, in its order.  */
static void
assert_choice (const char *const *listed, const char *request,
               const char *const *expected)
{
  size_t n = 0, count = 0;
  int room[4];
  struct sdkerr__choice ch;
  struct sdkerr__installed in = { listed, 0, NULL, 0, NULL, NULL };
  while (listed[n] != NULL)
    n++;
  in.count = n;
  assert_true (n <= sizeof room / sizeof room[0]);
  sdkerr__choose (&in, request, SDKERR__BY_TAGS, NULL, room, &ch);
  while (expected[count] != NULL)
    count++;
  assert_int_equal (ch.count, count);
  for (size_t i = 0; i < count; i++)
    assert_string_equal (listed[ch.pick[i]], expected[i]);
}

/* Among several regional catalogs of a language, none for the request's
   region, the likely region's comes first (CLDR: pt is pt-BR), then the
   others in name order.  */
static void
the_likely_region_comes_first (void **state)
{
  static const char *const regional[] = { "pt_AO", "pt_BR", "pt_PT", NULL };
  static const char *const chosen[] = { "pt_BR", "pt_AO", "pt_PT", NULL };
  (void) state;
  assert_choice (regional, "pt-MZ", chosen);
}

/* Lookup (RFC 4647) drops the region before another region is tried:
   pt-PT reads the catalog of Portuguese itself before Brazil's, though
   Brazil is Portuguese's likely region.  */
static void
the_language_itself_comes_before_another_region (void **state)
{
  static const char *const both[] = { "pt", "pt_BR", NULL };
  static const char *const chosen[] = { "pt", "pt_BR", NULL };
  (void) state;
  assert_choice (both, "pt-PT", chosen);
}

/* Exact lookup tries the names gettext tries for pt_BR (pt_BR, then pt),
   not a name with a codeset or modifier: pt_BR.UTF-8 and pt_BR@euro come
   after pt, as another region's catalogs would.  */
static void
exact_lookup_reads_bare_names_only (void **state)
{
  static const char *const codeset[] = { "pt", "pt_BR.UTF-8", NULL };
  static const char *const modifier[] = { "pt", "pt_BR@euro", NULL };
  static const char *const codeset_chosen[] = { "pt", "pt_BR.UTF-8", NULL };
  static const char *const modifier_chosen[] = { "pt", NULL };
  (void) state;
  assert_choice (codeset, "pt-BR", codeset_chosen);
  assert_choice (modifier, "pt-BR", modifier_chosen);
}

/* Another region's catalog must share the request's script modifier: a
   Latin reader never gets Cyrillic Serbian (sr_RS) for sr_ME@latin;
   a modifier that is no script (@euro) is no obstacle.  */
static void
another_region_keeps_the_script_modifier (void **state)
{
  static const char *const cyrillic[] = { "pt_BR", "sr_RS", NULL };
  static const char *const both[] = { "sr_RS", "sr_RS@latin", NULL };
  static const char *const nothing[] = { NULL };
  static const char *const latin[] = { "sr_RS@latin", NULL };
  static const char *const brazil[] = { "pt_BR", NULL };
  (void) state;
  assert_choice (cyrillic, "sr_ME@latin", nothing);
  assert_choice (both, "sr_ME@latin", latin);
  assert_choice (cyrillic, "pt_AO@euro", brazil);
}

/* Traditional Chinese never falls back to the Simplified catalogs.  */
static void
traditional_chinese_never_gets_simplified (void **state)
{
  static const char *const requests[] = {
    "zh-HK", "zh-MO", "zh-TW", "zh-Hant", "yue", "cmn-Hant-TW",
  };
  struct sdkerr__choice ch;
  (void) state;
  for (size_t i = 0; i < sizeof requests / sizeof requests[0]; i++)
    {
      sdkerr__choose (&installed, requests[i], SDKERR__BY_TAGS, NULL, picks, &ch);
      assert_true (ch.count > 0);
      assert_false (ch.source);
      for (unsigned k = 0; k < ch.count; k++)
        {
          const char *n = names[ch.pick[k]];
          if (strcmp (n, "zh") == 0 || strcmp (n, "zh_CN") == 0
              || strcmp (n, "zh_SG") == 0)
            fail_msg ("%s chose %s", requests[i], n);
        }
    }
}

/* A list of any length: the 32 heaviest ranges count, wherever they
   stand.  */
static void
the_heaviest_ranges_count_however_long_the_list (void **state)
{
  char list[4096] = "";
  struct sdkerr__choice ch;
  (void) state;
  for (int i = 0; i < 200; i++)
    strcat (list, "xx;q=0.5,");
  strcat (list, "ja");
  assert_string_equal (first_choice (list, SDKERR__BY_TAGS, NULL, &ch), "ja");
  /* Equal weights: the first ones.  */
  strcpy (list, "ja");
  for (int i = 0; i < 200; i++)
    strcat (list, ",xx");
  strcat (list, ",de");
  assert_string_equal (first_choice (list, SDKERR__BY_TAGS, NULL, &ch), "ja");
  /* The 32nd range counts; the 33rd does not.  */
  list[0] = '\0';
  for (int i = 0; i < 31; i++)
    strcat (list, "xx,");
  strcat (list, "ja");
  assert_string_equal (first_choice (list, SDKERR__BY_TAGS, NULL, &ch), "ja");
  strcpy (list, "xx,");
  for (int i = 0; i < 31; i++)
    strcat (list, "xx,");
  strcat (list, "ja");
  assert_string_equal (first_choice (list, SDKERR__BY_TAGS, NULL, &ch), "-");
}

/* The default comes after what was requested, never before, and only
   where the request did not choose the source itself.  */
static void
the_default_follows_the_request (void **state)
{
  struct sdkerr__choice ch;
  (void) state;
  assert_string_equal (first_choice ("nb-NO,zh;q=0", SDKERR__BY_TAGS, "en", &ch), "en");
  assert_false (ch.matched);
  assert_int_equal (ch.requested, 0);
  assert_string_equal (first_choice ("fr", SDKERR__BY_TAGS, "en", &ch), "fr");
  assert_true (ch.matched);
  assert_int_equal (ch.requested, 1);
  assert_string_equal (names[ch.pick[1]], "en");
  assert_string_equal (first_choice (NULL, SDKERR__BY_TAGS, "en", &ch), "en");
  assert_string_equal (first_choice ("C", SDKERR__BY_GETTEXT, "en", &ch), "source");
  /* CLDR's fallbacks come before the default, and count as matched.  */
  assert_string_equal (first_choice ("gl", SDKERR__BY_TAGS, "en", &ch), "es");
  assert_int_equal (ch.requested, 1);
  assert_string_equal (names[ch.pick[1]], "en");
  assert_string_equal (first_choice ("zh-CN", SDKERR__BY_TAGS, "en", &ch), "zh_CN");
  assert_true (ch.source);
  for (unsigned k = 0; k < ch.count; k++)
    assert_string_not_equal (names[ch.pick[k]], "en");
}

static const struct
{
  const char *value;            /* LANGUAGE, or a locale name */
  const char *expected[4];      /* the chosen names, in order */
  int source;
} gettext_cases[] = {
  /* gettext's own search first, over the whole list.  */
  { "de_DE.UTF-8", { "de" }, 0 },
  { "fr:de", { "fr", "de" }, 0 },
  { "pt_PT:en", { "en", "pt_BR" }, 0 },
  { "zh_CN:en", { "zh_CN", "zh", "en" }, 1 },
  { "zh_HK.UTF-8", { "zh_HK", "zh" }, 0 },
  { "xx:ja", { "ja" }, 0 },
  /* gettext stops at C and POSIX, but not at C.UTF-8: a name it tries
     like any other.  */
  { "de:C:fr", { "de" }, 1 },
  { "POSIX:fr", { NULL }, 1 },
  { "C.UTF-8:de", { "de" }, 0 },
  /* CLDR's fallbacks after every element, unless C stopped the list.  */
  { "gl_ES:fr", { "fr", "es" }, 0 },
  { "gl:C", { NULL }, 1 },
  /* locale.alias, as gettext reads it.  */
  { "deutsch", { "de" }, 0 },
  { "Portuguese", { "pt_BR" }, 0 },
  /* Where gettext finds nothing, the closest rules.  */
  { "pt_PT.UTF-8", { "pt_BR" }, 0 },
  { "yue_HK", { "zh_HK", "zh_MO", "zh_TW" }, 0 },
  /* Traditional regions read the nearest first (src/languages.def).  */
  { "yue_MO", { "zh_MO", "zh_HK", "zh_TW" }, 0 },
  { "yue_TW", { "zh_TW", "zh_HK", "zh_MO" }, 0 },
  { "::", { NULL }, 0 },
};

static void
gettext_lists_are_searched_as_gettext_does_then_closest (void **state)
{
  struct sdkerr__choice ch;
  (void) state;
  for (size_t i = 0; i < sizeof gettext_cases / sizeof gettext_cases[0]; i++)
    {
      unsigned n = 0;
      sdkerr__choose (&installed, gettext_cases[i].value, SDKERR__BY_GETTEXT,
                      NULL, picks, &ch);
      while (n < 4 && gettext_cases[i].expected[n] != NULL)
        n++;
      if (ch.count < n || ch.source != gettext_cases[i].source)
        fail_msg ("'%s': %u choices, source %d", gettext_cases[i].value,
                  ch.count, ch.source);
      for (unsigned k = 0; k < n; k++)
        if (strcmp (names[ch.pick[k]], gettext_cases[i].expected[k]) != 0)
          fail_msg ("'%s': choice %u is %s, expected %s", gettext_cases[i].value,
                    k, names[ch.pick[k]], gettext_cases[i].expected[k]);
    }
}

/* A grandfathered tag is read as its preferred value, the subtags after
   it kept, whatever its first subtag (1 to 3 letters); one without a
   preferred value is no tag.  */
static void
grandfathered_tags_are_read_as_their_preferred_values (void **state)
{
  static const struct
  {
    const char *tag, *lang, *script, *region;
  } cases[] = {
    { "art-lojban", "jbo", "", "" }, { "sgn-BE-FR", "sfb", "", "" },
    { "SGN-ch-de", "sgg", "", "" }, { "i-klingon-Latn", "tlh", "latn", "" },
    { "zh-min-nan-TW", "nan", "", "TW" }, { "zh_min_nan", "nan", "", "" },
    { "no-bok-NO", "nb", "", "NO" }, { "en-GB-oed", "en", "", "GB" },
    { "zh-guoyu", "cmn", "", "" }, { "zh-minnan", "zh", "", "" },
  };
  struct sdkerr__tag t;
  (void) state;
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    {
      assert_int_equal (sdkerr__parse_tag (cases[i].tag, &t), 0);
      assert_string_equal (t.lang, cases[i].lang);
      assert_string_equal (t.script, cases[i].script);
      assert_string_equal (t.region, cases[i].region);
    }
  assert_int_equal (sdkerr__parse_tag ("i-default", &t), -1);
  assert_int_equal (sdkerr__parse_tag ("zh-min", &t), -1);
  assert_int_equal (sdkerr__parse_tag ("cel-gaulish-FR", &t), -1);
}

static void
catalog_names_become_bcp47_tags (void **state)
{
  static const char *const cases[][2] = {
    { "pt_BR", "pt-BR" }, { "zh_TW", "zh-TW" }, { "zh_HK", "zh-HK" },
    { "de", "de" }, { "sr@latin", "sr-Latn" }, { "de_AT.UTF-8", "de-AT" },
    { "es_419", "es-419" }, { "zh_CN", "zh-CN" },
    { "zh_Hant", "zh-Hant" }, { "zh@Hant", "zh-Hant" }, { "de_DE@euro", "de-DE" },
  };
  char tag[24];
  (void) state;
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    {
      sdkerr__bcp47_tag (cases[i][0], tag, sizeof tag);
      assert_string_equal (tag, cases[i][1]);
    }
}

/* The default's picks, kept by a thread between requests
   (sdkerr__default_picks), give every request the choice made without
   them: whatever the request picked before, whether the default or the
   request chooses the Chinese source, with the default changed and the
   set changed under it.  */
static void
the_defaults_kept_picks_choose_as_anew (void **state)
{
  static const char *const other_names[] = { "en", "pt", "pt_PT", "zh_TW" };
  static const struct sdkerr__installed other = { other_names, 4, NULL, 0, NULL, NULL };
  static const char *const requests[] = {
    "de", "pt-PT", "zh-CN", "zh-TW,en;q=0.5", "en,de", "x-none", "sr-Latn-ME",
    "de;q=0,*;q=0.1", "", "fr-CA,es;q=0.5", "zh-Hant", "es,zh", "*;q=0",
  };
  static const char *const defaults[] = {
    "en", "de,fr", "zh-CN", "zh-TW", "pt", "pt-PT,en", "x-none", "de-AT",
  };
  const struct sdkerr__installed *sets[2] = { &installed, &other };
  struct sdkerr__prepared *prepared[2];
  struct sdkerr__default_picks *memo = malloc (sizeof *memo);
  int room[SDKERR__INSTALLED_MAX], want_room[SDKERR__INSTALLED_MAX];
  const size_t ndefaults = sizeof defaults / sizeof defaults[0];
  (void) state;
  assert_non_null (memo);
  memo->p = NULL;
  for (int i = 0; i < 2; i++)
    assert_non_null (prepared[i] = sdkerr__prepare (sets[i]));
  /* Pass 0 changes the default under one set, pass 1 the set under one
     default.  */
  for (int pass = 0; pass < 2; pass++)
    for (size_t outer = 0; outer < (pass == 0 ? 2 : ndefaults); outer++)
      for (size_t inner = 0; inner < (pass == 0 ? ndefaults : 2); inner++)
        for (size_t r = 0; r < sizeof requests / sizeof requests[0]; r++)
          for (int style = SDKERR__BY_TAGS; style <= SDKERR__BY_GETTEXT; style++)
            {
              size_t set = pass == 0 ? outer : inner, d = pass == 0 ? inner : outer;
              struct sdkerr__choice ch, want;
              sdkerr__choose_prepared (sets[set], prepared[set], requests[r], style,
                                       defaults[d], room, memo, &ch);
              sdkerr__choose_prepared (sets[set], prepared[set], requests[r], style,
                                       defaults[d], want_room, NULL, &want);
              assert_int_equal (ch.count, want.count);
              assert_memory_equal (ch.pick, want.pick, want.count * sizeof *want.pick);
              assert_int_equal (ch.requested, want.requested);
              assert_int_equal (ch.matched, want.matched);
              assert_int_equal (ch.source, want.source);
            }
  for (int i = 0; i < 2; i++)
    free (prepared[i]);
  free (memo);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (the_defaults_kept_picks_choose_as_anew),
    cmocka_unit_test (tags_choose_the_closest_installed_catalog),
    cmocka_unit_test (the_likely_region_comes_first),
    cmocka_unit_test (the_language_itself_comes_before_another_region),
    cmocka_unit_test (exact_lookup_reads_bare_names_only),
    cmocka_unit_test (another_region_keeps_the_script_modifier),
    cmocka_unit_test (traditional_chinese_never_gets_simplified),
    cmocka_unit_test (the_heaviest_ranges_count_however_long_the_list),
    cmocka_unit_test (the_default_follows_the_request),
    cmocka_unit_test (gettext_lists_are_searched_as_gettext_does_then_closest),
    cmocka_unit_test (grandfathered_tags_are_read_as_their_preferred_values),
    cmocka_unit_test (catalog_names_become_bcp47_tags),
  };
  return cmocka_run_group_tests (tests, NULL, NULL);
}
