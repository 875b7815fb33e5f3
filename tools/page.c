/* page.c - sdkerr --format=html: a reference page a documentation team
   can publish.  The records are collected, then written as one entry per
   code (its messages in each language, under the language's own name,
   with lang and dir), grouped by category behind a table of contents,
   with an anchor per code (#10003) and per category (#license).  The
   headings are in the page's language; the page needs nothing outside
   itself, reflows to a phone's width and prints.  */

#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "locale-name.h"
#include "tools/catalog-date.h"

struct page
{
  struct record *records;
  size_t n, max;
};

/* Headings of the categories, by sdkerr_category_name.  */
static const struct
{
  const char *id;
  const char *title;
} categories[] = {
  { "success", N_("Success") },
  { "license", N_("License") },
  { "parameter", N_("Parameters and resources") },
  { "state", N_("Call sequence and state") },
  { "http", N_("HTTP") },
  { "websocket", N_("WebSocket") },
  { "server-request", N_("Request checks on the server") },
  { "server", N_("Server-side processing") },
  { "admin", N_("Administration console") },
  { "internal", N_("Internal errors") },
};

static const char *
category_title (const char *id)
{
  if (id == NULL)
    return _("Unknown codes and names");
  for (size_t i = 0; i < sizeof categories / sizeof categories[0]; i++)
    if (strcmp (id, categories[i].id) == 0)
      return _(categories[i].title);
  return id;
}

static char *
copy (const char *s)
{
  char *c;
  if (s == NULL)
    return NULL;
  c = xrealloc (NULL, strlen (s) + 1);
  return strcpy (c, s);
}

void
page_record (struct output *out, const struct record *r)
{
  struct page *p = out->page;
  struct record *slot;

  if (p->n == p->max)
    {
      p->max = p->max ? 2 * p->max : 256;
      p->records = xrealloc (p->records, p->max * sizeof *p->records);
    }
  slot = &p->records[p->n++];
  *slot = *r;
  /* The strings of unknown codes and names live in the caller's buffers.  */
  slot->name = copy (r->name);
  slot->message = copy (r->message);
}

void
page_begin (struct output *out)
{
  out->page = xrealloc (NULL, sizeof (struct page));
  memset (out->page, 0, sizeof (struct page));
}

/* The page's language: that of the catalog gettext took the headings
   from (its header's Language field), English without one.  */
static void
page_language (char *tag, size_t size)
{
  const char *header = "", *field;
  char name[SDKERR__NAME_MAX + 1];
  size_t len;
#if ENABLE_NLS
  const char *empty = "";
  header = gettext (empty);
#endif
  field = strstr (header, "Language: ");
  if (field == NULL || (field != header && field[-1] != '\n'))
    field = "Language: en";
  field += strlen ("Language: ");
  len = strcspn (field, "\n");
  if (len == 0 || len > SDKERR__NAME_MAX)
    field = "en", len = 2;
  memcpy (name, field, len);
  name[len] = '\0';
  /* The tag as the library writes a catalog's: "sr@latin" is sr-Latn.  */
  sdkerr__bcp47_tag (name, tag, size);
}

/* The lang (and dir) attributes of a language tag.  */
static void
put_lang (FILE *f, const char *tag)
{
  fputs (" lang=\"", f);
  output_html (f, tag);
  putc ('"', f);
  if (language_is_rtl (tag))
    fputs (" dir=\"rtl\"", f);
}

static const char style[] =
  ":root { color-scheme: light dark; }\n"
  "body { font-family: system-ui, sans-serif; line-height: 1.45;"
  " max-width: 60rem; margin: 0 auto; padding: 1rem; }\n"
  "h1 { font-size: 1.7rem; margin: 0.5rem 0 0.2rem; }\n"
  ".meta, thead th, th[scope=row] { color: GrayText; }\n"
  "h2 { font-size: 1.35rem; margin: 2.2rem 0 0.6rem; padding-bottom: 0.2rem;"
  " border-bottom: 1px solid #8886; }\n"
  ".toc ul { columns: 16rem; padding-left: 1.2rem; }\n"
  ".entry { margin: 0 0 1.3rem; }\n"
  "h3 { font-size: 1.05rem; margin: 0 0 0.2rem; overflow-wrap: anywhere; }\n"
  "h3 a { text-decoration: none; font-variant-numeric: tabular-nums; }\n"
  "code { font-family: ui-monospace, monospace; overflow-wrap: anywhere; }\n"
  "table { border-collapse: collapse; width: 100%; }\n"
  "th, td { padding: 0.2rem 0.5rem; text-align: start; vertical-align: top;"
  " border-top: 1px solid #8884; overflow-wrap: anywhere; }\n"
  "thead th { font-size: 0.8rem; font-weight: normal; border-top: 0; }\n"
  "th[scope=row] { width: 10rem; font-weight: normal; }\n"
  "@media (max-width: 32rem) { body { padding: 0.5rem; } th[scope=row] { width: 6rem; } }\n"
  "@media print { body { max-width: none; padding: 0; font-size: 10pt; }"
  " .toc { break-after: page; } .entry { break-inside: avoid; }"
  " a { color: inherit; text-decoration: none; } }\n";

