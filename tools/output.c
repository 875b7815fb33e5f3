/* output.c - the sdkerr command's output formats: text, JSON, CSV
   (RFC 4180), Markdown and a self-contained HTML page.  */

#include <config.h>

#include <string.h>

#include "cli.h"

int
format_from_name (const char *name, enum format *format)
{
  static const char *const names[] = { "text", "json", "csv", "markdown", "html" };
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (strcmp (name, names[i]) == 0)
      {
        *format = (enum format) i;
        return 0;
      }
  return -1;
}

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

/* Writes S cleaned (see clean_char), each ASCII character through ESCAPE
   (its replacement, or NULL to write it as it is).  */
static void
put_text (FILE *f, const char *s, const char *(*escape) (int c))
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
  put_text (f, s, NULL);
}

static const char *
json_escape (int c)
{
  return c == '"' ? "\\\"" : c == '\\' ? "\\\\" : NULL;
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

/* Markdown renderers turn raw HTML, entities, links, autolinks, emphasis
   and code spans into markup, and '|' ends a table cell: every ASCII
   character that can start one of these is backslash-escaped (':' and '.'
   for GFM's links of bare "https://" and "www." addresses).  */
static const char *
markdown_escape (int c)
{
  static const char specials[] = "\\`*_{}[]()<>&|~!:.@#";
  static char escaped[3] = "\\";
  if (strchr (specials, c) == NULL)
    return NULL;
  escaped[1] = (char) c;
  return escaped;
}

static const char *
csv_escape (int c)
{
  return c == '"' ? "\"\"" : NULL;
}

/* A spreadsheet reads a cell that starts with one of these (or their
   full-width forms, in some East Asian settings) as a formula.  */
static int
starts_like_formula (const char *s)
{
  static const char *const starts[] = {
    "=", "+", "-", "@", "\t", "\r", "\xef\xbc\x9d", "\xef\xbc\x8b",
    "\xef\xbc\x8d", "\xef\xbc\xa0"
  };
  for (size_t i = 0; i < sizeof starts / sizeof starts[0]; i++)
    if (strncmp (s, starts[i], strlen (starts[i])) == 0)
      return 1;
  return 0;
}

/* RFC 4180: a field with a comma, quote or line break is quoted, with
   quotes doubled.  A field that would start a formula gets a leading
   apostrophe, which spreadsheets show as text.  */
static void
csv_field (FILE *f, const char *s)
{
  int quoted = strpbrk (s, ",\"\r\n") != NULL;
  if (quoted)
    putc ('"', f);
  if (starts_like_formula (s))
    putc ('\'', f);
  put_text (f, s, csv_escape);
  if (quoted)
    putc ('"', f);
}

void
output_begin (struct output *out)
{
  FILE *f = out->stream;
  out->count = 0;
  switch (out->format)
    {
    case FORMAT_TEXT:
      break;
    case FORMAT_JSON:
      fputs ("[", f);
      break;
    case FORMAT_CSV:
      fputs ("code,name,category,language,message\r\n", f);
      break;
    case FORMAT_MARKDOWN:
      fputs ("| Code | Name | Category | Language | Message |\n"
             "|---:|---|---|---|---|\n", f);
      break;
    case FORMAT_HTML:
      page_begin (out);
      break;
    }
}

/* The record's code, then its four text fields, each after its
   separator, written by PUT; NONE stands for a missing code or field.  */
static void
put_fields (FILE *f, const struct record *r, const char *const separators[4],
            void (*put) (FILE *, const char *), const char *none)
{
  const char *fields[] = { r->name, r->category, r->language, r->message };
  if (r->has_code)
    fprintf (f, "%d", r->code);
  else
    fputs (none, f);
  for (size_t i = 0; i < 4; i++)
    {
      fputs (separators[i], f);
      if (fields[i] != NULL)
        put (f, fields[i]);
      else
        fputs (none, f);
    }
}

static void
json_string (FILE *f, const char *s)
{
  putc ('"', f);
  put_text (f, s, json_escape);
  putc ('"', f);
}

static void
markdown_cell (FILE *f, const char *s)
{
  put_text (f, s, markdown_escape);
}

void
output_html (FILE *f, const char *s)
{
  put_text (f, s, html_escape);
}

static const char *const text_separators[4] = { "\t", "\t", "\t", "\t" };
static const char *const json_keys[4] = {
  ", \"name\": ", ", \"category\": ", ", \"language\": ", ", \"message\": "
};
static const char *const csv_separators[4] = { ",", ",", ",", "," };
static const char *const markdown_separators[4] = { " | ", " | ", " | ", " | " };

void
output_record (struct output *out, const struct record *r)
{
  FILE *f = out->stream;
  switch (out->format)
    {
    case FORMAT_TEXT:
      if (out->aligned)
        {
          char code[16] = "";
          const char *cells[5] = { code, r->name, r->category, r->language, r->message };
          if (r->has_code)
            snprintf (code, sizeof code, "%d", r->code);
          if (!out->with_language)
            cells[3] = r->message;
          columns_add (&out->columns, cells, out->with_language ? 5 : 4);
          break;
        }
      {
        /* Without the language column.  */
        static const char *const separators[4] = { "\t", "\t", "", "\t" };
        struct record shown = *r;
        if (!out->with_language)
          shown.language = "";
        put_fields (f, &shown, out->with_language ? text_separators : separators,
                    output_text, "");
        putc ('\n', f);
      }
      break;
    case FORMAT_JSON:
      fprintf (f, "%s\n  {\"code\": ", out->count ? "," : "");
      put_fields (f, r, json_keys, json_string, "null");
      putc ('}', f);
      break;
    case FORMAT_CSV:
      put_fields (f, r, csv_separators, csv_field, "");
      fputs ("\r\n", f);
      break;
    case FORMAT_MARKDOWN:
      fputs ("| ", f);
      put_fields (f, r, markdown_separators, markdown_cell, "");
      fputs (" |\n", f);
      break;
    case FORMAT_HTML:
      page_record (out, r);
      break;
    }
  out->count++;
}

void
output_end (struct output *out)
{
  switch (out->format)
    {
    case FORMAT_JSON:
      fputs (out->count ? "\n]\n" : "]\n", out->stream);
      break;
    case FORMAT_HTML:
      page_end (out);
      break;
    case FORMAT_TEXT:
      columns_print (out->stream, out->columns);
      out->columns = NULL;
      break;
    default:
      break;
    }
}
