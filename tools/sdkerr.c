/* sdkerr - print the meaning of SDK error codes in the user's language.  */

#include <config.h>

#include <errno.h>
#include <stdarg.h>
#include <getopt.h>
#include <langinfo.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "c-locale.h"
#include "chinese-regions.h"
#include "cli.h"
#include "sdkerr.h"

enum exit_status
{
  EXIT_ALL_FOUND = 0,
  EXIT_SOME_NOT_FOUND = 1,
  EXIT_TROUBLE = 2
};

void *
xrealloc (void *p, size_t size)
{
  p = realloc (p, size);
  if (p == NULL)
    {
      complain (_("memory exhausted"));
      exit (EXIT_TROUBLE);
    }
  return p;
}

/* The program's own messages come from the sdkerr-cli domain, read from
   the directory the library reads its catalogs from: the library's
   answer, so that its rule (SDKERR_LOCALEDIR, ignored in setuid
   programs) is written once.  */
static void
bind_messages (void)
{
#if ENABLE_NLS
  bindtextdomain (CLI_DOMAIN, sdkerr_catalog_dir ());
  bind_textdomain_codeset (CLI_DOMAIN, "UTF-8");
  textdomain (CLI_DOMAIN);
#endif
}

static void
usage (FILE *out)
{
  fprintf (out, _("Usage: %s [OPTION]... CODE|NAME...\n"), program_name);
  fprintf (out, _("  or:  %s [OPTION]... --list\n"), program_name);
  fprintf (out, _("  or:  %s [OPTION]... --search=TEXT\n"), program_name);
  fprintf (out, _("  or:  %s [OPTION]... --annotate [FILE]...\n"), program_name);
  fputs (_("\
Print the symbolic name, category and message of SDK error codes, in the\n\
user's language.\n"), out);
  fputs ("\n", out);
  fputs (_("\
A CODE is a decimal number (10003); a NAME is a symbolic name, with or\n\
without its SDKERR_ prefix, in any case (SDKERR_LICENSE_EXPIRED,\n\
license_expired).  Put a negative number after --.\n"), out);
  fputs ("\n", out);
  /* TRANSLATORS: in the option lines, translate the descriptions only:
     keep the options, and keep the descriptions in the column where they
     start (the 26th), wrapping before the 80th.  */
  fputs (_("\
  -l, --list             print every code\n"), out);
  fputs (_("\
  -s, --search=TEXT      print every code whose name or messages, in the\n\
                           source or any installed language, contain all\n\
                           the words of TEXT, in any order, ignoring case\n\
                           and accents; a number finds the codes that\n\
                           start with it\n"), out);
  fputs (_("\
      --annotate         copy FILEs (or standard input) to standard output,\n\
                           explaining each SDK code that follows an error\n\
                           keyword (error=10003) and each SDKERR_ name\n"), out);
  fputs (_("\
  -L, --lang=TAGS        the language: a tag (ja, pt-BR), a list (de:en) or\n\
                           an Accept-Language value ('de-CH,de;q=0.9')\n"), out);
  fputs (_("\
  -a, --all-languages    print the message in every installed language\n"), out);
  /* TRANSLATORS: the first %s is the default format's name (text), the
     second the other formats' names (json, csv, ...); keep them, and
     the word help, as they are.  */
  fprintf (out, _("\
  -f, --format=FORMAT    %s (default), %s;\n\
                           help lists the formats, one a line\n"),
           formats[0].name, format_names (formats + 1));
  fputs (_("\
  -h, --help             display this help and exit\n"), out);
  fputs (_("\
  -V, --version          output version information and exit\n"), out);
  fputs ("\n", out);
  fputs (_("\
Without --lang the language comes from LANGUAGE, LC_ALL, LC_MESSAGES or\n\
LANG, even when that locale is not installed on the system.\n"), out);
  fputs ("\n", out);
  fputs (_("\
Exit status: 0 if every code was found (or --search found some),\n\
1 if some were not, 2 for a usage, input or output error.\n"), out);
  fputs ("\n", out);
  /* TRANSLATORS: %s is an e-mail address.  */
  fprintf (out, _("Report bugs to: <%s>\n"), PACKAGE_BUGREPORT);
}

