/* sdkerr - print the meaning of SDK error codes in the user's language.  */

#include <config.h>

#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sdkerr.h"

enum exit_status
{
  EXIT_ALL_FOUND = 0,
  EXIT_SOME_NOT_FOUND = 1,
  EXIT_TROUBLE = 2
};

static const char *program_name = "sdkerr";

static void
usage (FILE *out)
{
  fprintf (out, "\
Usage: %s [OPTION]... CODE|NAME...\n\
Print the symbolic name, category and message of each SDK error code,\n\
in the language of the current locale.\n\
\n\
A CODE is a decimal number (10003); a NAME is a symbolic name, with or\n\
without its SDKERR_ prefix, in any case (SDKERR_LICENSE_EXPIRED,\n\
license_expired).\n\
\n\
  -l, --list      print every code\n\
  -h, --help      display this help and exit\n\
  -V, --version   output version information and exit\n\
\n\
Exit status: 0 if every code was found, 1 if some were not,\n\
2 for a usage error or an output error.\n\
\n\
Report bugs to: <%s>\n", program_name, PACKAGE_BUGREPORT);
}

static void
version (void)
{
  printf ("%s (%s) %s\n", program_name, PACKAGE_NAME, PACKAGE_VERSION);
  puts ("Copyright (C) 2026 The sdkerr authors.\n\
License LGPLv2.1+: GNU LGPL version 2.1 or later <https://gnu.org/licenses/lgpl.html>.\n\
This is free software: you are free to change and redistribute it.\n\
There is NO WARRANTY, to the extent permitted by law.");
}

/* Run uninstalled, the program reads the catalogs built in its build tree
   rather than those of an installation that may not exist yet.  The build
   directory is compared with where the running binary really is (libtool
   keeps it in .libs), so an installed copy never looks there.  */
static void
use_build_tree_catalogs (void)
{
#if defined SDKERR_BUILD_TOOLSDIR && defined SDKERR_BUILD_LOCALEDIR
  char exe[PATH_MAX];
  char tools[PATH_MAX];
  ssize_t n = readlink ("/proc/self/exe", exe, sizeof exe - 1);
  char *slash;

  if (n <= 0 || realpath (SDKERR_BUILD_TOOLSDIR, tools) == NULL)
    return;
  exe[n] = '\0';
  slash = strrchr (exe, '/');
  if (slash == NULL)
    return;
  *slash = '\0';
  if (strcmp (exe, tools) == 0
      || (strncmp (exe, tools, strlen (tools)) == 0
          && strcmp (exe + strlen (tools), "/.libs") == 0))
    setenv ("SDKERR_LOCALEDIR", SDKERR_BUILD_LOCALEDIR, 0);
#endif
}

/* Output errors are detected once, by close_stdout.  */
static void
print_entry (int code)
{
  printf ("%d\t%s\t%s\t%s\n", code, sdkerr_name (code),
          sdkerr_category_name (sdkerr_category (code)),
          sdkerr_localized (code));
}

/* A strict decimal int: optional '-', digits only, in range.  Returns 0
   on success, -1 if S is not such a number.  */
static int
parse_code (const char *s, int *code)
{
  const char *digits = s[0] == '-' ? s + 1 : s;
  char *end;
  long value;

  if (digits[0] < '0' || digits[0] > '9')
    return -1;
  errno = 0;
  value = strtol (s, &end, 10);
  if (errno != 0 || *end != '\0' || value < INT_MIN || value > INT_MAX)
    return -1;
  *code = (int) value;
  return 0;
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

static enum exit_status
lookup_argument (const char *arg)
{
  int code;

  if (parse_code (arg, &code) == 0)
    {
      if (sdkerr_name (code) == NULL)
        {
          fprintf (stderr, "%s: %s: unknown error code\n", program_name, arg);
          return EXIT_SOME_NOT_FOUND;
        }
    }
  else if (looks_like_name (arg))
    {
      if (sdkerr_code_from_name (arg, &code) != 0)
        {
          fprintf (stderr, "%s: %s: no error code has this name\n",
                   program_name, arg);
          return EXIT_SOME_NOT_FOUND;
        }
    }
  else
    {
      fprintf (stderr, "%s: '%s': not an error code or a name\n",
               program_name, arg);
      return EXIT_TROUBLE;
    }
  print_entry (code);
  return EXIT_ALL_FOUND;
}

static void
list_all (void)
{
  size_t count;
  const int *codes = sdkerr_codes (&count);

  for (size_t i = 0; i < count && !ferror (stdout); i++)
    print_entry (codes[i]);
}

/* Buffered output errors (a full disk, a closed pipe) surface only here.  */
static enum exit_status
close_stdout (enum exit_status status)
{
  if (fflush (stdout) != 0 || ferror (stdout) || fclose (stdout) != 0)
    {
      fprintf (stderr, "%s: write error: %s\n", program_name,
               strerror (errno));
      return EXIT_TROUBLE;
    }
  return status;
}

int
main (int argc, char **argv)
{
  static const struct option options[] = {
    { "list", no_argument, NULL, 'l' },
    { "help", no_argument, NULL, 'h' },
    { "version", no_argument, NULL, 'V' },
    { NULL, 0, NULL, 0 }
  };
  enum exit_status status = EXIT_ALL_FOUND;
  int list = 0;
  int opt;

  setlocale (LC_ALL, "");
  use_build_tree_catalogs ();

  while ((opt = getopt_long (argc, argv, "lhV", options, NULL)) != -1)
    switch (opt)
      {
      case 'l':
        list = 1;
        break;
      case 'h':
        usage (stdout);
        return close_stdout (EXIT_ALL_FOUND);
      case 'V':
        version ();
        return close_stdout (EXIT_ALL_FOUND);
      default:
        fprintf (stderr, "Try '%s --help' for more information.\n",
                 program_name);
        return EXIT_TROUBLE;
      }

  if (!list && optind == argc)
    {
      fprintf (stderr, "%s: missing error code\n", program_name);
      fprintf (stderr, "Try '%s --help' for more information.\n",
               program_name);
      return EXIT_TROUBLE;
    }
  if (list)
    list_all ();
  for (int i = optind; i < argc; i++)
    {
      enum exit_status s = lookup_argument (argv[i]);
      if (s > status)
        status = s;
    }
  return close_stdout (status);
}
