/* clean.c - catalog text as the sdkerr command writes it.  Catalogs are
   untrusted input: whatever the format, their text cannot drive a
   terminal, reorder a line or break a record (sdkerr(1), OUTPUT OF
   CATALOG TEXT).  */

#include <config.h>

#include <string.h>

#include "cli.h"

size_t
utf8_decode (const char *s, unsigned int *cp)
{
  const unsigned char *u = (const unsigned char *) s;
  size_t n = 0;
  unsigned int min = 0, c;

  if (u[0] < 0x80)
    n = 1;
  else if (u[0] >= 0xc2 && u[0] <= 0xdf)
    n = 2, min = 0x80;
  else if (u[0] >= 0xe0 && u[0] <= 0xef)
    n = 3, min = 0x800;
  else if (u[0] >= 0xf0 && u[0] <= 0xf4)
    n = 4, min = 0x10000;
  c = n == 1 ? u[0] : n == 2 ? u[0] & 0x1fu : n == 3 ? u[0] & 0x0fu : u[0] & 0x07u;
  for (size_t i = 1; i < n; i++)
    {
      if ((u[i] & 0xc0) != 0x80)
        return 0;
      c = (c << 6) | (u[i] & 0x3fu);
    }
  if (n == 0 || c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
    return 0;
  *cp = c;
  return n;
}

int
is_control (unsigned int cp)
{
  return cp < 0x20 || (cp >= 0x7f && cp < 0xa0);
}

int
is_layout_override (unsigned int cp)
{
  return (cp >= 0x202a && cp <= 0x202e) || cp == 0x2028 || cp == 0x2029;
}

/* Catalog text is untrusted input.  One character of S as it may be
   written in any format: a valid UTF-8 character other than a control
   comes out as itself; tab, line feed, carriage return and the Unicode
   line and paragraph separators become a space (a record stays on its
   line, for readers that split lines by Unicode's rules too); any other
   control (C0, DEL, C1: terminal escape sequences begin with ESC or
   U+009B), the bidirectional embeddings and overrides (U+202A-U+202E,
   which could lay a message out in another order than its text; the
   isolates, which cannot leak out of the text, stay) and every byte that
   is not part of valid UTF-8 become U+FFFD.  Stores the bytes to write
   in *OUT and *OUTLEN; returns how many bytes of S they stand for.  */
static size_t
clean_char (const char *s, const char **out, size_t *outlen)
{
  static const char replacement[] = "\xef\xbf\xbd";
  unsigned int cp = 0;
  size_t n = utf8_decode (s, &cp);

  if (n == 0 || is_control (cp) || is_layout_override (cp))
    {
      int blank = n != 0 && (cp == '\t' || cp == '\n' || cp == '\r'
                             || cp == 0x2028 || cp == 0x2029);
      *out = blank ? " " : replacement;
      *outlen = blank ? 1 : sizeof replacement - 1;
      return n != 0 ? n : 1;
    }
  *out = s;
  *outlen = n;
  return n;
}

void
put_clean (FILE *f, const char *s, const char *(*escape) (int c))
{
  while (*s != '\0')
    {
      const char *bytes, *esc;
      size_t len;
      s += clean_char (s, &bytes, &len);
      if (len == 1 && escape != NULL && (esc = escape ((unsigned char) *bytes)) != NULL)
        fputs (esc, f);
      else
        fwrite (bytes, 1, len, f);
    }
}

void
output_text (FILE *f, const char *s)
{
  put_clean (f, s, NULL);
}

static const char *
html_escape (int c)
{
  switch (c)
    {
    case '&': return "&amp;";
    case '<': return "&lt;";
    case '>': return "&gt;";
    case '"': return "&quot;";
    case '\'': return "&#39;";
    default: return NULL;
    }
}

void
output_html (FILE *f, const char *s)
{
  put_clean (f, s, html_escape);
}
