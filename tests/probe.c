/* probe.c - prints what the library answers in this process's environment,
   for the shell tests of hostile environments and setuid use.  Like an
   application, it sets its locale from the environment first.  With
   --map-count, prints how many codes SDKERR_MAP lists, read from the
   header at compile time, not from the library: what the shell tests
   derive their counts from.  */

#include <config.h>

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "sdkerr.h"

int
main (int argc, char **argv)
{
  char buf[128];
  int rc;

#define XX(code, name, msg) +1
  enum { MAP_COUNT = 0 SDKERR_MAP (XX) };
#undef XX

  if (argc > 1 && strcmp (argv[1], "--map-count") == 0)
    {
      printf ("%d\n", (int) MAP_COUNT);
      return fclose (stdout) == 0 ? 0 : 1;
    }
  setlocale (LC_ALL, "");
  rc = sdkerr_localized_r (12026, buf, sizeof buf);
  printf ("localized=%s\n", sdkerr_localized (10003));
  printf ("lang=%s\n", sdkerr_localized_lang (10003, argc > 1 ? argv[1] : "en"));
  printf ("languages=%zu\n", sdkerr_languages (NULL, 0));
  printf ("r=%d:%s\n", rc, buf);
  return fclose (stdout) == 0 ? 0 : 1;
}
