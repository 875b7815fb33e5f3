/* fuzz-catalog.c - libFuzzer target for the .mo catalog reader: any input
   is either rejected or yields strings that lie wholly inside it.  */

#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  sdkerr__catalog_t cat;

  if (sdkerr__catalog_parse (data, size, &cat) != 0)
    return 0;
  for (int i = 0; i < SDKERR__NSTRINGS; i++)
    if (cat.strings[i] != NULL)
      {
        const uint8_t *s = (const uint8_t *) cat.strings[i];
        size_t len = strlen (cat.strings[i]);
        if (s < data || s + len >= data + size)
          abort ();
      }
  return 0;
}
