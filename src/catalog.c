/* catalog.c - the installed catalogs: directories read once, catalogs
   loaded on first use, both kept for the program's life.

   glibc has no dgettext_l: gettext answers for the thread's locale only,
   and trusts the files it reads.  The library reads the same .mo files
   itself, with the strict reader of mo.c, so that a lookup is one array
   read with no lock, and a crafted catalog is refused rather than
   followed.  All the I/O of the library happens here, after the choice
   of catalogs is made.  */

#include <config.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#if HAVE_ICONV
# include <iconv.h>
#endif

#include "ascii.h"
#include "internal.h"

/* One lock guards every first use (reading a directory, loading a
   catalog); a fork waits for it, so that the child never inherits it
   held or a directory half read.  */
static pthread_mutex_t store_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t atfork_once = PTHREAD_ONCE_INIT;

static void
lock_for_fork (void)
{
  pthread_mutex_lock (&store_lock);
}

static void
unlock_after_fork (void)
{
  pthread_mutex_unlock (&store_lock);
}

static void
register_atfork (void)
{
  pthread_atfork (lock_for_fork, unlock_after_fork, unlock_after_fork);
}

static void
store_lock_acquire (void)
{
  pthread_once (&atfork_once, register_atfork);
  pthread_mutex_lock (&store_lock);
}

void
sdkerr__locked (void (*fn) (void *), void *arg)
{
  store_lock_acquire ();
  fn (arg);
  pthread_mutex_unlock (&store_lock);
}

/* --- locale.alias ------------------------------------------------------ */

/* gettext expands the aliases of LOCALE_ALIAS_FILE ("deutsch" ->
   "de_DE.ISO-8859-1") before it looks for a catalog; so does the
   resolver, for gettext's requests.  Read once, when first needed, into
   one buffer that the entries point into.  */
static struct sdkerr__alias *aliases;
static size_t alias_count;
static atomic_int aliases_read;

static int
compare_aliases (const void *a, const void *b)
{
  return sdkerr__strcase_cmp (((const struct sdkerr__alias *) a)->alias,
                              ((const struct sdkerr__alias *) b)->alias);
}

/* The next blank-separated word of the line at *P, NUL-terminated in
   place, or NULL at the line's end.  */
static char *
next_word (char **p)
{
  char *s = *p, *word;
  while (sdkerr__is_space (*s))
    s++;
  if (*s == '\0')
    return NULL;
  word = s;
  while (*s != '\0' && !sdkerr__is_space (*s))
    s++;
  if (*s != '\0')
    *s++ = '\0';
  *p = s;
  return word;
}

#ifdef LOCALE_ALIAS_FILE
/* PATH's contents, NUL-terminated, in memory of their own; NULL if it is
   not a regular file under 1 MiB.  */
static char *
read_small_file (const char *path)
{
  int fd = open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  struct stat st;
  char *text = NULL;
  ssize_t n = -1;

  if (fd < 0)
    return NULL;
  if (fstat (fd, &st) == 0 && S_ISREG (st.st_mode) && st.st_size < (1 << 20)
      && (text = malloc ((size_t) st.st_size + 1)) != NULL)
    n = read (fd, text, (size_t) st.st_size);
  close (fd);
  if (n < 0)
    {
      free (text);
      return NULL;
    }
  text[n] = '\0';
  return text;
}
#endif

static void
read_aliases (void *unused)
{
  (void) unused;
  if (atomic_load_explicit (&aliases_read, memory_order_relaxed))
    return;
#ifdef LOCALE_ALIAS_FILE
  {
    char *file = read_small_file (LOCALE_ALIAS_FILE), *text, *p;
    size_t lines = 1, len;

    for (p = file; p != NULL && (p = strchr (p, '\n')) != NULL; p++)
      lines++;
    /* One block: the entries, then the text they point into.  */
    if (file != NULL
        && (aliases = malloc (lines * sizeof *aliases + (len = strlen (file)) + 1)) != NULL)
      {
        text = memcpy ((char *) (aliases + lines), file, len + 1);
        for (char *line = text, *next; line != NULL; line = next)
          {
            char *alias, *value;
            if ((next = strchr (line, '\n')) != NULL)
              *next++ = '\0';
            alias = next_word (&line);
            value = alias != NULL && *alias != '#' ? next_word (&line) : NULL;
            if (value != NULL)
              {
                aliases[alias_count].alias = alias;
                aliases[alias_count].value = value;
                alias_count++;
              }
          }
        qsort (aliases, alias_count, sizeof *aliases, compare_aliases);
      }
    free (file);
  }
#endif
  atomic_store_explicit (&aliases_read, 1, memory_order_release);
}

