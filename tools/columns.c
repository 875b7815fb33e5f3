/* columns.c - the text format on a terminal: the records collected, then
   written in aligned columns (as ls does), each column as wide as its
   widest cell in display cells (a CJK character takes two, a combining
   mark none).  Piped, the text format stays one tab-separated record a
   line, for cut and awk.  */

#include <config.h>

#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "cli.h"

#define MAX_CELLS 5

struct columns
{
  char **cells;                 /* nrows * ncells, cleaned for a terminal */
  size_t nrows, cap, ncells;
};

/* The display width of UTF-8 text S; a character wcwidth does not know
   counts as one cell.  */
static size_t
display_width (const char *s)
{
  mbstate_t st;
  size_t width = 0, k;
  wchar_t wc;

  memset (&st, 0, sizeof st);
  for (; *s != '\0'; s += k)
    {
      int w;
      k = mbrtowc (&wc, s, strlen (s), &st);
      if (k == (size_t) -1 || k == (size_t) -2)
        {
          memset (&st, 0, sizeof st);
          k = 1;
          width++;
          continue;
        }
      w = wcwidth (wc);
      width += w < 0 ? 1 : (size_t) w;
    }
  return width;
}

/* S as output_text writes it, malloc'd.  */
static char *
cleaned (const char *s)
{
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream (&buf, &len);

  if (f == NULL)
    {
      complain (_("memory exhausted"));
      exit (2);
    }
  output_text (f, s);
  if (fclose (f) != 0)
    {
      complain (_("memory exhausted"));
      exit (2);
    }
  return buf;
}

void
columns_add (struct columns **cp, const char *const cells[], size_t ncells)
{
  struct columns *c = *cp;

  if (c == NULL)
    {
      c = *cp = xrealloc (NULL, sizeof *c);
      memset (c, 0, sizeof *c);
      c->ncells = ncells < MAX_CELLS ? ncells : MAX_CELLS;
    }
  if (c->nrows == c->cap)
    {
      c->cap = c->cap ? 2 * c->cap : 64;
      c->cells = xrealloc (c->cells, c->cap * c->ncells * sizeof *c->cells);
    }
  for (size_t i = 0; i < c->ncells; i++)
    c->cells[c->nrows * c->ncells + i] = cleaned (cells[i] != NULL ? cells[i] : "");
  c->nrows++;
}

void
columns_print (FILE *f, struct columns *c)
{
  size_t width[MAX_CELLS] = { 0 };

  if (c == NULL)
    return;
  /* The last column is not padded: nothing follows it.  */
  for (size_t r = 0; r < c->nrows; r++)
    for (size_t i = 0; i + 1 < c->ncells; i++)
      {
        size_t w = display_width (c->cells[r * c->ncells + i]);
        if (w > width[i])
          width[i] = w;
      }
  for (size_t r = 0; r < c->nrows; r++)
    {
      for (size_t i = 0; i < c->ncells; i++)
        {
          const char *cell = c->cells[r * c->ncells + i];
          fputs (cell, f);
          if (i + 1 < c->ncells)
            fprintf (f, "%*s", (int) (width[i] - display_width (cell) + 2), "");
          free ((char *) cell);
        }
      putc ('\n', f);
    }
  free (c->cells);
  free (c);
}
