/* tags.c - language tags as the library reads and writes them: a BCP 47
   tag or POSIX locale name split into its subtags, the POSIX name a tag
   stands for, an Accept-Language or tag list read into weighted ranges,
   and the BCP 47 tag of a catalog name.  The input is untrusted (an HTTP
   header): it is scanned in one pass, bounded.  */

#include <config.h>

#include <stdio.h>
#include <string.h>

#include "ascii.h"
#include "internal.h"

/* Macrolanguages whose extended language subtag stands for the language
   itself ("zh-yue" is "yue"): those of the shipped languages.  */
static int
has_extlangs (const char *lang)
{
  return strcmp (lang, "zh") == 0 || strcmp (lang, "ar") == 0
         || strcmp (lang, "ms") == 0 || strcmp (lang, "fa") == 0;
}

/* Splits TAG (at most SDKERR__TAG_MAX bytes, BCP 47 or POSIX) into *T; -1 if it
   does not start with a language subtag of 2 to 8 letters.  A
   grandfathered tag is read as its preferred value, with the subtags
   after it: "zh-min-nan-TW" is nan-TW, not zh with the extended language
   "min".  */
int
sdkerr__parse_tag (const char *tag, struct sdkerr__tag *t)
{
  const char *p = tag;
  size_t n = sdkerr__span (p, sdkerr__is_alpha), old;
  /* Every grandfathered tag starts with 1 to 3 letters and a hyphen.  */
  const char *preferred = n <= 3 && (p[n] == '-' || p[n] == '_')
                          ? sdkerr__grandfathered (tag, &old) : NULL;
  int subtag = 0;

  memset (t, 0, sizeof *t);
  if (preferred != NULL)
    {
      /* Shorter than TAG but for en-GB-oed: room for that.  */
      char canonical[SDKERR__TAG_MAX + 16];
      if (preferred[0] == '\0')
        return -1;
      snprintf (canonical, sizeof canonical, "%s%s", preferred, tag + old);
      return sdkerr__parse_tag (canonical, t);
    }
  if (n < 2 || n > 8 || (p[n] != '\0' && strchr ("-_.@", p[n]) == NULL))
    return -1;
  for (size_t i = 0; i < n; i++)
    t->lang[i] = (char) sdkerr__to_lower ((unsigned char) p[i]);
  p += n;
  while (*p == '-' || *p == '_')
    {
      p++;
      n = sdkerr__span (p, sdkerr__is_alnum);
      subtag++;
      if (n <= 1)
        break;                  /* an extension or private use follows */
      if (subtag == 1 && n == 3 && sdkerr__span (p, sdkerr__is_alpha) == 3
          && has_extlangs (t->lang))
        for (size_t i = 0; i < 4; i++)
          t->lang[i] = (char) (i < 3 ? sdkerr__to_lower ((unsigned char) p[i]) : 0);
      else if (n == 4 && t->script[0] == '\0' && t->region[0] == '\0'
               && sdkerr__span (p, sdkerr__is_alpha) == 4)
        for (size_t i = 0; i < 4; i++)
          t->script[i] = (char) sdkerr__to_lower ((unsigned char) p[i]);
      else if (t->region[0] == '\0'
               && ((n == 2 && sdkerr__span (p, sdkerr__is_alpha) == 2) || (n == 3 && sdkerr__is_digits (p, 3))))
        for (size_t i = 0; i < n; i++)
          t->region[i] = (char) sdkerr__to_upper ((unsigned char) p[i]);
      p += n;
    }
  if (*p == '.')
    p += 1 + sdkerr__copy_until (t->codeset, p + 1, "@");
  if (*p == '@')
    strcpy (t->modifier, p + 1);
  return 0;
}

/* The POSIX name of T with language LANG: "pt_BR.UTF-8@euro"; a Latin or
   Cyrillic script becomes gettext's modifier ("sr@latin").  */
void
sdkerr__posix_name (char *out, const struct sdkerr__tag *t, const char *lang)
{
  char *w = stpcpy (out, lang);
  if (t->region[0] != '\0')
    w = stpcpy (stpcpy (w, "_"), t->region);
  if (t->codeset[0] != '\0')
    w = stpcpy (stpcpy (w, "."), t->codeset);
  if (t->modifier[0] != '\0')
    w = stpcpy (stpcpy (w, "@"), t->modifier);
  else if (strcmp (t->script, "latn") == 0)
    w = stpcpy (w, "@latin");
  else if (strcmp (t->script, "cyrl") == 0)
    w = stpcpy (w, "@cyrillic");
}

