/* into.c - a message copied into the caller's buffer (the _r functions):
   truncated on a whole UTF-8 character, and the unknown-code format filled
   in only when a catalog's translation of it is safe.  */

#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"

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
int
sdkerr__localized_into (int code, char *buf, size_t size,
                        const char *(*text_at) (int, const void *),
                        const void *arg)
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
