/* annotate.c - sdkerr --annotate: explain SDK codes found in a log.

   The rule: a number of up to 6 digits, standing alone (not part of a
   word, a longer number, a decimal or a version), that is a known non-zero
   code, and that follows one of the words error, err, errno, errcode, code,
   rc, ret, status, result, fail, failed (in any case, as a word) or 错误
   within the 32 bytes before it on the same line.  Such a number gets
   " [NAME: message]" appended; everything else passes through unchanged.
   The input is streamed byte by byte: memory use does not depend on the
   size of the input or the length of its lines.  */

#include <config.h>

#include <errno.h>
#include <string.h>

#include "cli.h"
#include "sdkerr.h"

#define WINDOW 32
#define MAX_DIGITS 6

struct scanner
{
  char window[WINDOW + 1];      /* the line's last bytes, ASCII lower-cased */
  size_t wlen;
  char digits[MAX_DIGITS + 1];
  size_t dlen;
  int in_long_run;              /* digits beyond MAX_DIGITS were flushed */
  int prev;                     /* byte before the current digit run */
};

static int
is_word_byte (int c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
         || (c >= '0' && c <= '9') || c == '_' || c == '.';
}

static int
is_letter (int c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static void
window_push (struct scanner *s, int c)
{
  if (c == '\n')
    {
      s->wlen = 0;
      return;
    }
  if (c >= 'A' && c <= 'Z')
    c += 'a' - 'A';
  if (s->wlen == WINDOW)
    {
      memmove (s->window, s->window + 1, WINDOW - 1);
      s->wlen--;
    }
  s->window[s->wlen++] = (char) c;
  s->window[s->wlen] = '\0';
}

static int
window_has_keyword (const struct scanner *s)
{
  static const char *const words[] = {
    "error", "err", "errno", "errcode", "code", "rc", "ret", "status",
    "result", "fail", "failed"
  };
  if (strstr (s->window, "错误") != NULL)
    return 1;
  for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
    {
      size_t n = strlen (words[i]);
      for (const char *p = s->window; (p = strstr (p, words[i])) != NULL; p++)
        if ((p == s->window || !is_letter ((unsigned char) p[-1]))
            && !is_letter ((unsigned char) p[n]))
          return 1;
    }
  return 0;
}

/* The digit run has ended at byte NEXT (EOF for the end of input).  */
static void
finish_run (struct scanner *s, int next, const char *langs)
{
  int code = 0;

  if (s->dlen == 0)
    return;
  fwrite (s->digits, 1, s->dlen, stdout);
  for (size_t i = 0; i < s->dlen; i++)
    code = code * 10 + (s->digits[i] - '0');
  if (!s->in_long_run && !is_word_byte (s->prev) && !is_word_byte (next)
      && code != 0 && sdkerr_name (code) != NULL && window_has_keyword (s))
    {
      printf (" [%s: ", sdkerr_name (code));
      output_text (stdout, sdkerr_localized_lang (code, langs));
      putchar (']');
    }
  for (size_t i = 0; i < s->dlen; i++)
    window_push (s, s->digits[i]);
  s->dlen = 0;
  s->in_long_run = 0;
}

enum annotate_result
annotate_stream (FILE *in, const char *in_name, const char *langs)
{
  struct scanner s = { .wlen = 0, .dlen = 0, .in_long_run = 0, .prev = '\n' };
  int c;

  s.window[0] = '\0';
  while ((c = getc_unlocked (in)) != EOF)
    {
      /* Stop at the first write error: the input may never end.  */
      if (ferror_unlocked (stdout))
        return ANNOTATE_WRITE_ERROR;
      if (c >= '0' && c <= '9')
        {
          if (s.dlen == MAX_DIGITS)
            {
              /* Too long to be a code: let it through as it comes.  */
              fwrite (s.digits, 1, s.dlen, stdout);
              for (size_t i = 0; i < s.dlen; i++)
                window_push (&s, s.digits[i]);
              s.dlen = 0;
              s.in_long_run = 1;
            }
          s.digits[s.dlen++] = (char) c;
          continue;
        }
      finish_run (&s, c, langs);
      putchar_unlocked (c);
      window_push (&s, c);
      s.prev = c;
    }
  finish_run (&s, EOF, langs);
  if (ferror (in))
    {
      complain (_("%s: read error: %s"), in_name, strerror (errno));
      return ANNOTATE_READ_ERROR;
    }
  return ferror (stdout) ? ANNOTATE_WRITE_ERROR : ANNOTATE_OK;
}