/* Parses an HTTP qvalue in [P, END) into thousandths; -1 if malformed.
   Read leniently where the intent is clear: "0.5", "1.000", and also
   ".5" and "0.1234" (digits past the third are read, not counted, and a
   weight they alone make non-zero counts as 0.001, not as a refusal);
   above 1 or not a number is malformed.  */
static int
parse_qvalue (const char *p, const char *end)
{
  int q = 0, scale = 100, digits = 0, beyond = 0;

  if (p < end && (*p == '0' || *p == '1'))
    q = (*p++ - '0') * 1000, digits++;
  if (p < end && *p == '.')
    for (p++; p < end && sdkerr__is_digit ((unsigned char) *p); p++, digits++)
      {
        if (scale > 0)
          q += (*p - '0') * scale;
        else
          beyond |= *p != '0';
        scale /= 10;
      }
  if (p != end || digits == 0 || q > 1000 || (q == 1000 && beyond))
    return -1;
  return q == 0 && beyond ? 1 : q;
}

/* Keeps the best SDKERR__RANGES_MAX ranges by weight, in order of weight and,
   for equal weights, in the order given: a full list drops its last
   entry for a heavier one.  Kept where they are, not copied: a long list
   moves each range many times.  */
static void
keep_range (struct sdkerr__range_list *list, const char *tag, size_t len, int q)
{
  int i;

  if (list->n == SDKERR__RANGES_MAX)
    {
      if (list->r[SDKERR__RANGES_MAX - 1].q >= q)
        return;
      list->n--;
    }
  for (i = list->n++; i > 0 && list->r[i - 1].q < q; i--)
    list->r[i] = list->r[i - 1];
  list->r[i] = (struct sdkerr__range) { tag, len, q };
}

static int
tag_char (int c)
{
  return sdkerr__is_alnum (c) || c == '-' || c == '_' || c == '.' || c == '@'
         || c == '*';
}

/* White space around list items and parameters: HTTP's, and the CR and
   LF that end a header line read as it came.  */
static int
ows (int c)
{
  return sdkerr__is_space (c) || c == '\r' || c == '\n';
}

/* One list item "tag;q=0.5" in [P, END).  A tag longer than SDKERR__TAG_MAX is
   cut after its last whole subtag that fits (RFC 4647 3.4: lookup would
   drop those subtags anyway).  */
static void
parse_item (struct sdkerr__range_list *list, const char *p, const char *end)
{
  const char *tag, *tag_end;
  int q = 1000;

  while (p < end && ows (*p))
    p++;
  tag = p;
  while (p < end && tag_char ((unsigned char) *p))
    p++;
  tag_end = p;
  while (tag_end - tag > SDKERR__TAG_MAX)
    {
      const char *cut = tag + SDKERR__TAG_MAX;
      while (cut > tag && *cut != '-' && *cut != '_')
        cut--;
      tag_end = cut;
    }
  while (p < end && ows (*p))
    p++;
  while (p < end && *p == ';')
    {
      const char *param, *param_end;
      p++;
      while (p < end && ows (*p))
        p++;
      param = p;
      while (p < end && *p != ';' && !ows (*p))
        p++;
      param_end = p;
      while (p < end && ows (*p))
        p++;
      if (param_end - param >= 2 && sdkerr__to_lower ((unsigned char) param[0]) == 'q'
          && param[1] == '=')
        q = parse_qvalue (param + 2, param_end);
    }
  if (p != end || tag == tag_end || q < 0)
    return;
  if (q > 0)
    keep_range (list, tag, (size_t) (tag_end - tag), q);
  else if (tag_end - tag == 1 && *tag == '*')
    list->refuses_rest = 1;
  else if (list->nrefused < SDKERR__RANGES_MAX)
    {
      memcpy (list->refused[list->nrefused], tag, (size_t) (tag_end - tag));
      list->refused[list->nrefused++][tag_end - tag] = '\0';
    }
}

/* Items are separated by ',' (Accept-Language) or ':' (LANGUAGE); the
   whole value is read, once.  */
void
sdkerr__parse_list (struct sdkerr__range_list *list, const char *langs)
{
  const char *p = langs;
  list->n = list->nrefused = list->refuses_rest = 0;
  for (;;)
    {
      const char *end = p + strcspn (p, ",:");
      parse_item (list, p, end);
      if (*end == '\0')
        break;
      p = end + 1;
    }
}
