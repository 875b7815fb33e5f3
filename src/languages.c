/* languages.c - the installed languages (sdkerr_languages) and the
   directory they are read from (sdkerr_catalog_dir).  */

#include <config.h>

#include <string.h>

#include "internal.h"

/* Whether CAT is a language of its own: not the source, and not a copy
   installed under another name (zh_MO holds the Hong Kong catalog).  */
static int
is_listed (const sdkerr__dir_t *dir, const struct sdkerr__installed *in,
           const sdkerr__catalog_t *cat)
{
  if (cat->identity)
    return 0;
  if (cat->language[0] == '\0' || strcmp (cat->language, cat->name) == 0)
    return 1;
  for (size_t i = 0; i < in->count; i++)
    if (strcmp (in->names[i], cat->language) == 0)
      return sdkerr__dir_catalog (dir, in, (int) i) == NULL;
  return 1;
}

/* The catalog directory the library reads now.  */
static const sdkerr__dir_t *
current_dir (void)
{
  return sdkerr__dir_open (sdkerr__bound ()->dir);
}

size_t
sdkerr_languages (const char **langs, size_t max)
{
  const sdkerr__dir_t *dir = current_dir ();
  const struct sdkerr__installed *in;
  size_t usable = 0;

  if (dir == NULL)
    return 0;
  /* One listing for the whole answer, however it changes meanwhile.  */
  in = sdkerr__dir_installed (dir);
  for (size_t i = 0; i < in->count; i++)
    {
      const sdkerr__catalog_t *cat = sdkerr__dir_catalog (dir, in, (int) i);
      if (cat == NULL || !is_listed (dir, in, cat))
        continue;
      if (langs != NULL && usable < max)
        langs[usable] = cat->name;
      usable++;
    }
  return usable;
}

const char *
sdkerr_catalog_dir (void)
{
  const sdkerr__dir_t *dir = current_dir ();
  return dir != NULL ? sdkerr__dir_path (dir) : sdkerr__configured_dir ();
}
