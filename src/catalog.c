/* catalog.c - reading installed .mo catalogs for per-call languages.

   glibc has no dgettext_l: gettext answers for the thread's locale only.
   A server answering each request in its own language reads the catalogs
   itself.  The .mo format is the one documented in the GNU gettext manual
   ("The Format of GNU MO Files").  Each catalog is mapped read-only, checked
   completely, and turned once into an array indexed like the code table,
   so a lookup is one array read, with no lock and no allocation.  */

#include <config.h>

#include <dirent.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"

#define MO_MAGIC 0x950412deU
#define MO_MAGIC_SWAPPED 0xde120495U
#define MO_HEADER_SIZE 28
/* Far above any real catalog of ours; a larger file is not one.  */
#define MO_MAX_SIZE (64U << 20)

const char *
sdkerr__catalog_dir (void)
{
#if HAVE_SECURE_GETENV
  /* secure_getenv: a setuid program must not let its caller choose which
     catalogs (and so which format strings) it reads.  */
  const char *dir = secure_getenv ("SDKERR_LOCALEDIR");
#else
  const char *dir = NULL;
#endif
  return dir != NULL && *dir != '\0' ? dir : LOCALEDIR;
}

/* --- Parsing -------------------------------------------------------- */

struct mo
{
  const unsigned char *data;
  size_t size;
  int swapped;
};

static uint32_t
mo_u32 (const struct mo *mo, size_t offset)
{
  const unsigned char *p = mo->data + offset;
  uint32_t le = (uint32_t) p[0] | (uint32_t) p[1] << 8
                | (uint32_t) p[2] << 16 | (uint32_t) p[3] << 24;
  uint32_t be = (uint32_t) p[3] | (uint32_t) p[2] << 8
                | (uint32_t) p[1] << 16 | (uint32_t) p[0] << 24;
  return mo->swapped ? be : le;
}

/* The string described at TABLE + 8 * I, or NULL if its bounds are bad or
   it is not NUL-terminated.  */
static const char *
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

