/* gettext-oracle.h - raw dgettext as the oracle of sdkerr_localized, for
   the tests that hold the library to gettext's answers (included after
   test-helpers.h).

   Wherever dgettext ("sdkerr", msgid) translates, the library returns
   its bytes; where it translates nothing, the catalog the library's rules
   choose answers instead, in the codeset gettext would have converted
   to.  */

#ifndef SDKERR_GETTEXT_ORACLE_H
#define SDKERR_GETTEXT_ORACLE_H

#if ENABLE_NLS

/* Where gettext translates nothing under LOCALE and LANGUAGE (NULL:
   unset), the tag of the catalog the rules choose instead (the source is
   "zh-CN"); NULL where gettext translates.  */
static inline const char *
rule_for (const char *locale, const char *language)
{
  if (!GETTEXT_READS_LANGUAGE)
    language = NULL;            /* see language_gap */
  if (strcmp (locale, "C") == 0)
    return "zh-CN";             /* LANGUAGE is ignored in the C locale */
  if (language != NULL && strcmp (language, "portuguese") == 0)
    return "pt-BR";             /* pt_PT.ISO-8859-1: another region */
  if (language != NULL)
    return NULL;
  if (strcmp (locale, "C.UTF-8") == 0)
    return "zh-CN";
  if (strcmp (locale, "pt_PT.UTF-8") == 0)
    return "pt-BR";             /* the same language in another region */
  return NULL;
}

/* The C library's own dgettext under each element of LIST (a LANGUAGE
   list) in turn, named as the calling thread's LC_MESSAGES locale: the
   first translation of MSGID, or NULL.  Where gettext reads no LANGUAGE
   (musl), what glibc's gettext finds under LANGUAGE=LIST.  */
static inline const char *
first_translating (const char *msgid, const char *list)
{
  char copy[256], *save = NULL;
  const char *answer = NULL;
  locale_t thread = uselocale ((locale_t) 0);

  assert_true (strlen (list) < sizeof copy);
  snprintf (copy, sizeof copy, "%s", list);
  for (char *l = strtok_r (copy, ":", &save); l != NULL && answer == NULL;
       l = strtok_r (NULL, ":", &save))
    {
      locale_t one = newlocale (LC_MESSAGES_MASK, l, (locale_t) 0);
      const char *t;
      assert_true (one != (locale_t) 0);
      uselocale (one);
      t = dgettext ("sdkerr", msgid);
      uselocale (thread);
      freelocale (one);
      if (t != msgid)
        answer = t;
    }
  return answer;
}

/* Where gettext reads no LANGUAGE (musl) and translates nothing under the
   thread's locale (not C: C.UTF-8 is C for messages there), the rules
   still read LANGUAGE's list, as glibc's gettext would: the first
   translation of its elements.  NULL where LANGUAGE is unset (the
   locale's rule applies), where gettext reads it, or where nothing in it
   translates.  */
static inline const char *
language_gap (const char *msgid, const char *language)
{
  if (GETTEXT_READS_LANGUAGE || language == NULL || *language == '\0')
    return NULL;
  return first_translating (msgid, language);
}

/* sdkerr_localized as an answer of compare_every_message: the calling
   thread's locale.  */
static inline const char *
localized_in_thread (int code, locale_t unused)
{
  (void) unused;
  return sdkerr_localized (code);
}

/* Every message of the table, and the unknown-code text: ANSWER
   (localized_in_thread, or sdkerr_localized_l under LOC) against raw
   dgettext in the calling thread, which uses LOCALE (its name) and
   LANGUAGE.  */
static inline void
compare_every_message (const char *locale, const char *language,
                       const char *(*answer) (int, locale_t), locale_t loc)
{
  size_t count;
  const int *codes = sdkerr_codes (&count);
  const char *rule = rule_for (locale, language);

  for (size_t i = 0; i <= count; i++)
    {
      int code = i < count ? codes[i] : 12026;
      const char *msgid = i < count ? sdkerr_message (code) : "未知错误码";
      const char *oracle = dgettext ("sdkerr", msgid);
      const char *got = answer (code, loc);
      const char *gap = oracle == msgid && strcmp (locale, "C") != 0
                        && strcmp (locale, "C.UTF-8") != 0
                        ? language_gap (msgid, language) : NULL;
      const char *want
        = oracle != msgid ? oracle
          : gap != NULL ? gap
          : rule != NULL ? in_bound_codeset (sdkerr_localized_lang (code, rule))
          : NULL;
      if (want == NULL)
        fail_msg ("%s, LANGUAGE=%s, %d: gettext translates nothing", locale,
                  language ? language : "(unset)", code);
      if (strcmp (got, want) != 0)
        fail_msg ("%s, LANGUAGE=%s, %d: expected '%s', sdkerr '%s'", locale,
                  language ? language : "(unset)", code, want, got);
    }
}

#endif /* ENABLE_NLS */

#endif /* SDKERR_GETTEXT_ORACLE_H */
