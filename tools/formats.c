/* formats.c - the sdkerr command's output formats, in one table: text,
   JSON, CSV (RFC 4180), Markdown and a self-contained HTML page (page.c).
   Adding a format is a row of the table and its writer; --help, --format,
   the tests and the fuzzer read the table.  */

#include <config.h>

#include <string.h>

#include "cli.h"

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

/* --- text: tab-separated, or aligned columns on a terminal (columns.c) --- */

static void
text_record (struct output *out, const struct record *r)
{
  static const char *const separators[4] = { "\t", "\t", "\t", "\t" };
  /* Without the language column.  */
  static const char *const no_language[4] = { "\t", "\t", "", "\t" };
  struct record shown = *r;

  if (out->aligned)
    {
      char code[16] = "";
      const char *cells[5] = { code, r->name, r->category, r->language, r->message };
      if (r->has_code)
        snprintf (code, sizeof code, "%d", r->code);
      if (!out->with_language)
        cells[3] = r->message;
      columns_add (&out->columns, cells, out->with_language ? 5 : 4);
      return;
    }
  if (!out->with_language)
    shown.language = "";
  put_fields (out->stream, &shown, out->with_language ? separators : no_language,
              output_text, "");
  putc ('\n', out->stream);
}

static void
text_end (struct output *out)
{
  columns_print (out->stream, out->columns);
  out->columns = NULL;
}

/* --- json: one array of objects ---------------------------------------- */

static const char *
json_escape (int c)
{
  return c == '"' ? "\\\"" : c == '\\' ? "\\\\" : NULL;
}

static void
json_string (FILE *f, const char *s)
{
  putc ('"', f);
  put_clean (f, s, json_escape);
  putc ('"', f);
}

static void
json_begin (struct output *out)
{
  fputs ("[", out->stream);
}

static void
json_record (struct output *out, const struct record *r)
{
  static const char *const keys[4] = {
    ", \"name\": ", ", \"category\": ", ", \"language\": ", ", \"message\": "
  };
  fprintf (out->stream, "%s\n  {\"code\": ", out->count ? "," : "");
  put_fields (out->stream, r, keys, json_string, "null");
  putc ('}', out->stream);
}

static void
json_end (struct output *out)
{
  fputs (out->count ? "\n]\n" : "]\n", out->stream);
}

/* --- csv: RFC 4180, with a header line -------------------------------- */

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
  put_clean (f, s, csv_escape);
  if (quoted)
    putc ('"', f);
}

static void
csv_begin (struct output *out)
{
  fputs ("code,name,category,language,message\r\n", out->stream);
}

static void
csv_record (struct output *out, const struct record *r)
{
  static const char *const separators[4] = { ",", ",", ",", "," };
  put_fields (out->stream, r, separators, csv_field, "");
  fputs ("\r\n", out->stream);
}

/* --- markdown: a table -------------------------------------------------- */

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

static void
markdown_cell (FILE *f, const char *s)
{
  put_clean (f, s, markdown_escape);
}

static void
markdown_begin (struct output *out)
{
  fputs ("| Code | Name | Category | Language | Message |\n"
         "|---:|---|---|---|---|\n", out->stream);
}

static void
markdown_record (struct output *out, const struct record *r)
{
  static const char *const separators[4] = { " | ", " | ", " | ", " | " };
  fputs ("| ", out->stream);
  put_fields (out->stream, r, separators, markdown_cell, "");
  fputs (" |\n", out->stream);
}

/* --- the table ----------------------------------------------------------- */

const struct format formats[] = {
  { "text", "\t\n", NULL, text_record, text_end },
  { "json", "\n", json_begin, json_record, json_end },
  { "csv", "\r\n", csv_begin, csv_record, NULL },
  { "markdown", "\n", markdown_begin, markdown_record, NULL },
  { "html", "\n", page_begin, page_record, page_end },
  { NULL, NULL, NULL, NULL, NULL }
};

const struct format *
format_from_name (const char *name)
{
  for (const struct format *f = formats; f->name != NULL; f++)
    if (strcmp (name, f->name) == 0)
      return f;
  return NULL;
}

const char *
format_names (const struct format *first)
{
  static char names[256];
  size_t len = 0;

  names[0] = '\0';
  for (const struct format *f = first; f->name != NULL; f++)
    {
      int n = snprintf (names + len, sizeof names - len, "%s%s",
                        f == first ? "" : ", ", f->name);
      if (n < 0 || (size_t) n >= sizeof names - len)
        break;
      len += (size_t) n;
    }
  return names;
}

void
output_begin (struct output *out)
{
  out->count = 0;
  if (out->format->begin != NULL)
    out->format->begin (out);
}

void
output_record (struct output *out, const struct record *r)
{
  out->format->record (out, r);
  out->count++;
}

void
output_end (struct output *out)
{
  if (out->format->end != NULL)
    out->format->end (out);
}
