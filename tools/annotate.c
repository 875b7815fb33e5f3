/* annotate.c - sdkerr --annotate: explain SDK codes found in a log.

   The rule (documented with examples in sdkerr(1)): the input is cut into
   tokens, runs of ASCII letters, digits and '_'.  A token of at most six
   digits that is a known code other than 0 is explained when the token
   before it is a keyword (error, err, errno, errcode, errorcode, code, rc,
   ret, retcode, status, result, fail, failed, failure; in any case, or as
   the last part of error_code or lastError) or an explained code,
   with only separators between them: spaces, tabs and = : # ( [ , / " '
   and the full-width ：＝ and ideographic space.  Chinese text ending
   with 错误, 错误码, 错误代码, 返回码 or 失败 before the separators counts as
   a keyword too.  A number followed by '.' and a digit is a decimal or a
   version, never a code.  So "error=10003" and "rc: 51021" are explained,
   "ERROR connect to port 10001", "pid 10003" and "1.10003" are not.  A
   known symbolic name with its SDKERR_ prefix is explained anywhere.

   An explained code gets " [NAME: message]" appended, a name
   " [CODE: message]"; everything else passes through unchanged.  The input
   is streamed byte by byte: memory use does not depend on the size of the
   input or the length of its lines.  */

#include <config.h>

#include <errno.h>
#include <string.h>

#include "cli.h"
#include "sdkerr.h"

#define MAX_TOKEN 64            /* longer than any name: never explained */
#define MAX_DIGITS 6
#define GAP 24                  /* the bytes kept between two tokens */

struct scanner
{
  FILE *out;
  const char *langs;
  char token[MAX_TOKEN];
  size_t tlen;
  int too_long;                 /* the token outgrew MAX_TOKEN (flushed) */
  char gap[GAP + 1];            /* the bytes since the last token */
  size_t glen;
  int gap_lost;                 /* the gap outgrew GAP */
  int after_keyword;            /* the last token was a keyword or an explained code */
  int held_code;                /* a code whose explanation waits on a '.' */
};

static int
is_token_byte (int c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
         || (c >= '0' && c <= '9') || c == '_';
}

static int
is_digit (int c)
{
  return c >= '0' && c <= '9';
}

/* Length of the separator that S (of LEN bytes) ends with, or 0.  */
static size_t
trailing_separator (const char *s, size_t len)
{
  static const char *const wide[] = { "：", "＝", "　" };
  if (len > 0 && strchr (" \t=:#([,/\"'", s[len - 1]) != NULL)
    return 1;
  for (size_t i = 0; i < sizeof wide / sizeof wide[0]; i++)
    {
      size_t n = strlen (wide[i]);
      if (len >= n && memcmp (s + len - n, wide[i], n) == 0)
        return n;
    }
  return 0;
}

static int
ends_with (const char *s, size_t len, const char *suffix)
{
  size_t n = strlen (suffix);
  return len >= n && memcmp (s + len - n, suffix, n) == 0;
}

/* Whether a number now would be in an error context (see the rule).  */
static int
in_error_context (const struct scanner *s)
{
  static const char *const chinese[] = { "错误", "错误码", "错误代码", "返回码", "失败" };
  size_t len = s->glen, n;

  while ((n = trailing_separator (s->gap, len)) > 0)
    len -= n;
  if (len == 0 && !s->gap_lost)
    return s->after_keyword;
  for (size_t i = 0; i < sizeof chinese / sizeof chinese[0]; i++)
    if (ends_with (s->gap, len, chinese[i]))
      return 1;
  return 0;
}

static int
is_keyword (const char *token, size_t len)
{
  static const char *const words[] = {
    "error", "err", "errno", "errcode", "errorcode", "code", "rc", "ret",
    "retcode", "status", "result", "fail", "failed", "failure"
  };
  const char *last = token;
  /* The last part of snake_case or camelCase: error_code, lastError.  */
  for (size_t i = 1; i < len; i++)
    if (token[i - 1] == '_'
        || (token[i] >= 'A' && token[i] <= 'Z' && token[i - 1] >= 'a' && token[i - 1] <= 'z'))
      last = token + i;
  len -= (size_t) (last - token);
  for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
    if (strlen (words[i]) == len && strncasecmp (last, words[i], len) == 0)
      return 1;
  return 0;
}

