/* localized.c - the messages: sdkerr_localized and its per-call twins.

   Every path answers the same way: it names what it was asked (the
   thread's gettext state, a locale, a tag list), the resolver in
   negotiate.c chooses the catalogs, catalog.c loads them, and a lookup
   reads the first catalog that translates the message.  Each thread
   remembers its last answers, keyed by what they were computed from, so
   that a repeated request costs a few comparisons and one array read:
   no lock, no allocation, nothing shared written.  */

#include <config.h>

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "configmake.h"
#include "internal.h"

static const char source_name[] = "zh_CN";
static const char source_tag[] = "zh-CN";

/* --- Answers ----------------------------------------------------------- */

/* What a request resolved to: each message from the first catalog of the
   chain that translates it, merged once, so that the chain can be as long
   as gettext's and a lookup is one array read.  */
struct answer
{
  const char *strings[SDKERR__NSTRINGS];        /* NULL: the source's */
  /* The tag of the catalog each string came from; NULL: the source.  */
  const char *tags[SDKERR__NSTRINGS];
  const char *name;             /* the catalog used: "pt_BR", or "zh_CN" */
  const char *tag;              /* its BCP 47 tag; NULL: nothing requested matched */
  char codeset[SDKERR__CODESET_MAX];    /* the strings' codeset; "": UTF-8 */
};

/* Starts an answer with nothing chosen, in CODESET (NULL: UTF-8).  */
static void
answer_clear (struct answer *a, const char *codeset)
{
  memset (a, 0, sizeof *a);
  a->name = source_name;
  if (codeset != NULL)
    snprintf (a->codeset, sizeof a->codeset, "%s", codeset);
}

/* CAT's strings in A's codeset; NULL if they cannot be converted.  */
static const char *const *
strings_for (const struct answer *a, const sdkerr__catalog_t *cat)
{
  return a->codeset[0] != '\0' ? sdkerr__catalog_in (cat, a->codeset) : cat->strings;
}

/* Adds CAT at the end of A's chain: it gives what the catalogs before it
   lack.  Whether A now has every message.  */
static int
answer_chain (struct answer *a, const sdkerr__catalog_t *cat)
{
  const char *const *strings = strings_for (a, cat);
  int complete = 1;
  if (a->name == source_name)
    {
      a->name = cat->name;
      a->tag = cat->tag;
    }
  for (int k = 0; k < SDKERR__NSTRINGS; k++)
    {
      if (a->strings[k] == NULL && strings != NULL && strings[k] != NULL)
        {
          a->strings[k] = strings[k];
          a->tags[k] = cat->identity ? NULL : cat->tag;
        }
      complete &= a->strings[k] != NULL;
    }
  return complete;
}

/* What no catalog of A's chain gives is the source's, in A's codeset too:
   one process, one encoding.  */
static void
answer_source (struct answer *a)
{
  const char *const *strings;
  if (a->codeset[0] == '\0'
      || (strings = strings_for (a, sdkerr__source_catalog ())) == NULL)
    return;
  for (int k = 0; k < SDKERR__NSTRINGS; k++)
    if (a->strings[k] == NULL)
      a->strings[k] = strings[k];
}

static const char *
answer_string (const struct answer *a, int index)
{
  const char *s = a->strings[index];
  return s != NULL ? s : sdkerr__msgid_at (index);
}

/* The application's default language (sdkerr_set_default_language), read
   and written under the library's lock.  */
#define DEFAULT_MAX 256
static char default_langs[DEFAULT_MAX];

/* Changes whenever the default does: cached answers depend on it.  */
static atomic_uint epoch;

static void
copy_default (void *out)
{
  strcpy (out, default_langs);
}

/* Resolves REQUEST (STYLE) against the catalogs of DIR_PATH, the default
   language following, into *A, in CODESET (NULL: UTF-8).  */
