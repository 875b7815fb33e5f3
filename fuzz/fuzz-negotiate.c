/* fuzz-negotiate.c - libFuzzer target for the language-tag parser and
   negotiation (sdkerr_negotiate, sdkerr_localized_lang[_r]).  */

#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "sdkerr.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  char *langs = malloc (size + 1);
  char buf[16];

  if (langs == NULL)
    return 0;
  memcpy (langs, data, size);
  langs[size] = '\0';
  if (sdkerr_negotiate (langs) == NULL
      || sdkerr_localized_lang (10003, langs) == NULL
      || sdkerr_localized_lang (-7, langs) == NULL)
    abort ();
  (void) sdkerr_localized_lang_r (size % 2 ? 14004 : 123456, langs, buf,
                                  size % sizeof buf);
  free (langs);
  return 0;
}
