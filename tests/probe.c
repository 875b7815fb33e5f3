/* probe.c - prints what the library answers in this process's environment,
   for the shell tests of hostile environments and setuid use.  Like an
   application, it sets its locale from the environment first.  */

#include <config.h>

#include <locale.h>
#include <stdio.h>

#include "sdkerr.h"

int
main (int argc, char **argv)
{
  char buf[128];
  int rc;

  setlocale (LC_ALL, "");
  rc = sdkerr_localized_r (12026, buf, sizeof buf);
  printf ("localized=%s\n", sdkerr_localized (10003));
  printf ("lang=%s\n", sdkerr_localized_lang (10003, argc > 1 ? argv[1] : "en"));
  printf ("languages=%zu\n", sdkerr_languages (NULL, 0));
  printf ("r=%d:%s\n", rc, buf);
  return fclose (stdout) == 0 ? 0 : 1;
}
