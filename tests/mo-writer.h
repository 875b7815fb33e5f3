/* mo-writer.h - writes GNU .mo catalogs for the tests, so that fixtures
   (valid, big-endian, corrupt) are made from source, not shipped as
   binary blobs.  Layout as in the GNU gettext manual: a 28-byte header,
   the msgid and msgstr tables (length, offset), no hash table, then the
   strings, each NUL-terminated.  */

#ifndef SDKERR_MO_WRITER_H
#define SDKERR_MO_WRITER_H

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

struct mo_entry
{
  const char *msgid;
  const char *msgstr;
};

static inline int
mo_entry_cmp (const void *a, const void *b)
{
  return strcmp (((const struct mo_entry *) a)->msgid,
                 ((const struct mo_entry *) b)->msgid);
}

static inline void
mo_put32 (unsigned char *p, uint32_t v, int big_endian)
{
  for (int i = 0; i < 4; i++)
    p[big_endian ? 3 - i : i] = (unsigned char) (v >> (8 * i));
}

/* Builds a .mo image of the N entries (sorted here; the header entry ""
   with HEADER as its translation is added) in *SIZE bytes, malloc'd.  */
static inline unsigned char *
mo_build_with_header (const struct mo_entry *entries, size_t n,
                      int big_endian, const char *header, size_t *size)
{
  struct mo_entry *all = calloc (n + 1, sizeof *all);
  size_t total = 28 + 16 * (n + 1), off;
  unsigned char *mo;

  all[0].msgid = "";
  all[0].msgstr = header;
  memcpy (all + 1, entries, n * sizeof *entries);
  qsort (all, n + 1, sizeof *all, mo_entry_cmp);
  for (size_t i = 0; i <= n; i++)
    total += strlen (all[i].msgid) + strlen (all[i].msgstr) + 2;
  mo = calloc (1, total);
  mo_put32 (mo, 0x950412deU, big_endian);
  mo_put32 (mo + 8, (uint32_t) (n + 1), big_endian);
  mo_put32 (mo + 12, 28, big_endian);
  mo_put32 (mo + 16, (uint32_t) (28 + 8 * (n + 1)), big_endian);
  off = 28 + 16 * (n + 1);
  for (int pass = 0; pass < 2; pass++)
    for (size_t i = 0; i <= n; i++)
      {
        const char *s = pass == 0 ? all[i].msgid : all[i].msgstr;
        size_t len = strlen (s);
        unsigned char *slot = mo + 28 + 8 * (pass * (n + 1) + i);
        mo_put32 (slot, (uint32_t) len, big_endian);
        mo_put32 (slot + 4, (uint32_t) off, big_endian);
        memcpy (mo + off, s, len + 1);
        off += len + 1;
      }
  free (all);
  *size = total;
  return mo;
}

/* A UTF-8 catalog of the N entries.  */
static inline unsigned char *
mo_build (const struct mo_entry *entries, size_t n, int big_endian,
          size_t *size)
{
  return mo_build_with_header (entries, n, big_endian,
                               "Content-Type: text/plain; charset=UTF-8\n", size);
}

/* Writes SIZE bytes of DATA as DIR/LANG/LC_MESSAGES/sdkerr.mo.  */
static inline int
mo_install (const char *dir, const char *lang, const void *data, size_t size)
{
  char path[4096];
  FILE *f;

  snprintf (path, sizeof path, "%s/%s", dir, lang);
  mkdir (path, 0755);
  snprintf (path, sizeof path, "%s/%s/LC_MESSAGES", dir, lang);
  mkdir (path, 0755);
  snprintf (path, sizeof path, "%s/%s/LC_MESSAGES/sdkerr.mo", dir, lang);
  f = fopen (path, "wb");
  if (f == NULL)
    return -1;
  if (size > 0 && fwrite (data, 1, size, f) != size)
    {
      fclose (f);
      return -1;
    }
  return fclose (f);
}

/* Removes a fixture directory made by a test.  */
static inline int
mo_remove_tree (const char *dir)
{
  char cmd[4200];
  snprintf (cmd, sizeof cmd, "rm -rf '%s'", dir);
  return system (cmd) == 0 ? 0 : -1;
}

#endif /* SDKERR_MO_WRITER_H */
