/* localized.c - the messages: sdkerr_localized and its per-call twins.

   Every path answers the same way: it names what it was asked (the
   thread's gettext state, a locale, a tag list), the resolver in
   match.c chooses the catalogs, catalog.c loads them, and a lookup
   reads the first catalog that translates the message.  Each thread
   remembers its last answers, keyed by what they were computed from, so
   that a repeated request costs a few comparisons and one array read:
   no lock, no allocation, nothing shared written.  */

#include <config.h>

#include <langinfo.h>
#include <locale.h>
#include <stddef.h>
#include <stdint.h>

#include "internal.h"

/* --- The request of gettext's state ---------------------------------------- */

/* The name of LOC's LC_MESSAGES locale, as gettext reads it; NULL for
   (locale_t) 0, which names none.  */
static const char *
messages_locale_name (locale_t loc)
{
  if (loc == (locale_t) 0)
    return NULL;
#if HAVE_NL_LOCALE_NAME
  if (loc != LC_GLOBAL_LOCALE)
    return nl_langinfo_l (_NL_LOCALE_NAME (LC_MESSAGES), loc);
#endif
  return setlocale (LC_MESSAGES, NULL);
}

/* The calling thread's LC_MESSAGES locale name.  */
static const char *
thread_locale_name (void)
{
#if HAVE_NL_LOCALE_NAME
  return nl_langinfo (_NL_LOCALE_NAME (LC_MESSAGES));
#else
  return setlocale (LC_MESSAGES, NULL);
#endif
}

/* The calling thread's locale object, where dgettext is asked under it;
   with glibc only its name counts, and the call is saved.  */
#if ENABLE_NLS && !READS_GETTEXT_STATE
# define THREAD_LOCALE() uselocale ((locale_t) 0)
#else
# define THREAD_LOCALE() ((locale_t) 0)
#endif

#if ENABLE_NLS && !READS_GETTEXT_STATE
/* dgettext's translation of MSGID for LOC, or MSGID.  uselocale changes
   the calling thread's locale only, and only while this thread is inside
   dgettext: no other thread sees it, and the thread's own is restored
   before anything of the application's runs again in it.  */
static const char *
dgettext_under (const char *msgid, locale_t loc)
{
  locale_t old;
  const char *s;
  if (loc == (locale_t) 0)
    return msgid;
  old = uselocale (loc);
  s = sdkerr__dgettext (msgid);
  uselocale (old);
  return s;
}
#endif

/* The message at INDEX for LOC, whose LC_MESSAGES locale is named NAME.
   With glibc the library reads the catalogs itself and gives gettext's
   answer (the same files, the same order, the same codeset).  Where it
   cannot read gettext's state (musl), dgettext answers under LOC, without
   the library's lock, and the rules apply where it has no translation.  */
#if READS_GETTEXT_STATE
/* The message at INDEX for the locale named NAME when the thread did not
   answer NAME last: out of the way, with the room an answer computed now
   needs (a repeated call then carries no 2.7 KiB frame).  */
static __attribute__ ((noinline)) const char *
locale_message_anew (int index, const char *name)
{
  struct sdkerr__answer local;
  return sdkerr__answer_string (sdkerr__answer_for_locale (name, &local), index);
}
#endif

static const char *
message_for_locale (int index, const char *name, locale_t loc)
{
#if !READS_GETTEXT_STATE
  struct sdkerr__answer local;
#endif
#if !ENABLE_NLS
  /* Built without native language support, no locale names a language,
     as in the C locale: the default language, else the source.  */
  (void) name;
  (void) loc;
  return sdkerr__answer_string (sdkerr__answer_for_tags (NULL, &local), index);
#else
# if !READS_GETTEXT_STATE
  const char *msgid = sdkerr__msgid_at (index);
  const char *s = dgettext_under (msgid, loc);
  if (s != msgid)
    return s;
  return sdkerr__answer_string (sdkerr__answer_for_locale (name, &local), index);
# else
  const struct sdkerr__answer *a = sdkerr__recall (name != NULL ? name : "",
                                                   SDKERR__BY_GETTEXT);
  (void) loc;
  return a != NULL ? sdkerr__answer_string (a, index) : locale_message_anew (index, name);
# endif
#endif
}

