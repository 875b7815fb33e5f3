/* languages.c - what the sdkerr command knows about the languages of the
   catalogs: their names in themselves and their writing direction.  */

#include <config.h>

#include <string.h>

#include "cli.h"

/* Endonyms, by BCP 47 tag: a reader finds their own language under the
   name they know it by, whatever the page's language.  */
static const struct
{
  const char *tag;
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
  { "pl", "Polski" }, { "pt", "Português" }, { "pt-BR", "Português (Brasil)" },
  { "ro", "Română" }, { "ru", "Русский" }, { "sk", "Slovenčina" }, { "sv", "Svenska" },
  { "th", "ไทย" }, { "tr", "Türkçe" }, { "uk", "Українська" },
  { "ur", "اردو" }, { "vi", "Tiếng Việt" }, { "zh-CN", "简体中文" },
  { "zh-HK", "繁體中文（香港）" }, { "zh-TW", "繁體中文（台灣）" },
};

const char *
language_endonym (const char *tag)
{
  size_t lang_len = strcspn (tag, "-");
  for (size_t i = 0; i < sizeof endonyms / sizeof endonyms[0]; i++)
    if (strcmp (tag, endonyms[i].tag) == 0)
      return endonyms[i].endonym;
  /* A region we do not know (pt-PT): the language's own name.  */
  for (size_t i = 0; i < sizeof endonyms / sizeof endonyms[0]; i++)
    if (strlen (endonyms[i].tag) == lang_len
        && strncmp (tag, endonyms[i].tag, lang_len) == 0)
      return endonyms[i].endonym;
  return tag;
}

int
language_is_rtl (const char *tag)
{
  static const char *const rtl[] = { "ar", "ckb", "dv", "fa", "he", "ps", "sd", "ug", "ur", "yi" };
  size_t lang_len = strcspn (tag, "_-");
  for (size_t i = 0; i < sizeof rtl / sizeof rtl[0]; i++)
    if (strlen (rtl[i]) == lang_len && strncmp (tag, rtl[i], lang_len) == 0)
      return 1;
  return 0;
}
