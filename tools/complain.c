/* complain.c - the sdkerr command's diagnostics.  What they quote comes
   from the user and the file system (arguments, file names, --lang
   values): it is written so that it cannot drive the terminal or reorder
   the line, as coreutils quotes file names.  */

#include <config.h>

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

const char *program_name = "sdkerr";

/* Writes S to F with every control character, bidirectional embedding
   or override, line or paragraph separator, and byte that is not valid
   UTF-8 written as a C escape (\n, \033, \u202E, \377): visible, and
   inert.  */
static void
put_escaped (FILE *f, const char *s)
{
  static const char named[] = "\a\b\t\n\v\f\r";
  static const char names[] = "abtnvfr";

  while (*s != '\0')
    {
      unsigned int cp = 0;
      size_t n = utf8_decode (s, &cp);
      const char *name = n == 1 && cp != 0 ? strchr (named, (int) cp) : NULL;

      if (n == 0)
        fprintf (f, "\\%03o", (unsigned char) *s), n = 1;
      else if (name != NULL)
        fprintf (f, "\\%c", names[name - named]);
      else if (n == 1 && is_control (cp))
        fprintf (f, "\\%03o", cp);
      else if (is_control (cp) || is_layout_override (cp))
        fprintf (f, "\\u%04X", cp);
      else
        fwrite (s, 1, n, f);
      s += n;
    }
}

void
complain (const char *format, ...)
{
  static char *buf;
  static size_t size = 256;
  va_list ap;
  int len;

  if (buf == NULL)
    buf = xrealloc (NULL, size);
  va_start (ap, format);
  len = vsnprintf (buf, size, format, ap);
  va_end (ap);
  if (len >= 0 && (size_t) len >= size)
    {
      size = (size_t) len + 1;
      buf = xrealloc (buf, size);
      va_start (ap, format);
      len = vsnprintf (buf, size, format, ap);
      va_end (ap);
    }
  fprintf (stderr, "%s: ", program_name);
  if (len >= 0)
    put_escaped (stderr, buf);
  fputc ('\n', stderr);
}
