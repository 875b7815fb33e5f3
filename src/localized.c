/* localized.c - sdkerr_localized and its reentrant twin.  */

#include <config.h>

#include <errno.h>
#include <langinfo.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"

const char *
sdkerr_localized (int code)
{
  int i = sdkerr__index (code);
  return sdkerr__translate (sdkerr__msgid_at (i < 0 ? SDKERR__IDX_UNKNOWN : i));
}

const char *
sdkerr_localized_lang (int code, const char *langs)
{
  const char *name;
  const sdkerr__catalog_t *cat = sdkerr__negotiate (langs, &name);
  int i = sdkerr__index (code);
  return sdkerr__catalog_string (cat, i < 0 ? SDKERR__IDX_UNKNOWN : i);
}

/* The language of LOC's LC_MESSAGES, as a locale name ("de_DE.UTF-8").  */
static const char *
messages_locale_name (locale_t loc)
{
  if (loc == (locale_t) 0)
    return "C";
  if (loc == LC_GLOBAL_LOCALE)
    return setlocale (LC_MESSAGES, NULL);
  return nl_langinfo_l (_NL_LOCALE_NAME (LC_MESSAGES), loc);
}

const char *
sdkerr_localized_l (int code, locale_t loc)
{
  return sdkerr_localized_lang (code, messages_locale_name (loc));
}

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

/* The reentrant forms share everything but where translations come
   from: gettext (CAT unused, BY_GETTEXT set) or a negotiated catalog.  */
static int
localized_into (int code, char *buf, size_t size, int by_gettext,
                const sdkerr__catalog_t *cat)
{
  struct sink s = { buf, size, 0, 0 };
  int i = sdkerr__index (code);
  int index = i >= 0 ? i : SDKERR__IDX_UNKNOWN_NUMBER;
  const char *text = by_gettext ? sdkerr__translate (sdkerr__msgid_at (index))
                                : sdkerr__catalog_string (cat, index);

  if (buf == NULL && size > 0)
    return EINVAL;
  if (size == 0)
    return ERANGE;
  if (i >= 0)
    {
      put (&s, text, strlen (text));
      return finish (&s);
    }
  put_unknown (&s, code, text);
  return finish (&s) == ERANGE ? ERANGE : EINVAL;
}

int
sdkerr_localized_r (int code, char *buf, size_t size)
{
  return localized_into (code, buf, size, 1, NULL);
}

int
sdkerr_localized_lang_r (int code, const char *langs, char *buf, size_t size)
{
  const char *name;
  return localized_into (code, buf, size, 0, sdkerr__negotiate (langs, &name));
}
