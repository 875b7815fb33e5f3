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

static void
json_string (const char *s)
{
  putchar ('"');
  for (const unsigned char *p = (const unsigned char *) s; *p != '\0'; p++)
    if (*p == '"' || *p == '\\')
      printf ("\\%c", *p);
    else if (*p < 0x20)
      printf ("\\u%04x", *p);
    else
      putchar (*p);
  putchar ('"');
}

/* RFC 4180: a field with a comma, quote or line break is quoted, with
   quotes doubled.  */
static void
csv_field (const char *s)
{
  if (strpbrk (s, ",\"\r\n") == NULL)
    {
      fputs (s, stdout);
      return;
    }
  putchar ('"');
  for (; *s != '\0'; s++)
    {
      if (*s == '"')
        putchar ('"');
      putchar (*s);
    }
  putchar ('"');
}

static void
markdown_cell (const char *s)
{
  for (; *s != '\0'; s++)
    {
      if (*s == '|' || *s == '\\' || *s == '*' || *s == '_' || *s == '`')
        putchar ('\\');
      putchar (*s == '\n' ? ' ' : *s);
    }
}

static void
html_text (const char *s)
{
  for (; *s != '\0'; s++)
    switch (*s)
      {
      case '&': fputs ("&amp;", stdout); break;
      case '<': fputs ("&lt;", stdout); break;
      case '>': fputs ("&gt;", stdout); break;
      case '"': fputs ("&quot;", stdout); break;
      default: putchar (*s);
      }
}

/* A catalog name as a BCP 47 tag, for lang attributes: "pt_BR" -> "pt-BR". */
static void
html_lang (const char *language)
{
  for (; *language != '\0'; language++)
    putchar (*language == '_' ? '-' : *language);
}

static int
is_rtl (const char *language)
{
  static const char *const rtl[] = { "ar", "fa", "he", "ur", "yi" };
  for (size_t i = 0; i < sizeof rtl / sizeof rtl[0]; i++)
    if (strncmp (language, rtl[i], 2) == 0
        && (language[2] == '\0' || language[2] == '_'))
      return 1;
  return 0;
}

void
output_begin (struct output *out)
{
  out->count = 0;
  switch (out->format)
    {
    case FORMAT_TEXT:
      break;
    case FORMAT_JSON:
      fputs ("[", stdout);
      break;
    case FORMAT_CSV:
      fputs ("code,name,category,language,message\r\n", stdout);
      break;
    case FORMAT_MARKDOWN:
      puts ("| Code | Name | Category | Language | Message |");
      puts ("|---:|---|---|---|---|");
      break;
    case FORMAT_HTML:
      puts ("<!DOCTYPE html>\n"
            "<html lang=\"en\">\n"
            "<head>\n"
            "<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<title>SDK error codes</title>\n"
            "<style>\n"
            "body { font-family: system-ui, sans-serif; margin: 2em; }\n"
            "table { border-collapse: collapse; }\n"
            "th, td { border: 1px solid #ccc; padding: 0.3em 0.6em; vertical-align: top; }\n"
            "th { background: #f0f0f0; text-align: left; }\n"
            "td.code { text-align: right; font-variant-numeric: tabular-nums; }\n"
            "td.name { font-family: monospace; }\n"
            "</style>\n"
            "</head>\n"
            "<body>\n"
            "<h1>SDK error codes</h1>\n"
            "<table>\n"
            "<thead><tr><th>Code</th><th>Name</th><th>Category</th>"
            "<th>Language</th><th>Message</th></tr></thead>\n"
            "<tbody>");
      break;
    }
}

/* The record's four text fields, each after its separator, escaped by
   PUT.  */
static void
put_fields (const struct record *r, const char *const separators[4],
            void (*put) (const char *))
{
  const char *fields[] = { r->name, r->category, r->language, r->message };
  for (size_t i = 0; i < 4; i++)
    {
      fputs (separators[i], stdout);
      put (fields[i]);
    }
}

static const char *const json_keys[4] = {
  ", \"name\": ", ", \"category\": ", ", \"language\": ", ", \"message\": "
};
static const char *const csv_separators[4] = { ",", ",", ",", "," };
static const char *const markdown_separators[4] = { " | ", " | ", " | ", " | " };

void
output_record (struct output *out, const struct record *r)
{
  switch (out->format)
    {
    case FORMAT_TEXT:
      if (out->with_language)
        printf ("%d\t%s\t%s\t%s\t%s\n", r->code, r->name, r->category,
                r->language, r->message);
      else
        printf ("%d\t%s\t%s\t%s\n", r->code, r->name, r->category, r->message);
      break;
    case FORMAT_JSON:
      printf ("%s\n  {\"code\": %d", out->count ? "," : "", r->code);
      put_fields (r, json_keys, json_string);
      putchar ('}');
      break;
    case FORMAT_CSV:
      printf ("%d", r->code);
      put_fields (r, csv_separators, csv_field);
      fputs ("\r\n", stdout);
      break;
    case FORMAT_MARKDOWN:
      printf ("| %d", r->code);
      put_fields (r, markdown_separators, markdown_cell);
      puts (" |");
      break;
    case FORMAT_HTML:
      printf ("<tr><td class=\"code\">%d</td><td class=\"name\">", r->code);
      html_text (r->name);
      fputs ("</td><td>", stdout);
      html_text (r->category);
      fputs ("</td><td>", stdout);
      html_lang (r->language);
      fputs ("</td><td lang=\"", stdout);
      html_lang (r->language);
      fputs (is_rtl (r->language) ? "\" dir=\"rtl\">" : "\">", stdout);
      html_text (r->message);
      puts ("</td></tr>");
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
      puts (out->count ? "\n]" : "]");
      break;
    case FORMAT_HTML:
      puts ("</tbody>\n</table>\n</body>\n</html>");
      break;
    default:
      break;
    }
}
