/* mo.c - the strict reader of one .mo catalog image.

   The format is the one documented in the GNU gettext manual ("The Format
   of GNU MO Files").  A catalog is untrusted input: every offset and
   length is checked before use, and the work is bounded by what the
   library needs, never quadratic in the file: one pass over the string
   tables, then a binary search for each of the library's own msgids.  */

#include <config.h>

#include <stdint.h>
#include <string.h>

#include "ascii.h"
#include "internal.h"

#define MO_MAGIC 0x950412deU
#define MO_MAGIC_SWAPPED 0xde120495U
#define MO_HEADER_SIZE 28

struct mo
{
  const unsigned char *data;
  size_t size;
  int swapped;
};

static inline uint32_t
mo_u32 (const struct mo *mo, size_t offset)
{
  const unsigned char *p = mo->data + offset;
  if (mo->swapped)
    return (uint32_t) p[3] | (uint32_t) p[2] << 8
           | (uint32_t) p[1] << 16 | (uint32_t) p[0] << 24;
  return (uint32_t) p[0] | (uint32_t) p[1] << 8
         | (uint32_t) p[2] << 16 | (uint32_t) p[3] << 24;
}

/* The string described at TABLE + 8 * I, or NULL if its bounds are bad or
   it is not NUL-terminated.  */
static inline const char *
mo_string (const struct mo *mo, uint32_t table, uint32_t i, uint32_t *len)
{
  size_t entry = (size_t) table + (size_t) i * 8;
  uint32_t length = mo_u32 (mo, entry);
  uint32_t offset = mo_u32 (mo, entry + 4);

  if (offset >= mo->size || length >= mo->size - offset
      || mo->data[offset + length] != '\0')
    return NULL;
  *len = length;
  return (const char *) mo->data + offset;
}

static int
table_fits (const struct mo *mo, uint32_t table, uint32_t n)
{
  return table <= mo->size && (mo->size - table) / 8 >= n;
}

/* Whether A sorts strictly before B, spending one unit of *BUDGET per
   byte compared; false once the budget is spent.  */
static int
before (const char *a, const char *b, size_t *budget)
{
  for (;; a++, b++)
    {
      if (*budget == 0)
        return 0;
      --*budget;
      if (*a != *b)
        return (unsigned char) *a < (unsigned char) *b;
      if (*a == '\0')
        return 0;
    }
}

int
sdkerr__utf8_valid (const char *s, size_t len)
{
  const unsigned char *p = (const unsigned char *) s, *end = p + len;
  while (p < end)
    {
      if (*p < 0x80)
        {
          /* ASCII runs, eight bytes at a time.  */
          uint64_t w;
          while (end - p >= 8 && (memcpy (&w, p, 8), (w & 0x8080808080808080u) == 0))
            p += 8;
          while (p < end && *p < 0x80)
            p++;
          continue;
        }
      int n = *p < 0x80 ? 0 : *p >= 0xC2 && *p < 0xE0 ? 1
              : *p >= 0xE0 && *p < 0xF0 ? 2 : *p >= 0xF0 && *p < 0xF5 ? 3 : -1;
      if (n < 0 || end - p <= n)
        return 0;
      if ((*p == 0xE0 && p[1] < 0xA0) || (*p == 0xED && p[1] >= 0xA0)
          || (*p == 0xF0 && p[1] < 0x90) || (*p == 0xF4 && p[1] >= 0x90))
        return 0;
      for (int i = 1; i <= n; i++)
        if ((p[i] & 0xC0) != 0x80)
          return 0;
      p += n + 1;
    }
  return 1;
}

/* Copies into OUT (SIZE bytes) the value of header field NAME (a line
   "Name: value"), ASCII case ignored in the name; "" when absent or too
   long.  */
static void
header_field (const char *header, const char *name, char *out, size_t size)
{
  size_t n = strlen (name);
  out[0] = '\0';
  for (const char *line = header; *line != '\0';)
    {
      const char *eol = strchr (line, '\n');
      size_t len = eol != NULL ? (size_t) (eol - line) : strlen (line);
      if (len > n && line[n] == ':' && sdkerr__strncase_eq (line, name, n))
        {
          const char *v = line + n + 1;
          size_t vlen = len - n - 1;
          while (vlen > 0 && sdkerr__is_space (*v))
            v++, vlen--;
          while (vlen > 0 && sdkerr__is_space (v[vlen - 1]))
            vlen--;
          if (vlen < size)
            {
              memcpy (out, v, vlen);
              out[vlen] = '\0';
            }
          return;
        }
      line += len + (eol != NULL);
    }
}