/* The known non-zero code the token spells, or 0.  */
static int
token_code (const char *token, size_t len)
{
  int code = 0;
  if (len > MAX_DIGITS || token[0] == '0')
    return 0;
  for (size_t i = 0; i < len; i++)
    {
      if (!is_digit ((unsigned char) token[i]))
        return 0;
      code = code * 10 + (token[i] - '0');
    }
  return sdkerr_name (code) != NULL ? code : 0;
}

/* The code whose SDKERR_-prefixed name the token is, or -1.  */
static int
token_name_code (const char *token, size_t len)
{
  char name[MAX_TOKEN + 1];
  int code;
  if (len <= 7 || len > MAX_TOKEN || strncasecmp (token, "SDKERR_", 7) != 0)
    return -1;
  memcpy (name, token, len);
  name[len] = '\0';
  return sdkerr_code_from_name (name, &code) == 0 ? code : -1;
}

static void
explain (struct scanner *s, const char *label, int code)
{
  fprintf (s->out, " [%s: ", label);
  output_text (s->out, sdkerr_localized_lang (code, s->langs));
  putc_unlocked (']', s->out);
}

static void
explain_code (struct scanner *s, int code)
{
  explain (s, sdkerr_name (code), code);
}

static void
gap_reset (struct scanner *s)
{
  s->glen = 0;
  s->gap_lost = 0;
}

static void
gap_push (struct scanner *s, int c)
{
  if (s->glen == GAP)
    {
      memmove (s->gap, s->gap + 1, GAP - 1);
      s->glen--;
      s->gap_lost = 1;
    }
  s->gap[s->glen++] = (char) c;
}

/* The token has ended at byte NEXT (EOF at the end of the input).
   Returns 1 when NEXT is a '.' held back to learn whether a decimal
   follows.  */
static int
finish_token (struct scanner *s, int next)
{
  int held = 0, code;

  fwrite (s->token, 1, s->tlen, s->out);
  if (s->too_long)
    s->after_keyword = 0;
  else if ((code = token_code (s->token, s->tlen)) != 0 && in_error_context (s))
    {
      if (next == '.')
        s->held_code = code, held = 1;
      else
        explain_code (s, code);
      s->after_keyword = 1;
    }
  else
    {
      char number[16];
      if ((code = token_name_code (s->token, s->tlen)) >= 0)
        {
          snprintf (number, sizeof number, "%d", code);
          explain (s, number, code);
        }
      s->after_keyword = is_keyword (s->token, s->tlen);
    }
  s->tlen = 0;
  s->too_long = 0;
  gap_reset (s);
  return held;
}

static void
scan_byte (struct scanner *s, int c)
{
  if (s->held_code != 0)
    {
      /* "10003.5" is a decimal, "1.10003.2" a version: no code.  */
      if (!is_digit (c))
        explain_code (s, s->held_code);
      s->held_code = 0;
      putc_unlocked ('.', s->out);
      gap_push (s, '.');
    }
  if (is_token_byte (c))
    {
      if (s->tlen == MAX_TOKEN)
        {
          fwrite (s->token, 1, s->tlen, s->out);
          s->tlen = 0;
          s->too_long = 1;
        }
      s->token[s->tlen++] = (char) c;
      return;
    }
  if ((s->tlen > 0 || s->too_long) && finish_token (s, c))
    return;
  putc_unlocked (c, s->out);
  if (c == '\n')
    {
      gap_reset (s);
      s->after_keyword = 0;
    }
  else
    gap_push (s, c);
}

enum annotate_result
annotate_stream (FILE *in, const char *in_name, const char *langs)
{
  struct scanner s;
  int c;

  memset (&s, 0, sizeof s);
  s.out = stdout;
  s.langs = langs;
  while ((c = getc_unlocked (in)) != EOF)
    {
      /* Stop at the first write error: the input may never end.  */
      if (ferror_unlocked (stdout))
        return ANNOTATE_WRITE_ERROR;
      scan_byte (&s, c);
    }
  if (s.tlen > 0 || s.too_long)
    finish_token (&s, EOF);
  if (s.held_code != 0)
    {
      explain_code (&s, s.held_code);
      putc_unlocked ('.', s.out);
    }
  if (ferror (in))
    {
      complain (_("%s: read error: %s"), in_name, strerror (errno));
      return ANNOTATE_READ_ERROR;
    }
  return ferror (stdout) ? ANNOTATE_WRITE_ERROR : ANNOTATE_OK;
}