static void
resolve (const char *dir_path, const char *request, enum sdkerr__style style,
         const char *codeset, struct answer *a)
{
  const sdkerr__dir_t *dir = sdkerr__dir_open (dir_path);
  struct sdkerr__installed in = { NULL, 0, NULL, 0 };
  char fallback[DEFAULT_MAX];
  struct sdkerr__choice ch;
  int requested = 0, *picks;

  sdkerr__locked (copy_default, fallback);
  answer_clear (a, codeset);
  /* Nothing asked, no default: the source, without reading anything.  */
  if (request == NULL && fallback[0] == '\0')
    return;
  if (dir != NULL)
    in = *sdkerr__dir_installed (dir);
  /* gettext expands locale.alias; tags are never such aliases.  */
  if (style == SDKERR__BY_GETTEXT && request != NULL)
    in.aliases = sdkerr__locale_aliases (&in.alias_count);
  /* Made once per request a thread has not seen: room for every name.  */
  if ((picks = malloc ((in.count > 0 ? in.count : 1) * sizeof *picks)) == NULL)
    return;
  sdkerr__choose (&in, request, style, fallback[0] != '\0' ? fallback : NULL,
                  picks, &ch);
  for (unsigned i = 0; i < ch.count; i++)
    {
      const sdkerr__catalog_t *cat = sdkerr__dir_catalog (dir, ch.pick[i]);
      if (cat == NULL)
        continue;
      requested |= i < ch.requested;
      answer_chain (a, cat);
    }
  free (picks);
  if (!requested)
    a->tag = ch.source ? source_tag : NULL;
}

/* gettext's own search for REQUEST, opening the names it tries as gettext
   does, without reading the directory: enough when it reaches a catalog
   that translates every message (the common case), since gettext's answer
   is then that chain for every message.  Whether *A is that answer (in
   CODESET, NULL: UTF-8).  */
static int
answer_as_gettext (const char *dir_path, const char *request,
                   const char *codeset, struct answer *a)
{
  char names[32][SDKERR__NAME_MAX + 1];
  const struct sdkerr__alias *aliases;
  const sdkerr__dir_t *dir;
  size_t alias_count, n;
  int stopped;

  if (request == NULL || (dir = sdkerr__dir_open (dir_path)) == NULL)
    return 0;
  aliases = sdkerr__locale_aliases (&alias_count);
  n = sdkerr__gettext_names (request, aliases, alias_count, names,
                             sizeof names / sizeof names[0], &stopped);
  if (n == (size_t) -1)
    return 0;
  answer_clear (a, codeset);
  for (size_t i = 0; i < n; i++)
    {
      const sdkerr__catalog_t *cat;
      if (sdkerr__dir_catalog_named (dir, names[i], &cat) != 0)
        return 0;
      if (cat != NULL && answer_chain (a, cat))
        return 1;
    }
  return 0;
}

/* --- Per-thread memory ---------------------------------------------------- */

/* What an answer depends on besides its request: gettext's state (the
   binding, the locale, LANGUAGE, all of which bump glibc's counter when
   changed as documented) and the default language.  */
struct stamp
{
  int generation;
  uintptr_t binding;
  unsigned epoch;
};

static struct stamp
current_stamp (void)
{
  struct stamp s;
  s.generation = sdkerr__gettext_generation ();
  s.binding = sdkerr__binding_id ();
  s.epoch = atomic_load_explicit (&epoch, memory_order_acquire);
  return s;
}

static int
same_stamp (struct stamp a, struct stamp b)
{
  return a.generation == b.generation && a.binding == b.binding
         && a.epoch == b.epoch;
}

/* A server asks for the same few values again and again: each thread
   remembers its last few tag lists and locale names.  */
#define KEY_MAX 128
#define CACHED 4

struct entry
{
  char key[KEY_MAX];
  size_t len;
  int valid;
  struct stamp stamp;
  struct answer answer;
};

/* The last few answers of one kind, the most recently used tried first.  */
struct shelf
{
  struct entry entry[CACHED];
  unsigned next;                /* the slot to fill next (round robin) */
  unsigned last;                /* the slot that answered last */
};

struct memory
{
  struct shelf tags;
  struct shelf locales;
};

#if defined SDKERR_THREAD_LOCAL
static SDKERR_THREAD_LOCAL struct memory memory;
# define THREAD_MEMORY() (&memory)
#else
/* Without thread-local storage, nothing is remembered.  */
# define THREAD_MEMORY() ((struct memory *) NULL)
#endif

/* Whether E holds the answer for KEY at NOW.  */
static int
holds (const struct entry *e, const char *key, struct stamp now)
{
  /* strncmp stops at either string's end: no read past KEY.  */
  return e->valid && same_stamp (e->stamp, now)
         && strncmp (e->key, key, e->len + 1) == 0;
}

/* The remembered answer for KEY on SH other than in the slot that
   answered last, or NULL.  */
static const struct answer *
recall_other (struct shelf *sh, const char *key, struct stamp now)
{
  for (unsigned i = 0; i < CACHED; i++)
    if (i != sh->last && holds (&sh->entry[i], key, now))
      {
        sh->last = i;
        return &sh->entry[i].answer;
      }
  return NULL;
}

