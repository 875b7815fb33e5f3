/* fuzz-output.c - libFuzzer target for the sdkerr command's output
   formats (tools/formats.c, tools/clean.c, tools/page.c): records made of
   arbitrary bytes, as a hostile catalog would give, are written in every
   format of the table, and each output must keep the promises of
   sdkerr(1), OUTPUT OF CATALOG TEXT.  Every format: valid UTF-8; no
   control character but the format's own (its line ends, tabs in text);
   no embedding, override or separator.  Those with checks of their own
   below: one line per record in text, CSV and Markdown; JSON that parses;
   no cell a spreadsheet would run; no tag from a record in the HTML page.

   Input: a flag byte (bit 0: the language column), then NUL-separated
   strings taken four at a time as name, category, language, message; an
   empty string stands for a missing field.  The seeds are written by
   "make fuzz-run".  */

#include <config.h>

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tools/cli.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* What tools/sdkerr.c provides to the output code.  */
void
complain (const char *format, ...)
{
  (void) format;
}

void *
xrealloc (void *p, size_t size)
{
  p = realloc (p, size);
  if (p == NULL)
    abort ();
  return p;
}

#define MAX_RECORDS 64

/* A broken promise: say which, then crash for libFuzzer.  */
#define check(promise) \
  ((promise) ? (void) 0 \
   : (fprintf (stderr, "fuzz-output.c:%d: broken: %s\n", __LINE__, #promise), abort ()))

static int
valid_utf8 (const unsigned char *s, size_t len)
{
  for (size_t i = 0; i < len;)
    {
      unsigned char c = s[i];
      size_t n = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2
                 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
      if (n == 0 || i + n > len)
        return 0;
      for (size_t k = 1; k < n; k++)
        if ((s[i + k] & 0xc0) != 0x80)
          return 0;
      if ((c == 0xe0 && s[i + 1] < 0xa0) || (c == 0xed && s[i + 1] > 0x9f)
          || (c == 0xf0 && s[i + 1] < 0x90) || (c == 0xf4 && s[i + 1] > 0x8f))
        return 0;
      /* C1 controls (U+0080 to U+009F) never come out.  */
      if (c == 0xc2 && s[i + 1] < 0xa0)
        return 0;
      i += n;
    }
  return 1;
}

static size_t
count (const char *s, size_t len, const char *what)
{
  size_t n = 0, wlen = strlen (what);
  for (size_t i = 0; i + wlen <= len; i++)
    if (s[i] == what[0] && memcmp (s + i, what, wlen) == 0)
      n++;
  return n;
}

/* A small JSON reader: returns the end of the value at P, or NULL.  */
static const char *json_value (const char *p, const char *end, int depth);

static const char *
json_space (const char *p, const char *end)
{
  while (p < end && (*p == ' ' || *p == '\n'))
    p++;
  return p;
}

static const char *
json_string (const char *p, const char *end)
{
  if (p >= end || *p++ != '"')
    return NULL;
  while (p < end && *p != '"')
    {
      if ((unsigned char) *p < 0x20)
        return NULL;
      if (*p == '\\')
        {
          p++;
          if (p >= end || strchr ("\"\\/bfnrtu", *p) == NULL)
            return NULL;
        }
      p++;
    }
  return p < end ? p + 1 : NULL;
}

static const char *
json_list (const char *p, const char *end, int depth, char close, int members)
{
  p = json_space (p + 1, end);
  if (p < end && *p == close)
    return p + 1;
  for (;;)
    {
      if (members)
        {
          p = json_string (json_space (p, end), end);
          p = p ? json_space (p, end) : NULL;
          if (p == NULL || p >= end || *p++ != ':')
            return NULL;
        }
      p = json_value (p, end, depth + 1);
      if (p == NULL || (p = json_space (p, end)) >= end)
        return NULL;
      if (*p == close)
        return p + 1;
      if (*p++ != ',')
        return NULL;
    }
}

static const char *
json_value (const char *p, const char *end, int depth)
{
  p = json_space (p, end);
  if (p >= end || depth > 8)
    return NULL;
  if (*p == '[')
    return json_list (p, end, depth, ']', 0);
  if (*p == '{')
    return json_list (p, end, depth, '}', 1);
  if (*p == '"')
    return json_string (p, end);
  if ((size_t) (end - p) >= 4 && memcmp (p, "null", 4) == 0)
    return p + 4;
  if (*p == '-' || (*p >= '0' && *p <= '9'))
    {
      p++;
      while (p < end && *p >= '0' && *p <= '9')
        p++;
      return p;
    }
  return NULL;
}

/* No CSV cell starts what a spreadsheet runs.  */
static void
check_csv_cells (const char *s, size_t len)
{
  int quoted = 0, start = 1;
  for (size_t i = 0; i < len; i++)
    {
      char c = s[i];
      if (start)
        {
          start = 0;
          if (c == '"')
            {
              quoted = 1;
              continue;
            }
          check (strchr ("=+-@", c) == NULL || (c == '-' && i + 1 < len
                                                 && s[i + 1] >= '0' && s[i + 1] <= '9'));
        }
      if (quoted)
        {
          if (c == '"' && i + 1 < len && s[i + 1] == '"')
            i++;
          else if (c == '"')
            quoted = 0;
          else if (c == '\r' || c == '\n')
            check (0);
          continue;
        }
      if (c == ',' || c == '\n')
        start = 1;
    }
}

/* What every format promises: valid UTF-8, no control character but
   the format's own, no embedding, override, line or paragraph
   separator.  */
static void
check_every_format (const struct format *f, const char *buf, size_t len)
{
  check (valid_utf8 ((const unsigned char *) buf, len));
  for (size_t i = 0; i < len; i++)
    {
      unsigned char c = (unsigned char) buf[i];
      check ((c >= 0x20 && c != 0x7f) || (c != 0 && strchr (f->controls, c) != NULL));
      /* U+202A-U+202E, U+2028, U+2029: E2 80 A8-AE.  */
      check (!(c == 0xe2 && i + 2 < len && (unsigned char) buf[i + 1] == 0x80
               && (unsigned char) buf[i + 2] >= 0xa8
               && (unsigned char) buf[i + 2] <= 0xae));
    }
}

static void
check_text (const char *buf, size_t len, size_t nrecords, const struct output *out)
{
  check (count (buf, len, "\n") == nrecords);
  check (count (buf, len, "\t") == nrecords * (out->with_language ? 4 : 3));
}

static void
check_csv (const char *buf, size_t len, size_t nrecords, const struct output *out)
{
  (void) out;
  check (count (buf, len, "\r\n") == nrecords + 1);
  check (count (buf, len, "\r") == nrecords + 1);
  check_csv_cells (buf, len);
}

/* Five unescaped '|' between the cells, two at the ends.  */
static void
check_markdown (const char *buf, size_t len, size_t nrecords, const struct output *out)
{
  (void) out;
  check (count (buf, len, "\n") == nrecords + 2);
  for (const char *line = buf; line < buf + len;)
    {
      const char *nl = memchr (line, '\n', (size_t) (buf + len - line));
      size_t bars = 0;
      for (const char *p = line; p < nl; p++)
        if (*p == '\\')
          p++;
        else if (*p == '|')
          bars++;
      check (bars == 6);
      line = nl + 1;
    }
}

static void
check_json (const char *buf, size_t len, size_t nrecords, const struct output *out)
{
  const char *end = json_value (buf, buf + len, 0);
  (void) nrecords, (void) out;
  check (end != NULL && json_space (end, buf + len) == buf + len);
}

/* Markup comes from the page alone: the records add none, and every
   link stays on the page.  */
static void
check_html (const char *buf, size_t len, size_t nrecords, const struct output *out)
{
  (void) nrecords, (void) out;
  check (count (buf, len, "<script") == 0 && count (buf, len, "<img") == 0
         && count (buf, len, "<a ") == count (buf, len, "<a href=\"#"));
}

/* The promises of the formats that make more than those of every
   format, by name; a format not named here is checked for those.  */
static const struct
{
  const char *name;
  void (*checks) (const char *buf, size_t len, size_t nrecords, const struct output *out);
} own_checks[] = {
  { "text", check_text }, { "csv", check_csv }, { "markdown", check_markdown },
  { "json", check_json }, { "html", check_html },
};

static void
check_format (const struct format *f, const char *buf, size_t len, size_t nrecords,
              const struct output *out)
{
  check_every_format (f, buf, len);
  for (size_t i = 0; i < sizeof own_checks / sizeof own_checks[0]; i++)
    if (strcmp (f->name, own_checks[i].name) == 0)
      own_checks[i].checks (buf, len, nrecords, out);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  struct record records[MAX_RECORDS];
  char *copy, *fields[4 * MAX_RECORDS];
  size_t nfields = 0, nrecords;

  if (size == 0)
    return 0;
  copy = malloc (size);
  memcpy (copy, data + 1, size - 1);
  copy[size - 1] = '\0';
  for (char *p = copy; p < copy + size && nfields < 4 * MAX_RECORDS; p += strlen (p) + 1)
    fields[nfields++] = p;
  nrecords = nfields / 4;
  for (size_t i = 0; i < nrecords; i++)
    {
      char **f = fields + 4 * i;
      records[i].code = (int) (i * 7919) - 64;
      records[i].has_code = *f[1] != '\0' || *f[0] == '\0';
      records[i].name = *f[0] ? f[0] : NULL;
      records[i].category = *f[1] ? f[1] : NULL;
      records[i].language = *f[2] ? f[2] : "zh_CN";
      records[i].message = f[3];
      if (!records[i].has_code && records[i].name == NULL)
        records[i].name = "x";
    }

  for (const struct format *f = formats; f->name != NULL; f++)
    {
      char *buf = NULL;
      size_t len = 0;
      struct output out;

      memset (&out, 0, sizeof out);
      out.stream = open_memstream (&buf, &len);
      out.format = f;
      out.with_language = data[0] & 1;
      output_begin (&out);
      for (size_t i = 0; i < nrecords; i++)
        output_record (&out, &records[i]);
      output_end (&out);
      fclose (out.stream);
      check_format (f, buf, len, nrecords, &out);
      free (buf);
    }
  free (copy);
  return 0;
}
