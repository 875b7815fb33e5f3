/* cli.h - the parts of the sdkerr command.  */

#ifndef SDKERR_CLI_H
#define SDKERR_CLI_H

#include <stdio.h>

/* The command's own messages: English msgids in their own text domain,
   apart from the library's Chinese ones.  */
#define CLI_DOMAIN PACKAGE "-cli"
#if ENABLE_NLS
# include <libintl.h>
# define _(msgid) gettext (msgid)
#else
# define _(msgid) (msgid)
#endif
#define N_(msgid) (msgid)

/* The program's name, for diagnostics and --help.  */
extern const char *program_name;

/* Prints "sdkerr: ", the message and a newline on standard error, with
   whatever could drive the terminal written as escapes (complain.c).  */
void complain (const char *format, ...) __attribute__ ((format (printf, 1, 2)));

/* One line of output: a code's message in one language.  */
struct record
{
  int code;
  int has_code;                 /* 0: a name that is no code's (in NAME) */
  const char *name;             /* NULL for an unknown code */
  const char *category;         /* NULL when unknown */
  const char *language;         /* BCP 47 tag of the message's language: "de", "zh-CN" */
  const char *message;
};

/* Output, one record at a time between begin and end.  */
struct page;

struct columns;

struct output
{
  FILE *stream;
  const struct format *format;
  struct page *page;            /* the HTML page's records, while collected */
  struct columns *columns;      /* text on a terminal: the rows, while collected */
  int with_language;            /* text format: print the language column */
  int aligned;                  /* text format: aligned columns, not tabs */
  unsigned long count;          /* the records written so far */
};

/* An output format (formats.c): its name for --format, the control
   characters it writes itself (catalog text brings none: see clean.c),
   and its writer, called with begin, once per record, then end; begin
   and end may be NULL.  */
struct format
{
  const char *name;
  const char *controls;
  void (*begin) (struct output *out);
  void (*record) (struct output *out, const struct record *r);
  void (*end) (struct output *out);
};

/* Every format, the default first, then a null name.  */
extern const struct format formats[];

/* The format called NAME, or NULL.  */
const struct format *format_from_name (const char *name);
/* The names of the formats from FIRST on, separated by ", ", in static
   storage.  */
const char *format_names (const struct format *first);

/* Writes the records in OUT's format: begin, record per record, end.  */
void output_begin (struct output *out);
void output_record (struct output *out, const struct record *r);
void output_end (struct output *out);

/* Writes text from a catalog, cleaned (clean.c): controls and bytes that
   are not UTF-8 cannot reach a terminal; each ASCII character through
   ESCAPE (its replacement, or NULL to write it as it is).  */
void put_clean (FILE *f, const char *s, const char *(*escape) (int c));
/* The same, as plain text.  */
void output_text (FILE *f, const char *s);
/* The same, as HTML text (markup characters as references).  */
void output_html (FILE *f, const char *s);

/* The length of the valid UTF-8 character at S, its code point in *CP;
   0 when S does not start one.  */
size_t utf8_decode (const char *s, unsigned int *cp);
/* C0, DEL and C1 controls.  */
int is_control (unsigned int cp);
/* What can change the order or the lines of a text from inside it: the
   bidirectional embeddings and overrides, the line and paragraph
   separators.  */
int is_layout_override (unsigned int cp);

/* Aligned columns for a terminal (columns.c): rows of NCELLS cells
   (NULL for an empty one) added to *C, made on the first, then written
   to F and freed.  */
void columns_add (struct columns **c, const char *const cells[], size_t ncells);
void columns_print (FILE *f, struct columns *c);

/* The HTML reference page (page.c), behind output_begin/record/end.  */
void page_begin (struct output *out);
void page_record (struct output *out, const struct record *r);
void page_end (struct output *out);

/* The name of a language in that language ("Deutsch", "日本語"), by
   its BCP 47 tag, or the tag for a language not known here.  */
const char *language_endonym (const char *tag);
int language_is_rtl (const char *tag);

/* realloc that never fails: on exhaustion the program says so and
   exits with status 2.  */
void *xrealloc (void *p, size_t size);

/* Copies stdin or a file to stdout, appending the message after each SDK
   code in an error context (see annotate.c).  A read error is reported
   here; a write error is left to the caller, which reports it once.  */
enum annotate_result { ANNOTATE_OK, ANNOTATE_READ_ERROR, ANNOTATE_WRITE_ERROR };
enum annotate_result annotate_stream (FILE *in, const char *in_name,
                                      const char *langs);

/* A --search text, cut into words and folded (see search.c).  query_new
   returns NULL for a text that is not UTF-8 or only white space; a text
   whose words all fold away (a combining mark) matches nothing.  */
struct query;
struct query *query_new (const char *text);
int query_matches (const struct query *q, int code, const char *const *langs,
                   size_t nlangs);
void query_free (struct query *q);

#endif /* SDKERR_CLI_H */