/* The slot of SH that will hold the answer for KEY (marked valid once
   the answer is complete), or NULL when KEY is too long to remember.  */
static struct entry *
slot_for (struct shelf *sh, const char *key, struct stamp now)
{
  size_t len = strnlen (key, KEY_MAX);
  struct entry *e;
  if (len == KEY_MAX)
    return NULL;
  sh->last = sh->next;
  e = &sh->entry[sh->next];
  sh->next = (sh->next + 1) % CACHED;
  memcpy (e->key, key, len + 1);
  e->len = len;
  e->stamp = now;
  e->valid = 0;
  return e;
}

/* --- Answers for requests -------------------------------------------------- */

/* What gettext reads for a locale named NAME: nothing in the C locale
   (LANGUAGE is ignored there), else LANGUAGE if set, else NAME.  */
static const char *
gettext_request (const char *name)
{
  const char *language;
  if (name == NULL || strcmp (name, "C") == 0 || strcmp (name, "POSIX") == 0)
    return NULL;
  language = getenv ("LANGUAGE");
  return language != NULL && *language != '\0' ? language : name;
}

/* glibc lets the library read gettext's state and notice its changes;
   elsewhere dgettext answers every call, and the rules fill its gaps.  */
#if HAVE__NL_MSG_CAT_CNTR && HAVE_NL_LOCALE_NAME && ENABLE_NLS
# define READS_GETTEXT_STATE 1
#else
# define READS_GETTEXT_STATE 0
#endif

/* Finds the answer for KEY among SH's other slots under the name
   MEMO_KEY, or computes it and remembers it on SH, if any.  Kept out of
   the lookups' way: the common case, the slot that answered last, needs
   none of this.  */
static __attribute__ ((noinline)) const struct answer *
answer_anew (struct shelf *sh, const char *memo_key, const char *key,
             enum sdkerr__style style, struct stamp now, struct answer *local)
{
  const char *k = memo_key;
  const struct answer *a = sh != NULL ? recall_other (sh, k, now) : NULL;
  struct entry *e;
  struct answer *out;
  const char *request;
  char dir[4096], codeset[SDKERR__CODESET_MAX];
  int utf8;

  if (a != NULL)
    return a;
  e = sh != NULL ? slot_for (sh, k, now) : NULL;
  out = e != NULL ? &e->answer : local;
  request = style == SDKERR__BY_GETTEXT ? gettext_request (key) : key;
  /* The thread's path answers in the codeset gettext would; a tag list's
     answer is for the network, in UTF-8.  */
  utf8 = sdkerr__binding (dir, sizeof dir, codeset) || style != SDKERR__BY_GETTEXT;
  if (style != SDKERR__BY_GETTEXT
      || !answer_as_gettext (dir, request, utf8 ? NULL : codeset, out))
    resolve (dir, request, style, utf8 ? NULL : codeset, out);
  answer_source (out);
  if (e != NULL)
    e->valid = 1;
  return out;
}

/* The answer for KEY (a tag list, or a locale name for
   SDKERR__BY_GETTEXT), remembered by the thread under MEMO_KEY, or
   computed now (into LOCAL when the thread cannot remember).  A NULL key
   asks for nothing.  */
static inline const struct answer *
answer_memo (const char *memo_key, const char *key, enum sdkerr__style style,
             struct answer *local)
{
  struct memory *m = THREAD_MEMORY ();
  struct shelf *sh = m == NULL ? NULL
                     : style == SDKERR__BY_TAGS ? &m->tags : &m->locales;
  struct stamp now = current_stamp ();

  if (sh != NULL && holds (&sh->entry[sh->last], memo_key, now))
    return &sh->entry[sh->last].answer;
  return answer_anew (sh, memo_key, key, style, now, local);
}

static inline const struct answer *
answer_for (const char *key, enum sdkerr__style style, struct answer *local)
{
  return answer_memo (key != NULL ? key : "", key, style, local);
}

#if READS_GETTEXT_STATE
/* glibc's counter covers LANGUAGE (told with textdomain).  */
# define answer_for_locale(name, local) answer_for ((name), SDKERR__BY_GETTEXT, (local))
#else
/* Nothing tells the library that LANGUAGE changed: its value is part of
   what the answer is remembered by.  */
