/* fuzz-negotiate.c - libFuzzer target for the language rules: the tag and
   Accept-Language parser through the public functions (with the catalogs
   of the build tree), and the pure resolver in both styles, as gettext
   reads a LANGUAGE value and as tags, against a fixed set of names with
   locale.alias entries.  Every choice must index the names it was given.  */

#include <config.h>

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static const char *const names[] = {
  "ar", "de", "de_AT", "en", "pt_BR", "sr", "sr@latin", "zh", "zh_CN",
  "zh_HK", "zh_MO", "zh_TW",
};
static const struct sdkerr__alias aliases[] = {
  { "deutsch", "de_DE.ISO-8859-1" }, { "portuguese", "pt_PT.ISO-8859-1" },
};
static const struct sdkerr__installed installed = {
  names, sizeof names / sizeof names[0], aliases, 2, NULL
};
static int picks[sizeof names / sizeof names[0]];

static void
check_choice (const struct sdkerr__choice *ch)
{
  char tag[24];
  if (ch->count > installed.count || ch->requested > ch->count)
    abort ();
  for (unsigned i = 0; i < ch->count; i++)
    {
      if (ch->pick[i] < 0 || (size_t) ch->pick[i] >= installed.count)
        abort ();
      sdkerr__bcp47_tag (names[ch->pick[i]], tag, sizeof tag);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  char *langs = malloc (size + 1);
  struct sdkerr__choice ch;
  char buf[16], tag[24];

  if (langs == NULL)
    return 0;
  memcpy (langs, data, size);
  langs[size] = '\0';
  if (sdkerr_negotiate (langs) == NULL
      || sdkerr_localized_lang (10003, langs) == NULL
      || sdkerr_localized_lang (-7, langs) == NULL)
    abort ();
  (void) sdkerr_negotiate_tag (langs);
  (void) sdkerr_localized_lang_r (size % 2 ? 14004 : 123456, langs, buf,
                                  size % sizeof buf);
  sdkerr__choose (&installed, langs, SDKERR__BY_GETTEXT, "en", picks, &ch);
  check_choice (&ch);
  sdkerr__choose (&installed, langs, SDKERR__BY_TAGS, size % 3 ? NULL : langs,
                  picks, &ch);
  check_choice (&ch);
  sdkerr__bcp47_tag (langs, tag, sizeof tag);
  free (langs);
  return 0;
}