const struct sdkerr__alias *
sdkerr__locale_aliases (size_t *count)
{
  if (!atomic_load_explicit (&aliases_read, memory_order_acquire))
    sdkerr__locked (read_aliases, NULL);
  *count = alias_count;
  return aliases;
}

/* --- Directories ------------------------------------------------------- */

enum { UNLOADED, USABLE, UNUSABLE };

struct slot
{
  atomic_int state;
  sdkerr__catalog_t *cat;       /* once USABLE */
};

struct sdkerr__dir
{
  struct sdkerr__dir *next;
  char *path;
  struct sdkerr__installed installed;
  struct slot *slots;           /* one per installed name */
};

/* Every directory read so far; new ones are pushed under store_lock and
   published with a release store, so readers walk it without a lock.  */
static _Atomic (struct sdkerr__dir *) dirs;

/* Whether NAME could be a gettext catalog directory: "de", "pt_BR",
   "sr@latin", "de_DE.UTF-8".  */
static int
is_catalog_name (const char *name)
{
  if (!sdkerr__is_alpha ((unsigned char) name[0]) || strlen (name) > 255)
    return 0;
  for (const char *p = name; *p != '\0'; p++)
    if (!sdkerr__is_alnum ((unsigned char) *p) && strchr ("_.@-+", *p) == NULL)
      return 0;
  return 1;
}