static const struct answer *
answer_for_locale (const char *name, struct answer *local)
{
  const char *language = getenv ("LANGUAGE");
  size_t n = name != NULL ? strnlen (name, KEY_MAX) : 0;
  size_t l = language != NULL ? strnlen (language, KEY_MAX) : 0;
  char memo_key[2 * KEY_MAX + 2];
  /* Built by hand: this is every call's path, and snprintf costs more
     than the rest of it (musl: some 500 ns).  */
  memcpy (memo_key, name != NULL ? name : "", n);
  memo_key[n] = name != NULL ? '\n' : '\r';
  memcpy (memo_key + n + 1, language != NULL ? language : "", l);
  memo_key[n + 1 + l] = '\0';
  return answer_memo (memo_key, name, SDKERR__BY_GETTEXT, local);
}
#endif

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
static const char *
message_for_locale (int index, const char *name, locale_t loc)
{
#if !ENABLE_NLS
  /* Built without native language support: the source, always.  */
  (void) name;
  (void) loc;
  return sdkerr__msgid_at (index);
#else
  struct answer local;
# if !READS_GETTEXT_STATE
  const char *msgid = sdkerr__msgid_at (index);
  const char *s = dgettext_under (msgid, loc);
  if (s != msgid)
    return s;
# else
  (void) loc;
# endif
  return answer_string (answer_for_locale (name, &local), index);
#endif
}

static int
index_or_unknown (int code)
{
  int i = sdkerr__index (code);
  return i >= 0 ? i : SDKERR__IDX_UNKNOWN;
}

const char *
sdkerr_localized (int code)
{
  return message_for_locale (index_or_unknown (code), thread_locale_name (),
                             uselocale ((locale_t) 0));
}

const char *
sdkerr_localized_l (int code, locale_t loc)
{
  return message_for_locale (index_or_unknown (code), messages_locale_name (loc), loc);
}

const char *
sdkerr_localized_lang (int code, const char *langs)
{
  struct answer local;
  return answer_string (answer_for (langs, SDKERR__BY_TAGS, &local), index_or_unknown (code));
}

const char *
sdkerr_localized_lang_tag (int code, const char *langs)
{
  struct answer local;
  const char *tag
    = answer_for (langs, SDKERR__BY_TAGS, &local)->tags[index_or_unknown (code)];
  return tag != NULL ? tag : source_tag;
}

const char *
sdkerr_negotiate (const char *langs)
{
  struct answer local;
  return answer_for (langs, SDKERR__BY_TAGS, &local)->name;
}

const char *
sdkerr_negotiate_tag (const char *langs)
{
  struct answer local;
  return answer_for (langs, SDKERR__BY_TAGS, &local)->tag;
}

/* --- The default language ------------------------------------------------- */

static void
store_default (void *langs)
{
  strcpy (default_langs, langs != NULL ? langs : "");
  atomic_fetch_add_explicit (&epoch, 1, memory_order_release);
}

int
sdkerr_set_default_language (const char *langs)
{
  if (langs != NULL)
    {
      struct answer a;
      char path[4096];

      if (strlen (langs) >= DEFAULT_MAX)
        return EINVAL;
      /* A tag means the request itself matched: a usable catalog, or the
         source.  */
      sdkerr__binding (path, sizeof path, NULL);
      resolve (path, langs, SDKERR__BY_TAGS, NULL, &a);
      if (a.tag == NULL)
        return EINVAL;
    }
  sdkerr__locked (store_default, (void *) langs);
  return 0;
}

/* --- Installed languages ------------------------------------------------------ */

/* Whether CAT is a language of its own: not the source, and not a copy
   installed under another name (zh_MO holds the Hong Kong catalog).  */
static int
is_listed (const sdkerr__dir_t *dir, const sdkerr__catalog_t *cat)
{
  const struct sdkerr__installed *in = sdkerr__dir_installed (dir);
  if (cat->identity)
    return 0;
  if (cat->language[0] == '\0' || strcmp (cat->language, cat->name) == 0)
    return 1;
  for (size_t i = 0; i < in->count; i++)
    if (strcmp (in->names[i], cat->language) == 0)
      return sdkerr__dir_catalog (dir, (int) i) == NULL;
  return 1;
}

/* The catalog directory the library reads now.  */
static const sdkerr__dir_t *
current_dir (void)
{
  char path[4096];
  sdkerr__binding (path, sizeof path, NULL);
  return sdkerr__dir_open (path);
}

