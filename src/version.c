/* version.c - sdkerr_check_version, as libgpg-error's
   gpg_error_check_version: a program built against one version can ask
   whether the library it runs with is at least that.  */

#include <config.h>

#include <stddef.h>

#include "ascii.h"
#include "internal.h"

/* Parses "MAJOR[.MINOR[.MICRO]]" (any suffix after the numbers is
   ignored, "0.2.0-beta" is 0.2.0) into *NUMBER as 0xMMmmpp; -1 if S does
   not start with a number or a part exceeds 255.  */
static int
parse_version (const char *s, unsigned long *number)
{
  unsigned long parts[3] = { 0, 0, 0 };

  if (!sdkerr__is_digit ((unsigned char) *s))
    return -1;
  for (int i = 0; i < 3; i++)
    {
      for (; sdkerr__is_digit ((unsigned char) *s); s++)
        if ((parts[i] = parts[i] * 10 + (unsigned long) (*s - '0')) > 255)
          return -1;
      if (s[0] != '.' || !sdkerr__is_digit ((unsigned char) s[1]))
        break;
      s++;
    }
  *number = parts[0] << 16 | parts[1] << 8 | parts[2];
  return 0;
}

const char *
sdkerr_check_version (const char *required)
{
  unsigned long want;
  if (required == NULL)
    return SDKERR_VERSION;
  if (parse_version (required, &want) != 0)
    return NULL;
  return want <= SDKERR_VERSION_NUMBER ? SDKERR_VERSION : NULL;
}