static int
ascii_lower (int c)
{
  return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* Case-insensitive search for the ASCII word W in S.  */
static int
contains_ascii_ci (const char *s, const char *w)
{
  size_t n = strlen (w);
  for (; *s != '\0'; s++)
    {
      size_t i = 0;
      while (i < n && s[i] != '\0'
             && ascii_lower ((unsigned char) s[i]) == ascii_lower ((unsigned char) w[i]))
        i++;
      if (i == n)
        return 1;
    }
  return 0;
}

int
sdkerr__catalog_parse (const unsigned char *data, size_t size,
                       sdkerr__catalog_t *cat)
{
  struct mo mo = { data, size, 0 };
  uint32_t magic, n, originals, translations, len;
  const char *prev = NULL, *header;

  if (data == NULL || size < MO_HEADER_SIZE || size > MO_MAX_SIZE)
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

  /* Every string must be sound, and the msgids sorted: msgfmt sorts them,
     and the lookup below relies on it.  */
  for (uint32_t i = 0; i < n; i++)
    {
      const char *id = mo_string (&mo, originals, i, &len);
      if (id == NULL || mo_string (&mo, translations, i, &len) == NULL
          || (prev != NULL && strcmp (prev, id) >= 0))
        return -1;
      prev = id;
    }

  /* The header (msgid "") sorts first; the strings must be UTF-8, since
     they are returned as they are.  */
  if (*mo_string (&mo, originals, 0, &len) != '\0')
    return -1;
  header = mo_string (&mo, translations, 0, &len);
  if (!contains_ascii_ci (header, "charset=UTF-8"))
    return -1;

  for (int k = 0; k < SDKERR__NSTRINGS; k++)
    {
      const char *msgid = sdkerr__msgid_at (k);
      size_t want = strlen (msgid);
      uint32_t lo = 0, hi = n;
      cat->strings[k] = NULL;
      while (lo < hi)
        {
          uint32_t mid = lo + (hi - lo) / 2;
          const char *id = mo_string (&mo, originals, mid, &len);
          int c = strcmp (msgid, id);
          if (c == 0)
            {
              const char *str = mo_string (&mo, translations, mid, &len);
              /* len != want: a plural entry that only starts like ours.  */
              if (mo_string (&mo, originals, mid, &len) != NULL
                  && len == want && *str != '\0')
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

const char *
sdkerr__catalog_string (const sdkerr__catalog_t *cat, int index)
{
  const char *s = cat != NULL ? cat->strings[index] : NULL;
  return s != NULL ? s : sdkerr__msgid_at (index);
}

/* --- Installed catalogs ---------------------------------------------- */

int
sdkerr__is_catalog_name (const char *s)
{
  size_t n = 0;
  while (s[n] >= 'a' && s[n] <= 'z')
    n++;
  if (n < 2 || n > 3)
    return 0;
  if (s[n] == '\0')
    return 1;
  return n == 2 && s[n] == '_' && s[n + 1] >= 'A' && s[n + 1] <= 'Z'
         && s[n + 2] >= 'A' && s[n + 2] <= 'Z' && s[n + 3] == '\0';
}

enum { UNLOADED, USABLE, UNUSABLE };

/* One installed language.  The set of slots is fixed when the catalog
   directory is first read; each slot is loaded at most once, under
   load_lock, and published with a release store of its state.  */
struct slot
{
  sdkerr__catalog_t cat;
  atomic_int state;
};

#define MAX_LANGUAGES 128
static struct slot slots[MAX_LANGUAGES];
static size_t slot_count;
static pthread_once_t scan_once = PTHREAD_ONCE_INIT;
static pthread_mutex_t load_lock = PTHREAD_MUTEX_INITIALIZER;

static int
compare_slots (const void *a, const void *b)
{
  return strcmp (((const struct slot *) a)->cat.name,
                 ((const struct slot *) b)->cat.name);
}

/* Reading the directory once means that no language tag, however
   hostile, ever reaches the file system: a tag only selects among the
   names found here.  */
static void
scan_catalog_dir (void)
{
  DIR *dir = opendir (sdkerr__catalog_dir ());
  struct dirent *e;

  if (dir == NULL)
    return;
  while ((e = readdir (dir)) != NULL && slot_count < MAX_LANGUAGES)
    if (sdkerr__is_catalog_name (e->d_name))
      {
        strcpy (slots[slot_count].cat.name, e->d_name);
        atomic_init (&slots[slot_count].state, UNLOADED);
        slot_count++;
      }
  closedir (dir);
  qsort (slots, slot_count, sizeof slots[0], compare_slots);
}

static int
load (struct slot *s)
{
  char path[4096];
  struct stat st;
  void *map;
  int fd, n;

  n = snprintf (path, sizeof path, "%s/%s/LC_MESSAGES/%s.mo",
                sdkerr__catalog_dir (), s->cat.name, PACKAGE);
  if (n < 0 || (size_t) n >= sizeof path)
    return UNUSABLE;
  fd = open (path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    return UNUSABLE;
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode)
      || st.st_size < MO_HEADER_SIZE || st.st_size > MO_MAX_SIZE)
    {
      close (fd);
      return UNUSABLE;
    }
  map = mmap (NULL, (size_t) st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
  close (fd);
  if (map == MAP_FAILED)
    return UNUSABLE;
  if (sdkerr__catalog_parse (map, (size_t) st.st_size, &s->cat) != 0)
    {
      munmap (map, (size_t) st.st_size);
      return UNUSABLE;
    }
  /* Mapped for the life of the program: the strings are returned.  */
  return USABLE;
}

static int
slot_state (struct slot *s)
{
  int state = atomic_load_explicit (&s->state, memory_order_acquire);
  if (state != UNLOADED)
    return state;
  pthread_mutex_lock (&load_lock);
  state = atomic_load_explicit (&s->state, memory_order_relaxed);
  if (state == UNLOADED)
    {
      state = load (s);
      atomic_store_explicit (&s->state, state, memory_order_release);
    }
  pthread_mutex_unlock (&load_lock);
  return state;
}

const sdkerr__catalog_t *
sdkerr__catalog_find (const char *lang)
{
  pthread_once (&scan_once, scan_catalog_dir);
  for (size_t i = 0; i < slot_count; i++)
    if (strcmp (slots[i].cat.name, lang) == 0)
      return slot_state (&slots[i]) == USABLE ? &slots[i].cat : NULL;
  return NULL;
}

size_t
sdkerr_languages (const char **langs, size_t max)
{
  size_t usable = 0;

  pthread_once (&scan_once, scan_catalog_dir);
  for (size_t i = 0; i < slot_count; i++)
    if (slot_state (&slots[i]) == USABLE)
      {
        if (langs != NULL && usable < max)
          langs[usable] = slots[i].cat.name;
        usable++;
      }
  return usable;
}