static void
try_help (void)
{
  fprintf (stderr, _("Try '%s --help' for more information.\n"), program_name);
}

/* The installed languages (sdkerr_languages), all of them however many,
   in an array made on first use and kept; *N of them.  */
static const char *const *
installed_languages (size_t *n)
{
  static const char **langs;
  static size_t count;
  if (langs == NULL)
    {
      count = sdkerr_languages (NULL, 0);
      langs = calloc (count + 1, sizeof *langs);
      if (langs == NULL)
        {
          complain ("%s", strerror (ENOMEM));
          exit (EXIT_TROUBLE);
        }
      count = sdkerr_languages (langs, count);
    }
  *n = count;
  return langs;
}

static void
version (void)
{
  size_t n;
  const char *const *langs = installed_languages (&n);

  printf ("%s (%s) %s\n", program_name, PACKAGE_NAME, PACKAGE_VERSION);
  /* TRANSLATORS: the library's version; then where it reads its
     catalogs, and which languages it found there.  */
  printf (_("library %s; catalogs in %s\n"), sdkerr_check_version (NULL),
          sdkerr_catalog_dir ());
  fputs (_("languages: zh_CN (the source)"), stdout);
  for (size_t i = 0; i < n; i++)
    printf (" %s", langs[i]);
  putchar ('\n');
  puts ("Copyright (C) 2026 The sdkerr authors.");
  fputs (_("\
License LGPLv2.1+: GNU LGPL version 2.1 or later <https://gnu.org/licenses/lgpl.html>.\n\
This is free software: you are free to change and redistribute it.\n\
There is NO WARRANTY, to the extent permitted by law.\n"), stdout);
}

#if ENABLE_NLS
/* The catalog LANGS matched ("de", "zh_CN"), or NULL when nothing in it
   did.  */
static const char *
matched_catalog (const char *langs)
{
  return sdkerr_negotiate_tag (langs) != NULL ? sdkerr_negotiate (langs) : NULL;
}

/* A LANGUAGE value for the Chinese CATALOG of a region that writes
   Traditional ("zh_HK"): the catalogs of the regions its readers read,
   nearest first ("zh_HK:zh_MO:zh_TW"), from the library's table; any
   other CATALOG itself.  */
static const char *
chinese_language (const char *catalog)
{
  static char language[64];

  for (size_t i = 0; i < SDKERR__N_CHINESE_REGIONS; i++)
    if (catalog[2] == '_' && strcmp (catalog + 3, sdkerr__chinese_regions[i].region) == 0)
      {
        const char *p = sdkerr__chinese_regions[i].nearest;
        char region[3], *w = language;
        while (sdkerr__next_region (&p, region))
          w += sprintf (w, "%szh_%s", w == language ? "" : ":", region);
        return language;
      }
  return catalog;
}

/* The LANGUAGE value for the program's own messages when the library
   speaks LANGS, or NULL to leave gettext alone: the C locale, which the
   library matches to no catalog, means the untranslated messages,
   Chinese for the library, English here.  The library names its
   Chinese source zh_CN, as the program's catalog is named; a region that
   writes Traditional reads the catalogs of the nearest such regions
   before falling back to English.  */
static const char *
ui_language (const char *langs)
{
  const char *catalog = matched_catalog (langs);

  if (catalog == NULL || strncmp (catalog, "zh", 2) != 0)
    return catalog;
  return chinese_language (catalog);
}
#endif

/* An explicit --lang that matches nothing installed would silently give
   another language: say which.  */
static void
warn_unmatched (const char *langs)
{
  const char *tag;

  if (sdkerr_negotiate_tag (langs) != NULL)
    return;
  tag = sdkerr_localized_lang_tag (SDKERR_SUCCESS, langs);
  /* TRANSLATORS: the first %s is what the user gave to --lang; the
     second the name of the language used instead, in that language
     (English), the third its tag (en).  */
  complain (_("warning: no installed language matches '%s'; using %s (%s)"),
            langs, language_endonym (tag), tag);
}

