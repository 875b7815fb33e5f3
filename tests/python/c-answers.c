/* c-answers.c - what the C library answers, for the Python module's tests
   to compare with byte for byte (tests/python/test_same_as_c.py).

   c-answers            every code under the process locale (set from the
                        environment first, as an application does): code,
                        sdkerr_localized, name, category, Chinese source
   c-answers LANGS...   for each LANGS, its negotiated tag, then every
                        code's sdkerr_localized_lang

   Unknown codes, the ends of C int among them, follow the known ones.
   "-" stands for NULL.  */

#include <config.h>

#include <limits.h>
#include <locale.h>
#include <stdio.h>

#include "sdkerr.h"

static const int unknown_codes[] = { -1, 1, 10000, 99999, INT_MIN, INT_MAX };
#define N_UNKNOWN (sizeof unknown_codes / sizeof unknown_codes[0])

static const char *
or_dash (const char *s)
{
  return s != NULL ? s : "-";
}

/* Calls F (CODE, ARG) for every known code, then the unknown ones.  */
static void
each_code (void (*f) (int, const char *), const char *arg)
{
  size_t count;
  const int *codes = sdkerr_codes (&count);

  for (size_t i = 0; i < count; i++)
    f (codes[i], arg);
  for (size_t i = 0; i < N_UNKNOWN; i++)
    f (unknown_codes[i], arg);
}

static void
print_locale_answer (int code, const char *unused)
{
  (void) unused;
  printf ("%d\t%s\t%s\t%s\t%s\n", code, sdkerr_localized (code),
          or_dash (sdkerr_name (code)),
          or_dash (sdkerr_category_name (sdkerr_category (code))),
          or_dash (sdkerr_message (code)));
}

static void
print_lang_answer (int code, const char *langs)
{
  printf ("%s\t%d\t%s\n", langs, code, sdkerr_localized_lang (code, langs));
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  if (argc == 1)
    each_code (print_locale_answer, NULL);
  for (int i = 1; i < argc; i++)
    {
      printf ("%s\ttag\t%s\n", argv[i], or_dash (sdkerr_negotiate_tag (argv[i])));
      each_code (print_lang_answer, argv[i]);
    }
  return fclose (stdout) == 0 ? 0 : 1;
}
