/* localized.c - sdkerr_localized and its reentrant twin.  */

#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "internal.h"

/* Marks a string for xgettext without translating it here.  */
#define N_(msgid) msgid

/* TRANSLATORS: shown for a number that is not one of the SDK's error codes.  */
static const char unknown_msgid[] = N_("未知错误码");

/* TRANSLATORS: %d is a number that is not one of the SDK's error codes.
   Keep exactly one %d; write a literal percent sign as %%.  */
/* xgettext:c-format */
static const char unknown_number_msgid[] = N_("未知错误码 %d");

const char *
sdkerr_localized (int code)
{
  int i = sdkerr__index (code);
  return sdkerr__translate (i < 0 ? unknown_msgid : sdkerr__msgid_at (i));
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
put_unknown (struct sink *s, int code)
{
  const char *fmt = sdkerr__translate (unknown_number_msgid);
  char number[sizeof "-2147483648" + 8];
  int n = snprintf (number, sizeof number, "%d", code);

  if (!format_is_safe (fmt))
    fmt = unknown_number_msgid;
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

int
sdkerr_localized_r (int code, char *buf, size_t size)
{
  struct sink s = { buf, size, 0, 0 };
  int i;

  if (buf == NULL && size > 0)
    return EINVAL;
  if (size == 0)
    return ERANGE;
  i = sdkerr__index (code);
  if (i >= 0)
    {
      const char *msg = sdkerr__translate (sdkerr__msgid_at (i));
      put (&s, msg, strlen (msg));
      return finish (&s);
    }
  put_unknown (&s, code);
  return finish (&s) == ERANGE ? ERANGE : EINVAL;
}