/* The program's own messages (and the reference page's headings) speak
   the language of the messages it prints, chosen by name like the
   library does, even when that locale is not generated: LANGUAGE tells
   gettext, which reads it unless LC_MESSAGES is C.  When nothing in
   LANGS matched, gettext keeps its own choice.  */
static void
speak (const char *langs)
{
#if ENABLE_NLS
  const char *catalog = ui_language (langs);
  const char *messages = setlocale (LC_MESSAGES, NULL);

  if (catalog == NULL)
    return;
  setenv ("LANGUAGE", catalog, 1);
  /* gettext ignores LANGUAGE in the C locale: its own test, the
     library's definition.  */
  if (messages == NULL || sdkerr__is_gettext_c (messages))
    setlocale (LC_MESSAGES, "C.UTF-8");
#ifndef __GLIBC__
  /* musl's gettext reads no LANGUAGE, only LC_MESSAGES's name, which may
     be any name there: the first catalog of the list.  */
  {
    char first[64];
    snprintf (first, sizeof first, "%.*s", (int) strcspn (catalog, ":"), catalog);
    setlocale (LC_MESSAGES, first);
  }
#endif
  /* LANGUAGE changed: gettext must not answer from its cache.  */
  textdomain (textdomain (NULL));
#else
  (void) langs;
#endif
}

/* What to print and how.  */
struct request
{
  const char *langs;            /* the language list, from --lang or the environment */
  int all_languages;
  struct output out;
};

/* The message of R's code (or, for a name that is no code's, the
   "unknown" text) in LANGS; an unknown code's text with its number, in
   BUF.  */
static const char *
record_message (const struct record *r, const char *langs, char *buf,
                size_t size)
{
  if (r->has_code && r->category == NULL)
    {
      sdkerr_localized_lang_r (r->code, langs, buf, size);
      return buf;
    }
  return sdkerr_localized_lang (r->has_code ? r->code : -1, langs);
}

/* Prints R in LANGS, labelled with the language its message is written
   in: a partial catalog's missing messages come from the next catalog,
   and the label says so.  */
static void
print_in (struct request *rq, struct record *r, const char *langs)
{
  char buf[256];
  r->message = record_message (r, langs, buf, sizeof buf);
  r->language = sdkerr_localized_lang_tag (r->has_code ? r->code : -1, langs);
  output_record (&rq->out, r);
}

/* Prints R in the requested language, or in every language.  */
static void
print_record (struct request *rq, struct record *r)
{
  size_t n;
  const char *const *langs;

  if (!rq->all_languages)
    {
      print_in (rq, r, rq->langs);
      return;
    }
  print_in (rq, r, "zh-CN");
  langs = installed_languages (&n);
  for (size_t i = 0; i < n; i++)
    print_in (rq, r, langs[i]);
}

/* Prints CODE, known or not: an unknown code gets a line too, so that
   the output lines up with the arguments.  */
static void
print_code (struct request *rq, int code)
{
  struct record r = { code, 1, sdkerr_name (code),
                      sdkerr_category_name (sdkerr_category (code)), NULL, NULL };
  print_record (rq, &r);
}

/* Prints a line for NAME, which is no code's.  */
static void
print_unknown_name (struct request *rq, const char *name)
{
  struct record r = { 0, 0, name, NULL, NULL, NULL };
  print_record (rq, &r);
}

/* The language list a GNU program would use: LANGUAGE, then the first of
   LC_ALL, LC_MESSAGES and LANG.  Read by name, so it works whether or
   not the locale is generated on this system.  "" when none is set.
   Where it names no language (the C locale, which the library matches
   to no catalog), the program's own language applies, English, as for
   its own messages.  */