static int
index_or_unknown (int code)
{
  int i = sdkerr__index (code);
  return i >= 0 ? i : SDKERR__IDX_UNKNOWN;
}

#if READS_GETTEXT_STATE && defined SDKERR_THREAD_LOCAL
/* The message at INDEX for a thread that uses the global locale, its
   answer then remembered as the global locale's.  */
static __attribute__ ((noinline)) const char *
global_message (int index)
{
  struct sdkerr__answer local;
  /* Read before the name: see sdkerr__remember_global.  */
  uint64_t before = sdkerr__stamp ();
  const struct sdkerr__answer *a = sdkerr__answer_for_locale (thread_locale_name (), &local);
  if (a != &local)
    sdkerr__remember_global (a, before);
  return sdkerr__answer_string (a, index);
}
#endif

/* The message at INDEX for the calling thread's own locale (uselocale),
   or for every thread where the library cannot read gettext's state:
   out of the global locale's way, whose path then saves no register.  */
static __attribute__ ((noinline)) const char *
thread_locale_message (int index)
{
  return message_for_locale (index, thread_locale_name (), THREAD_LOCALE ());
}

/* The message at INDEX for the calling thread's locale.  */
static inline const char *
thread_message (int index)
{
#if READS_GETTEXT_STATE && defined SDKERR_THREAD_LOCAL
  /* Most threads use the global locale: its answer holds while the stamp
     does (sdkerr__recall_global), without reading its name.  */
  if (uselocale ((locale_t) 0) == LC_GLOBAL_LOCALE)
    {
      const struct sdkerr__answer *a = sdkerr__recall_global ();
      return a != NULL ? sdkerr__answer_string (a, index) : global_message (index);
    }
#endif
  return thread_locale_message (index);
}

const char *
sdkerr_localized (int code)
{
  return thread_message (index_or_unknown (code));
}

const char *
sdkerr_localized_l (int code, locale_t loc)
{
  return message_for_locale (index_or_unknown (code), messages_locale_name (loc), loc);
}

/* The message at INDEX for LANGS when the thread did not answer LANGS
   last: out of the way, with the room an answer computed now needs.  */
static __attribute__ ((noinline)) const char *
tags_message (int index, const char *langs)
{
  struct sdkerr__answer local;
  return sdkerr__answer_string (sdkerr__answer_for_tags (langs, &local), index);
}

const char *
sdkerr_localized_lang (int code, const char *langs)
{
  /* The index first: the code is then not kept across the clock's call.  */
  int index = index_or_unknown (code);
  const struct sdkerr__answer *a
    = sdkerr__recall (langs != NULL ? langs : "", SDKERR__BY_TAGS);
  return a != NULL ? sdkerr__answer_string (a, index) : tags_message (index, langs);
}

const char *
sdkerr_localized_lang_tag (int code, const char *langs)
{
  struct sdkerr__answer local;
  const char *tag
    = sdkerr__answer_for_tags (langs, &local)->tags[index_or_unknown (code)];
  return tag != NULL ? tag : sdkerr__source_tag;
}

const char *
sdkerr_negotiate (const char *langs)
{
  struct sdkerr__answer local;
  return sdkerr__answer_for_tags (langs, &local)->name;
}

const char *
sdkerr_negotiate_tag (const char *langs)
{
  struct sdkerr__answer local;
  return sdkerr__answer_for_tags (langs, &local)->tag;
}

static const char *
text_for_thread (int index, const void *unused)
{
  (void) unused;
  return thread_message (index);
}

static const char *
text_for_tags (int index, const void *langs)
{
  struct sdkerr__answer local;
  return sdkerr__answer_string (sdkerr__answer_for_tags (langs, &local),
                                index);
}

int
sdkerr_localized_r (int code, char *buf, size_t size)
{
  return sdkerr__localized_into (code, buf, size, text_for_thread, NULL);
}

int
sdkerr_localized_lang_r (int code, const char *langs, char *buf, size_t size)
{
  return sdkerr__localized_into (code, buf, size, text_for_tags, langs);
}