/* The charset of the catalog whose header is HEADER, into OUT (SIZE
   bytes), read as glibc's gettext reads it: after the first "charset="
   (lower case) anywhere in the header, up to a blank or the line's end.
   0, with "" when there is none; -1 when it is too long for OUT.  */
static int
header_charset (const char *header, char *out, size_t size)
{
  const char *value = strstr (header, "charset=");
  size_t vlen;
  out[0] = '\0';
  if (value == NULL)
    return 0;
  value += sizeof "charset=" - 1;
  vlen = strcspn (value, " \t\n");
  if (vlen >= size)
    return -1;
  memcpy (out, value, vlen);
  out[vlen] = '\0';
  return 0;
}

int
sdkerr__charset_is_utf8 (const char *cs)
{
  return cs[0] == '\0' || sdkerr__strcase_cmp (cs, "UTF-8") == 0
         || sdkerr__strcase_cmp (cs, "UTF8") == 0;
}

int
sdkerr__catalog_parse (const unsigned char *data, size_t size,
                       sdkerr__catalog_t *cat)
{
  struct mo mo = { data, size, 0 };
  uint32_t magic, n, originals, translations, len;
  const char *header, *prev = NULL;
  size_t budget = size;
  int utf8;

  memset (cat->strings, 0, sizeof cat->strings);
  cat->charset[0] = cat->language[0] = '\0';
  if (data == NULL || size < MO_HEADER_SIZE || size > SDKERR__MO_MAX_SIZE)
    return -1;
  magic = mo_u32 (&mo, 0);
  if (magic == MO_MAGIC_SWAPPED)
    mo.swapped = 1;
  else if (magic != MO_MAGIC)
    return -1;
  /* Major revisions 0 and 1 share the layout read here.  */
  if (mo_u32 (&mo, 4) >> 16 > 1)
    return -1;
  n = mo_u32 (&mo, 8);
  originals = mo_u32 (&mo, 12);
  translations = mo_u32 (&mo, 16);
  if (n == 0 || !table_fits (&mo, originals, n)
      || !table_fits (&mo, translations, n))
    return -1;

  /* Every string must lie inside the file (one constant-time check each,
     so that no lookup can read outside it), and the msgids must be sorted,
     as msgfmt writes them and the binary search below needs.  Comparing
     neighbours costs their common prefix: strings laid out one after the
     other, as every writer does, sum to less than the file, so more than
     that is an attack with overlapping strings, refused in linear time.  */
  for (uint32_t i = 0; i < n; i++)
    {
      const char *id = mo_string (&mo, originals, i, &len);
      if (id == NULL || mo_string (&mo, translations, i, &len) == NULL
          || (prev != NULL && !before (prev, id, &budget)))
        return -1;
      prev = id;
    }

  /* The header is the translation of "", which msgfmt sorts first.  */
  if (*mo_string (&mo, originals, 0, &len) != '\0')
    return -1;
  header = mo_string (&mo, translations, 0, &len);
  if (header_charset (header, cat->charset, sizeof cat->charset) != 0)
    return -1;
  header_field (header, "Language", cat->language, sizeof cat->language);
  utf8 = sdkerr__charset_is_utf8 (cat->charset);

  for (int k = 0; k < SDKERR__NSTRINGS; k++)
    {
      const char *msgid = sdkerr__msgid_at (k);
      uint32_t lo = 0, hi = n;
      while (lo < hi)
        {
          uint32_t mid = lo + (hi - lo) / 2;
          const char *id = mo_string (&mo, originals, mid, &len);
          int c = strcmp (msgid, id);
          if (c == 0)
            {
              /* As dgettext: a plural entry (msgid, NUL, plural msgid)
                 gives its first form, an empty translation is one.  */
              uint32_t slen = 0;
              const char *str = mo_string (&mo, translations, mid, &slen);
              if (slen > SDKERR__MESSAGE_MAX
                  || (utf8 && !sdkerr__utf8_valid (str, slen)))
                return -1;
              cat->strings[k] = str;
              break;
            }
          if (c < 0)
            hi = mid;
          else
            lo = mid + 1;
        }
    }
  return 0;
}