static const char *
environment_languages (void)
{
  static const char *const vars[] = { "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG" };
  for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++)
    {
      const char *v = getenv (vars[i]);
      if (v != NULL && *v != '\0')
        return v;
    }
  return "";
}

enum parse_result { PARSED, NOT_A_NUMBER, OUT_OF_RANGE };

/* A strict decimal int: optional '-', digits only.  */
static enum parse_result
parse_code (const char *s, int *code)
{
  const char *digits = s[0] == '-' ? s + 1 : s;
  char *end;
  long value;

  if (digits[0] == '\0' || strspn (digits, "0123456789") != strlen (digits))
    return NOT_A_NUMBER;
  errno = 0;
  value = strtol (s, &end, 10);
  if (errno != 0 || value < INT_MIN || value > INT_MAX)
    return OUT_OF_RANGE;
  *code = (int) value;
  return PARSED;
}

static int
looks_like_name (const char *s)
{
  if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z')))
    return 0;
  for (; *s != '\0'; s++)
    if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z')
          || (*s >= '0' && *s <= '9') || *s == '_'))
      return 0;
  return 1;
}

/* ARG without the white space around it (pasted from a log or a
   spreadsheet), in BUF of SIZE bytes; NULL if it does not fit.  */
static const char *
trim (const char *arg, char *buf, size_t size)
{
  static const char space[] = " \t\n\r\v\f";
  size_t len;
  arg += strspn (arg, space);
  len = strlen (arg);
  while (len > 0 && strchr (space, arg[len - 1]) != NULL)
    len--;
  if (len >= size)
    return NULL;
  memcpy (buf, arg, len);
  buf[len] = '\0';
  return buf;
}

static enum exit_status
lookup_argument (struct request *rq, const char *arg)
{
  char buf[128];
  const char *word = trim (arg, buf, sizeof buf);
  enum parse_result parsed = NOT_A_NUMBER;
  int code;

  if (word != NULL)
    parsed = parse_code (word, &code);
  if (parsed == PARSED)
    {
      if (sdkerr_name (code) == NULL)
        complain (_("%s: unknown error code"), word);
      print_code (rq, code);
      return sdkerr_name (code) == NULL ? EXIT_SOME_NOT_FOUND : EXIT_ALL_FOUND;
    }
  if (parsed == OUT_OF_RANGE)
    {
      complain (_("'%s': number out of range"), word);
      return EXIT_TROUBLE;
    }
  if (word == NULL || !looks_like_name (word))
    {
      complain (_("'%s': not an error code or a name"), arg);
      return EXIT_TROUBLE;
    }
  if (sdkerr_code_from_name (word, &code) != 0)
    {
      complain (_("%s: no error code has this name"), word);
      print_unknown_name (rq, word);
      return EXIT_SOME_NOT_FOUND;
    }
  print_code (rq, code);
  return EXIT_ALL_FOUND;
}

static void
list_all (struct request *rq)
{
  size_t count;
  const int *codes = sdkerr_codes (&count);

  for (size_t i = 0; i < count && !ferror (stdout); i++)
    print_code (rq, codes[i]);
}

static enum exit_status
search (struct request *rq, const char *text)
{
  size_t nlangs, count, found = 0;
  const char *const *langs = installed_languages (&nlangs);
  const int *codes = sdkerr_codes (&count);
  struct query *q = query_new (text);

  if (q == NULL)
    {
      complain (_("'%s': not a valid search text"), text);
      return EXIT_TROUBLE;
    }
  for (size_t i = 0; i < count && !ferror (stdout); i++)
    if (query_matches (q, codes[i], langs, nlangs))
      {
        print_code (rq, codes[i]);
        found++;
      }
  query_free (q);
  if (found == 0)
    {
      complain (_("no error code matches '%s'"), text);
      return EXIT_SOME_NOT_FOUND;
    }
  return EXIT_ALL_FOUND;
}

