/* languages.c - what the sdkerr command knows about the languages of the
   catalogs: their names in themselves and their writing direction.  */

#include <config.h>

#include <string.h>

#include "cli.h"

/* Endonyms, by catalog name: a reader finds their own language under the
   name they know it by, whatever the page's language.  */
static const struct
{
  const char *catalog;
  const char *endonym;
} endonyms[] = {
  { "ar", "العربية" }, { "bg", "Български" }, { "bn", "বাংলা" },
  { "ca", "Català" }, { "cs", "Čeština" },
  { "da", "Dansk" }, { "de", "Deutsch" }, { "el", "Ελληνικά" },
  { "en", "English" }, { "es", "Español" }, { "fa", "فارسی" },
  { "fi", "Suomi" }, { "fr", "Français" }, { "he", "עברית" },
  { "hi", "हिन्दी" }, { "hu", "Magyar" }, { "id", "Bahasa Indonesia" },
  { "it", "Italiano" }, { "ja", "日本語" }, { "ko", "한국어" },
  { "ms", "Bahasa Melayu" }, { "nb", "Norsk bokmål" }, { "nl", "Nederlands" },
  { "pl", "Polski" }, { "pt", "Português" }, { "pt_BR", "Português (Brasil)" },
  { "ro", "Română" }, { "ru", "Русский" }, { "sk", "Slovenčina" }, { "sv", "Svenska" },
  { "th", "ไทย" }, { "tr", "Türkçe" }, { "uk", "Українська" },
  { "ur", "اردو" }, { "vi", "Tiếng Việt" }, { "zh_CN", "简体中文" },
  { "zh_HK", "繁體中文（香港）" }, { "zh_TW", "繁體中文（台灣）" },
};

const char *
language_endonym (const char *catalog)
{
  size_t lang_len = strcspn (catalog, "_-");
  for (size_t i = 0; i < sizeof endonyms / sizeof endonyms[0]; i++)
    if (strcmp (catalog, endonyms[i].catalog) == 0)
      return endonyms[i].endonym;
  /* A region we do not know (pt_PT): the language's own name.  */
  for (size_t i = 0; i < sizeof endonyms / sizeof endonyms[0]; i++)
    if (strlen (endonyms[i].catalog) == lang_len
        && strncmp (catalog, endonyms[i].catalog, lang_len) == 0)
      return endonyms[i].endonym;
  return catalog;
}

int
language_is_rtl (const char *catalog)
{
  static const char *const rtl[] = { "ar", "ckb", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi" };
  size_t lang_len = strcspn (catalog, "_-");
  for (size_t i = 0; i < sizeof rtl / sizeof rtl[0]; i++)
    if (strlen (rtl[i]) == lang_len && strncmp (catalog, rtl[i], lang_len) == 0)
      return 1;
  return 0;
}