static void
put_head (FILE *f)
{
  char tag[32];
  page_language (tag, sizeof tag);
  fputs ("<!DOCTYPE html>\n<html lang=\"", f);
  output_html (f, tag);
  /* A right-to-left page lays out its title, headings and contents from
     the right, not only its right-to-left rows.  */
  fputs (language_is_rtl (tag) ? "\" dir=\"rtl" : "", f);
  fputs ("\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<meta name=\"generator\" content=\"" PACKAGE_STRING "\">\n<title>", f);
  output_html (f, _("SDK error codes"));
  fprintf (f, "</title>\n<style>\n%s</style>\n</head>\n<body>\n"
           "<div class=\"header\" role=\"banner\">\n<h1>", style);
  output_html (f, _("SDK error codes"));
  fputs ("</h1>\n<p class=\"meta\">", f);
  {
    char meta[256];
    /* TRANSLATORS: the line under the page's title.  The first %s is the
       program's version (0.1.0), the second the date of its catalogs
       (2026-11-25).  */
    snprintf (meta, sizeof meta, _("sdkerr %s, catalogs of %s"), PACKAGE_VERSION,
              CATALOG_DATE);
    output_html (f, meta);
  }
  fputs ("</p>\n</div>\n", f);
}

static int
same_entry (const struct record *a, const struct record *b)
{
  if (a->has_code != b->has_code)
    return 0;
  if (a->has_code)
    return a->code == b->code;
  return strcmp (a->name, b->name) == 0;
}

static int
same_category (const char *a, const char *b)
{
  return a == NULL || b == NULL ? a == b : strcmp (a, b) == 0;
}

/* An entry: the records [first, end) of one code or name.  */
struct entry
{
  size_t first, end;
};

static void
put_entry (FILE *f, const struct page *p, const struct entry *e)
{
  const struct record *r = &p->records[e->first];

  fputs ("<div class=\"entry\"", f);
  if (r->category != NULL)
    fprintf (f, " id=\"%d\"", r->code);
  fputs (">\n<h3>", f);
  if (r->has_code && r->category != NULL)
    fprintf (f, "<a href=\"#%d\">%d</a> ", r->code, r->code);
  else if (r->has_code)
    fprintf (f, "%d ", r->code);
  if (r->name != NULL)
    {
      fputs ("<code>", f);
      output_html (f, r->name);
      fputs ("</code>", f);
    }
  fputs ("</h3>\n<table>\n<thead><tr><th scope=\"col\">", f);
  output_html (f, _("Language"));
  fputs ("</th><th scope=\"col\">", f);
  output_html (f, _("Message"));
  fputs ("</th></tr></thead>\n<tbody>\n", f);
  for (size_t i = e->first; i < e->end; i++)
    {
      fputs ("<tr", f);
      put_lang (f, p->records[i].language);
      fputs ("><th scope=\"row\">", f);
      output_html (f, language_endonym (p->records[i].language));
      fputs ("</th><td>", f);
      output_html (f, p->records[i].message);
      fputs ("</td></tr>\n", f);
    }
  fputs ("</tbody>\n</table>\n</div>\n", f);
}

/* The entries of the page, a code's first entry only (an anchor is
   unique); their number in *COUNT.  */
static struct entry *
collect_entries (const struct page *p, size_t *count)
{
  struct entry *entries = xrealloc (NULL, (p->n + 1) * sizeof *entries);
  static unsigned char seen[100000 / 8];
  size_t n = 0;

  memset (seen, 0, sizeof seen);
  for (size_t i = 0; i < p->n;)
    {
      size_t end = i + 1;
      const struct record *r = &p->records[i];
      int known = r->category != NULL && r->code >= 0 && r->code < 100000;
      while (end < p->n && same_entry (r, &p->records[end]))
        end++;
      if (!known || !(seen[r->code / 8] & (1u << (r->code % 8))))
        {
          entries[n].first = i;
          entries[n++].end = end;
        }
      if (known)
        seen[r->code / 8] |= (unsigned char) (1u << (r->code % 8));
      i = end;
    }
  *count = n;
  return entries;
}

static void
put_category_id (FILE *f, const char *category)
{
  output_html (f, category != NULL ? category : "unknown");
}

/* The categories in the order they first appear, each with its entries.  */
static void
put_body (FILE *f, const struct page *p, const struct entry *entries, size_t n)
{
  for (int pass = 0; pass < 2; pass++)
    {
      if (pass == 0)
        {
          fputs ("<div class=\"toc\" role=\"navigation\">\n<h2 id=\"contents\">", f);
          output_html (f, _("Contents"));
          fputs ("</h2>\n<ul>\n", f);
        }
      else
        fputs ("<div role=\"main\">\n", f);
      for (size_t i = 0; i < n; i++)
        {
          const char *category = p->records[entries[i].first].category;
          size_t count = 0, j;
          for (j = 0; j < i; j++)
            if (same_category (p->records[entries[j].first].category, category))
              break;
          if (j < i)
            continue;           /* this category is done */
          for (j = i; j < n; j++)
            count += same_category (p->records[entries[j].first].category, category);
          fputs (pass == 0 ? "<li><a href=\"#" : "<h2 id=\"", f);
          put_category_id (f, category);
          fputs ("\">", f);
          output_html (f, category_title (category));
          if (pass == 0)
            {
              fprintf (f, "</a> (%zu)</li>\n", count);
              continue;
            }
          fputs ("</h2>\n", f);
          for (j = i; j < n; j++)
            if (same_category (p->records[entries[j].first].category, category))
              put_entry (f, p, &entries[j]);
        }
      fputs (pass == 0 ? "</ul>\n</div>\n" : "</div>\n", f);
    }
}

void
page_end (struct output *out)
{
  struct page *p = out->page;
  FILE *f = out->stream;
  size_t n;
  struct entry *entries = collect_entries (p, &n);

  put_head (f);
  put_body (f, p, entries, n);
  fputs ("</body>\n</html>\n", f);
  free (entries);
  for (size_t i = 0; i < p->n; i++)
    {
      free ((char *) p->records[i].name);
      free ((char *) p->records[i].message);
    }
  free (p->records);
  free (p);
  out->page = NULL;
}