static enum exit_status
annotate_files (struct request *rq, char **files, int n)
{
  enum exit_status status = EXIT_ALL_FOUND;
  if (n == 0)
    return annotate_stream (stdin, _("standard input"), rq->langs) == ANNOTATE_OK
           ? EXIT_ALL_FOUND : EXIT_TROUBLE;
  /* After a write error (reported by close_stdout) no file is read.  */
  for (int i = 0; i < n && !ferror (stdout); i++)
    {
      FILE *f = strcmp (files[i], "-") == 0 ? stdin : fopen (files[i], "r");
      if (f == NULL)
        {
          complain ("%s: %s", files[i], strerror (errno));
          status = EXIT_TROUBLE;
          continue;
        }
      if (annotate_stream (f, files[i], rq->langs) != ANNOTATE_OK)
        status = EXIT_TROUBLE;
      if (f != stdin)
        fclose (f);
    }
  return status;
}

/* Buffered output errors (a full disk, a closed pipe) surface only here.  */
static enum exit_status
close_stdout (enum exit_status status)
{
  if (fflush (stdout) != 0 || ferror (stdout) || fclose (stdout) != 0)
    {
      complain (_("write error: %s"), strerror (errno));
      return EXIT_TROUBLE;
    }
  return status;
}

/* What the command line asks for.  */
struct command
{
  struct request rq;
  const char *search_text;      /* --search */
  const char *format_name;      /* the last --format, or NULL */
  int list, annotate, help, version;
  char **args;                  /* the operands, ARGC of them */
  int argc;
};

/* The program's own language and the library's default, before the
   options: the complaints about them speak the user's language.  */
static void
set_up_languages (void)
{
  setlocale (LC_ALL, "");
  /* Searching folds case in UTF-8, whatever the locale's codeset.  */
  if (strcmp (nl_langinfo (CODESET), "UTF-8") != 0)
    setlocale (LC_CTYPE, "C.UTF-8");
  bind_messages ();
  /* Where nothing matches the user, the messages are in the language of
     the program's own: English (if its catalog is installed), not the
     library's Chinese source.  Applications keep the library's rule.  */
  sdkerr_set_default_language ("en");
  speak (environment_languages ());
}

enum { OPT_ANNOTATE = 256 };

/* Reads the options into *C; 0 after an unknown one.  */
static int
parse_options (int argc, char **argv, struct command *c)
{
  static const struct option options[] = {
    { "list", no_argument, NULL, 'l' },
    { "search", required_argument, NULL, 's' },
    { "annotate", no_argument, NULL, OPT_ANNOTATE },
    { "lang", required_argument, NULL, 'L' },
    { "all-languages", no_argument, NULL, 'a' },
    { "format", required_argument, NULL, 'f' },
    { "help", no_argument, NULL, 'h' },
    { "version", no_argument, NULL, 'V' },
    { NULL, 0, NULL, 0 }
  };
  int opt;

  while ((opt = getopt_long (argc, argv, "ls:L:af:hV", options, NULL)) != -1)
    switch (opt)
      {
      case 'l':
        c->list = 1;
        break;
      case 's':
        c->search_text = optarg;
        break;
      case OPT_ANNOTATE:
        c->annotate = 1;
        break;
      case 'L':
        /* At once: the messages about the options that follow speak it.  */
        c->rq.langs = optarg;
        speak (optarg);
        break;
      case 'a':
        c->rq.all_languages = 1;
        break;
      case 'f':
        c->format_name = optarg;
        break;
      case 'h':
        c->help = 1;
        break;
      case 'V':
        c->version = 1;
        break;
      default:
        try_help ();
        return 0;
      }
  c->args = argv + optind;
  c->argc = argc - optind;
  return 1;
}

/* --lang applies to all that follows, wherever it stands: the
   complaints about the other options, --help included.  */
static void
choose_language (struct command *c)
{
  if (c->rq.langs == NULL)
    return;
  speak (c->rq.langs);
  warn_unmatched (c->rq.langs);
}

/* Whether C asks for the list of formats: --format=help.  */
static int
lists_formats (const struct command *c)
{
  return c->format_name != NULL && strcmp (c->format_name, "help") == 0;
}

