/* default-language.c - the application's default language
   (sdkerr_set_default_language): what every request falls back to.  */

#include <config.h>

#include <errno.h>
#include <stdatomic.h>
#include <string.h>

#include "internal.h"

/* Read and written under the library's lock.  */
static char default_langs[SDKERR__DEFAULT_MAX];

atomic_uint sdkerr__default_generation;

void
sdkerr__default_language (char *out)
{
  sdkerr__lock ();
  strcpy (out, default_langs);
  sdkerr__unlock ();
}

int
sdkerr_set_default_language (const char *langs)
{
  if (langs != NULL)
    {
      struct sdkerr__answer a;
      char path[4096];

      if (strlen (langs) >= SDKERR__DEFAULT_MAX)
        return EINVAL;
      /* A tag means the request itself matched: a usable catalog, or the
         source.  */
      sdkerr__binding (path, sizeof path, NULL);
      sdkerr__resolve (path, langs, SDKERR__BY_TAGS, NULL, &a);
      if (a.tag == NULL)
        return EINVAL;
    }
  sdkerr__lock ();
  strcpy (default_langs, langs != NULL ? langs : "");
  atomic_fetch_add_explicit (&sdkerr__default_generation, 1, memory_order_release);
  sdkerr__unlock ();
  return 0;
}
