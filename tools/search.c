/* search.c - sdkerr --search: which codes a search text finds.

   The text is cut into words at white space; a code is found when every
   word, in any order, occurs in its symbolic name, its Chinese source or
   any installed translation (the words may come from different ones), with
   case and accents folded on both sides ("ungultig" finds "ungültig",
   "LOI" finds "lỗi").  A word of digits finds the codes whose number
   starts with it.  Text is decoded in the program's UTF-8 LC_CTYPE.  */

#include <config.h>

#include <stdlib.h>
#include <string.h>
#include <wchar.h>
#include <wctype.h>

#include "cli.h"
#include "fold-table.h"
#include "sdkerr.h"

struct query
{
  size_t nwords;
  wchar_t **words;              /* folded */
  int *numeric;                 /* the word is all digits */
};

static wint_t
fold_char (wint_t wc)
{
  size_t lo = 0, hi = sizeof fold_table / sizeof fold_table[0];
  wc = towlower (wc);
  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      if (fold_table[mid].from == wc)
        return fold_table[mid].to;
      if (fold_table[mid].from < wc)
        lo = mid + 1;
      else
        hi = mid;
    }
  return wc;
}

/* WC's compatibility form (NFKC: ＬＩＣＥＮＳＥ is LICENSE, ﬁ is fi) into
   OUT; returns how many code points, 1 when WC is its own.  */
static size_t
compat (wchar_t wc, wchar_t out[3])
{
  size_t lo = 0, hi = sizeof compat_table / sizeof compat_table[0], n = 0;
  while (lo < hi)
    {
      size_t mid = lo + (hi - lo) / 2;
      if (compat_table[mid].from == (unsigned long) wc)
        {
          while (n < 3 && compat_table[mid].to[n] != 0)
            out[n] = compat_table[mid].to[n], n++;
          return n;
        }
      if (compat_table[mid].from < (unsigned long) wc)
        lo = mid + 1;
      else
        hi = mid;
    }
  out[0] = wc;
  return 1;
}

/* Search text separates words at these.  */
static const wchar_t blanks[] = L" \t\n\r\v\f\u00a0\u3000";

/* S decoded and folded, compatibility forms expanded, combining
   diacritical marks and byte order marks dropped, malloc'd.  With
   STRICT, NULL if S is not valid UTF-8 (a user's text); otherwise each
   bad byte is skipped (a catalog's).  */
static wchar_t *
fold (const char *s, int strict)
{
  size_t len = strlen (s), n = 0;
  /* A two-byte character may stand for three (½ is 1⁄2).  */
  wchar_t *w = malloc ((2 * len + 1) * sizeof *w);
  mbstate_t st;

  if (w == NULL)
    return NULL;
  memset (&st, 0, sizeof st);
  while (*s != '\0')
    {
      wchar_t wc;
      size_t k = mbrtowc (&wc, s, strlen (s), &st);
      if (k == (size_t) -1 || k == (size_t) -2)
        {
          if (strict)
            {
              free (w);
              return NULL;
            }
          memset (&st, 0, sizeof st);
          s++;
          continue;
        }
      s += k;
      if (wc == 0xfeff)
        continue;
      {
        wchar_t parts[3];
        size_t nparts = compat (wc, parts);
        for (size_t i = 0; i < nparts; i++)
          if (!(parts[i] >= 0x300 && parts[i] <= 0x36f))
            w[n++] = (wchar_t) fold_char ((wint_t) parts[i]);
      }
    }
  w[n] = L'\0';
  return w;
}

void
query_free (struct query *q)
{
  if (q == NULL)
    return;
  for (size_t i = 0; i < q->nwords; i++)
    free (q->words[i]);
  free (q->words);
  free (q->numeric);
  free (q);
}

/* Whether TEXT (valid UTF-8) is white space only.  */
static int
blank (const char *text)
{
  mbstate_t st;
  wchar_t wc;
  size_t k;

  memset (&st, 0, sizeof st);
  for (; *text != '\0'; text += k)
    {
      k = mbrtowc (&wc, text, strlen (text), &st);
      if (k == (size_t) -1 || k == (size_t) -2 || wcschr (blanks, wc) == NULL)
        return 0;
    }
  return 1;
}

struct query *
query_new (const char *text)
{
  struct query *q = calloc (1, sizeof *q);
  wchar_t *all = fold (text, 1), *state = NULL;
  size_t max;

  if (q == NULL || all == NULL)
    goto fail;
  max = wcslen (all) / 2 + 1;
  q->words = calloc (max, sizeof *q->words);
  q->numeric = calloc (max, sizeof *q->numeric);
  if (q->words == NULL || q->numeric == NULL)
    goto fail;
  for (wchar_t *word = wcstok (all, blanks, &state);
       word != NULL; word = wcstok (NULL, blanks, &state))
    {
      if ((q->words[q->nwords] = wcsdup (word)) == NULL)
        goto fail;
      q->numeric[q->nwords++] = wcsspn (word, L"0123456789") == wcslen (word);
    }
  free (all);
  /* A text of white space has no word: not a search.  One whose words
     all fold away (a combining mark, a byte order mark) is a search
     that matches nothing.  */
  if (q->nwords == 0 && blank (text))
    {
      query_free (q);
      return NULL;
    }
  return q;
fail:
  free (all);
  query_free (q);
  return NULL;
}

/* Whether WORD occurs in CODE's number, name, source or one of the
   NLANGS translations, each folded once into TEXTS.  */
static int
word_found (const struct query *q, size_t i, int code, wchar_t *const *texts,
            size_t ntexts)
{
  if (q->numeric[i])
    {
      wchar_t number[16];
      swprintf (number, sizeof number / sizeof number[0], L"%d", code);
      return wcsncmp (number, q->words[i], wcslen (q->words[i])) == 0;
    }
  for (size_t t = 0; t < ntexts; t++)
    if (texts[t] != NULL && wcsstr (texts[t], q->words[i]) != NULL)
      return 1;
  return 0;
}

int
query_matches (const struct query *q, int code, const char *const *langs,
               size_t nlangs)
{
  size_t ntexts = nlangs + 2;
  wchar_t **texts = calloc (ntexts, sizeof *texts);
  int found = texts != NULL;

  if (texts == NULL || q->nwords == 0)
    {
      free (texts);
      return 0;
    }
  texts[0] = fold (sdkerr_name (code), 0);
  texts[1] = fold (sdkerr_message (code), 0);
  for (size_t l = 0; l < nlangs; l++)
    texts[l + 2] = fold (sdkerr_localized_lang (code, langs[l]), 0);
  for (size_t i = 0; found && i < q->nwords; i++)
    found = word_found (q, i, code, texts, ntexts);
  for (size_t t = 0; t < ntexts; t++)
    free (texts[t]);
  free (texts);
  return found;
}