/* Sets the output format --format names (the first, by default); 0
   (said) for a name no format has.  */
static int
choose_format (struct command *c)
{
  c->rq.out.format = formats;
  if (c->format_name == NULL || lists_formats (c))
    return 1;
  c->rq.out.format = format_from_name (c->format_name);
  if (c->rq.out.format != NULL)
    return 1;
  /* TRANSLATORS: the first %s is what the user gave; the second the
     formats' names (text, json, csv, ...), which stay as they are.  */
  complain (_("'%s': unknown format (%s)"), c->format_name, format_names (formats));
  return 0;
}

/* --format=help: the formats' names, one a line, the default first.  */
static void
list_formats (void)
{
  for (const struct format *f = formats; f->name != NULL; f++)
    puts (f->name);
}

/* Whether C asks for information rather than records.  */
static int
informs (const struct command *c)
{
  return c->help || c->version || lists_formats (c);
}

/* Whether the options ask for something that can be done; when not,
   says why.  */
static int
usage_is_valid (const struct command *c)
{
  int modes = c->list + c->annotate + (c->search_text != NULL);
  if (modes > 1 || (modes == 0 && c->argc == 0)
      || ((c->list || c->search_text != NULL) && c->argc > 0))
    {
      complain ("%s", modes > 1 ? _("--list, --search and --annotate exclude each other")
                : modes == 0 ? _("missing error code")
                : _("--list and --search take no CODE arguments"));
      try_help ();
      return 0;
    }
  /* --annotate copies text: it has no records to format, and one
     language.  */
  if (c->annotate && (c->rq.out.format != formats || c->rq.all_languages))
    {
      char option[64];
      snprintf (option, sizeof option, "--format=%s", c->format_name);
      /* TRANSLATORS: %s is an option: --format=json, --all-languages.  */
      complain (_("%s cannot be used with --annotate"),
                c->rq.all_languages ? "--all-languages" : option);
      try_help ();
      return 0;
    }
  return 1;
}

/* Prints each record the operands or the mode ask for.  */
static enum exit_status
print_records (struct command *c)
{
  struct request *rq = &c->rq;
  enum exit_status status = EXIT_ALL_FOUND;

  rq->out.with_language = rq->all_languages;
  /* A person reads a terminal: aligned columns there, TSV when piped.  */
  rq->out.aligned = isatty (STDOUT_FILENO);
  rq->out.stream = stdout;
  output_begin (&rq->out);
  if (c->list)
    list_all (rq);
  else if (c->search_text != NULL)
    status = search (rq, c->search_text);
  else
    for (int i = 0; i < c->argc; i++)
      {
        enum exit_status s = lookup_argument (rq, c->args[i]);
        if (s > status)
          status = s;
      }
  output_end (&rq->out);
  return status;
}

/* --help, --version or --format=help, in that order.  */
static enum exit_status
inform (const struct command *c)
{
  if (c->help)
    usage (stdout);
  else if (c->version)
    version ();
  else
    list_formats ();
  return EXIT_ALL_FOUND;
}

/* Looks up, lists, searches or annotates, as C asks.  */
static enum exit_status
run (struct command *c)
{
  if (c->rq.langs == NULL)
    c->rq.langs = environment_languages ();
  if (c->annotate)
    return annotate_files (&c->rq, c->args, c->argc);
  return print_records (c);
}

int
main (int argc, char **argv)
{
  struct command c = { { NULL, 0, { NULL, NULL, NULL, NULL, 0, 0, 0 } },
                       NULL, NULL, 0, 0, 0, 0, NULL, 0 };

  set_up_languages ();
  if (!parse_options (argc, argv, &c))
    return EXIT_TROUBLE;
  choose_language (&c);
  if (!choose_format (&c))
    return EXIT_TROUBLE;
  if (informs (&c))
    return close_stdout (inform (&c));
  if (!usage_is_valid (&c))
    return EXIT_TROUBLE;
  return close_stdout (run (&c));
}