size_t
sdkerr_languages (const char **langs, size_t max)
{
  const sdkerr__dir_t *dir = current_dir ();
  size_t usable = 0;

  if (dir == NULL)
    return 0;
  for (size_t i = 0; i < sdkerr__dir_installed (dir)->count; i++)
    {
      const sdkerr__catalog_t *cat = sdkerr__dir_catalog (dir, (int) i);
      if (cat == NULL || !is_listed (dir, cat))
        continue;
      if (langs != NULL && usable < max)
        langs[usable] = cat->name;
      usable++;
    }
  return usable;
}

const char *
sdkerr_catalog_dir (void)
{
  const sdkerr__dir_t *dir = current_dir ();
  return dir != NULL ? sdkerr__dir_path (dir) : LOCALEDIR;
}

/* --- Copies into a buffer ---------------------------------------------------- */

/* A bounded writer into the caller's buffer.  */
struct sink
{
  char *buf;
  size_t size;
  size_t len;
  int truncated;
};

static void
put (struct sink *s, const char *bytes, size_t n)
{
  size_t room = s->size > 0 ? s->size - 1 - s->len : 0;
  if (n > room)
    {
      n = room;
      s->truncated = 1;
    }
  memcpy (s->buf + s->len, bytes, n);
  s->len += n;
}

/* Length of the longest prefix of BUF[0..LEN) that does not end inside a
   UTF-8 sequence.  */
static size_t
utf8_whole (const char *buf, size_t len)
{
  size_t lead = len;
  while (lead > 0 && ((unsigned char) buf[lead - 1] & 0xC0) == 0x80)
    lead--;
  if (lead == 0)
    return len;
  unsigned char c = (unsigned char) buf[lead - 1];
  size_t need = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  return lead - 1 + need <= len ? len : lead - 1;
}

static int
finish (struct sink *s)
{
  if (s->size == 0)
    return ERANGE;
  if (s->truncated)
    s->len = utf8_whole (s->buf, s->len);
  s->buf[s->len] = '\0';
  return s->truncated ? ERANGE : 0;
}

/* A translated format comes from a catalog file: accept it only with
   exactly one %d and no other conversion, so that a bad catalog can at
   worst print the wrong words.  */
static int
format_is_safe (const char *fmt)
{
  int conversions = 0;
  for (const char *p = fmt; (p = strchr (p, '%')) != NULL; p += 2)
    {
      if (p[1] == 'd')
        conversions++;
      else if (p[1] != '%')
        return 0;
    }
  return conversions == 1;
}

static void
put_unknown (struct sink *s, int code, const char *fmt)
{
  char number[sizeof "-2147483648" + 8];
  int n = snprintf (number, sizeof number, "%d", code);

  if (!format_is_safe (fmt))
    fmt = sdkerr__msgid_at (SDKERR__IDX_UNKNOWN_NUMBER);
  for (const char *p = fmt; *p != '\0';)
    {
      const char *pct = strchr (p, '%');
      if (pct == NULL)
        {
          put (s, p, strlen (p));
          break;
        }
      put (s, p, (size_t) (pct - p));
      if (pct[1] == 'd')
        put (s, number, (size_t) n);
      else
        put (s, "%", 1);
      p = pct + 2;
    }
}

/* Copies the message for CODE into BUF: TEXT_AT gives the string at an
   index, from the thread's locale or a tag list (ARG).  */
static int
localized_into (int code, char *buf, size_t size,
                const char *(*text_at) (int, const void *), const void *arg)
{
  struct sink s = { buf, size, 0, 0 };
  int i = sdkerr__index (code);

  if (buf == NULL && size > 0)
    return EINVAL;
  if (size == 0)
    return ERANGE;
  if (i >= 0)
    {
      const char *text = text_at (i, arg);
      put (&s, text, strlen (text));
      return finish (&s);
    }
  put_unknown (&s, code, text_at (SDKERR__IDX_UNKNOWN_NUMBER, arg));
  return finish (&s) == ERANGE ? ERANGE : EINVAL;
}

static const char *
text_for_thread (int index, const void *unused)
{
  (void) unused;
  return message_for_locale (index, thread_locale_name (), uselocale ((locale_t) 0));
}

static const char *
text_for_tags (int index, const void *langs)
{
  struct answer local;
  return answer_string (answer_for (langs, SDKERR__BY_TAGS, &local), index);
}

int
sdkerr_localized_r (int code, char *buf, size_t size)
{
  return localized_into (code, buf, size, text_for_thread, NULL);
}

int
sdkerr_localized_lang_r (int code, const char *langs, char *buf, size_t size)
{
  return localized_into (code, buf, size, text_for_tags, langs);
}