static int
compare_names (const void *a, const void *b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* The subdirectories of PATH that hold LC_MESSAGES/sdkerr.mo as a regular
   file, however many others there are.  */
static struct sdkerr__dir *
read_dir (const char *path)
{
  struct sdkerr__dir *d = calloc (1, sizeof *d);
  char **names = NULL;
  size_t count = 0, room = 0;
  DIR *dir;
  struct dirent *e;

  if (d == NULL || (d->path = strdup (path)) == NULL)
    {
      free (d);
      return NULL;
    }
  dir = opendir (path);
  while (dir != NULL && (e = readdir (dir)) != NULL)
    {
      char mo[300];
      struct stat st;
      if (!is_catalog_name (e->d_name))
        continue;
      snprintf (mo, sizeof mo, "%s/LC_MESSAGES/%s.mo", e->d_name, PACKAGE);
      if (fstatat (dirfd (dir), mo, &st, 0) != 0 || !S_ISREG (st.st_mode))
        continue;
      if (count == room)
        {
          size_t n = room ? 2 * room : 32;
          char **bigger = realloc (names, n * sizeof *bigger);
          if (bigger == NULL)
            break;
          names = bigger;
          room = n;
        }
      if ((names[count] = strdup (e->d_name)) == NULL)
        break;
      count++;
    }
  if (dir != NULL)
    closedir (dir);
  if (count > 0)
    qsort (names, count, sizeof *names, compare_names);
  d->slots = calloc (count > 0 ? count : 1, sizeof *d->slots);
  if (d->slots == NULL)
    count = 0;
  for (size_t i = 0; i < count; i++)
    atomic_init (&d->slots[i].state, UNLOADED);
  d->installed.names = (const char *const *) names;
  d->installed.count = count;
  return d;
}

static struct sdkerr__dir *
find_dir (const char *path)
{
  for (struct sdkerr__dir *d = atomic_load_explicit (&dirs, memory_order_acquire);
       d != NULL; d = d->next)
    if (strcmp (d->path, path) == 0)
      return d;
  return NULL;
}

struct open_request
{
  const char *path;
  struct sdkerr__dir *dir;
};

static void
open_locked (void *arg)
{
  struct open_request *rq = arg;
  if ((rq->dir = find_dir (rq->path)) != NULL)
    return;
  if ((rq->dir = read_dir (rq->path)) == NULL)
    return;
  rq->dir->next = atomic_load_explicit (&dirs, memory_order_relaxed);
  atomic_store_explicit (&dirs, rq->dir, memory_order_release);
}

const sdkerr__dir_t *
sdkerr__dir_open (const char *path)
{
  struct open_request rq = { path, find_dir (path) };
  if (rq.dir == NULL)
    sdkerr__locked (open_locked, &rq);
  return rq.dir;
}

const struct sdkerr__installed *
sdkerr__dir_installed (const sdkerr__dir_t *dir)
{
  return &dir->installed;
}

const char *
sdkerr__dir_path (const sdkerr__dir_t *dir)
{
  return dir->path;
}

/* --- Loading ----------------------------------------------------------- */

#if HAVE_ICONV
/* S converted by CD into a string of its own, or NULL.  */
static char *
convert_string (iconv_t cd, const char *s)
{
  size_t inleft = strlen (s), size = 4 * inleft + 1, outleft = size - 1;
  char *in = (char *) s, *utf8 = malloc (size), *out = utf8;

  if (utf8 == NULL)
    return NULL;
  iconv (cd, NULL, NULL, NULL, NULL);
  if (iconv (cd, &in, &inleft, &out, &outleft) == (size_t) -1
      || iconv (cd, NULL, NULL, &out, &outleft) == (size_t) -1)
    {
      free (utf8);
      return NULL;
    }
  *out = '\0';
  return utf8;
}
#endif

/* Converts CAT's strings from its charset to UTF-8, as gettext does, into
   memory of their own; -1 (CAT unchanged) if the charset is unknown or a
   string is not in it.  */
static int
convert (sdkerr__catalog_t *cat)
{
#if HAVE_ICONV
  char *utf8[SDKERR__NSTRINGS] = { NULL };
  iconv_t cd = iconv_open ("UTF-8", cat->charset);
  int ok = cd != (iconv_t) -1;

  for (int k = 0; ok && k < SDKERR__NSTRINGS; k++)
    if (cat->strings[k] != NULL)
      ok = (utf8[k] = convert_string (cd, cat->strings[k])) != NULL
           && sdkerr__utf8_valid (utf8[k], strlen (utf8[k]));
  if (cd != (iconv_t) -1)
    iconv_close (cd);
  for (int k = 0; k < SDKERR__NSTRINGS; k++)
    if (!ok)
      free (utf8[k]);
    else if (utf8[k] != NULL)
      cat->strings[k] = utf8[k];
  return ok ? 0 : -1;
#else
  (void) cat;
  return -1;
#endif
}

static int
is_identity (const sdkerr__catalog_t *cat)
{
  int any = 0;
  for (int k = 0; k < SDKERR__NSTRINGS; k++)
    if (cat->strings[k] != NULL)
      {
        if (strcmp (cat->strings[k], sdkerr__msgid_at (k)) != 0)
          return 0;
        any = 1;
      }
  return any;
}

/* Maps and checks DIR's catalog NAME; the catalog, or NULL.  Opened
   without blocking (a FIFO must not hang the lock), only a regular file
   of a sane size is read.  */
static sdkerr__catalog_t *
load (const struct sdkerr__dir *dir, const char *name)
{
  char path[4096];
  struct stat st;
  sdkerr__catalog_t *cat;
  void *map;
  int fd, n;

  n = snprintf (path, sizeof path, "%s/%s/LC_MESSAGES/%s.mo", dir->path,
                name, PACKAGE);
  if (n < 0 || (size_t) n >= sizeof path)
    return NULL;
  fd = open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
  if (fd < 0)
    return NULL;
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode)
      || st.st_size <= 0 || (unsigned long long) st.st_size > SDKERR__MO_MAX_SIZE)
    {
      close (fd);
      return NULL;
    }
  map = mmap (NULL, (size_t) st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
  close (fd);
  if (map == MAP_FAILED)
    return NULL;
  cat = calloc (1, sizeof *cat);
  if (cat == NULL || sdkerr__catalog_parse (map, (size_t) st.st_size, cat) != 0
      || (!sdkerr__charset_is_utf8 (cat->charset) && convert (cat) != 0))
    {
      free (cat);
      munmap (map, (size_t) st.st_size);
      return NULL;
    }
  /* Mapped for the life of the program: the strings are returned.  */
  cat->name = name;
  cat->identity = is_identity (cat);
  sdkerr__bcp47_tag (name, cat->tag, sizeof cat->tag);
  return cat;
}

struct load_request
{
  struct sdkerr__dir *dir;
  int index;
};

static void
load_locked (void *arg)
{
  struct load_request *rq = arg;
  struct slot *s = &rq->dir->slots[rq->index];
  if (atomic_load_explicit (&s->state, memory_order_relaxed) != UNLOADED)
    return;
  s->cat = load (rq->dir, rq->dir->installed.names[rq->index]);
  atomic_store_explicit (&s->state, s->cat != NULL ? USABLE : UNUSABLE,
                         memory_order_release);
}

const sdkerr__catalog_t *
sdkerr__dir_catalog (const sdkerr__dir_t *dir, int index)
{
  struct slot *s;
  int state;

  if (dir == NULL || index < 0 || (size_t) index >= dir->installed.count)
    return NULL;
  s = &dir->slots[index];
  state = atomic_load_explicit (&s->state, memory_order_acquire);
  if (state == UNLOADED)
    {
      struct load_request rq = { (struct sdkerr__dir *) dir, index };
      sdkerr__locked (load_locked, &rq);
      state = atomic_load_explicit (&s->state, memory_order_acquire);
    }
  return state == USABLE ? s->cat : NULL;
}
