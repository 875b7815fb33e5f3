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

/* When the library is loaded, not on first use: a fork while another
   thread registers leaves the child waiting forever on musl, whose fork
   neither holds pthread_atfork's lock nor resets a pthread_once that
   another thread was in (tests/test-fork hung 6 runs in 13).  */
static void __attribute__ ((constructor))
register_atfork (void)
{
  pthread_atfork (lock_for_fork, unlock_after_fork, unlock_after_fork);
}

atomic_ulong sdkerr__locks_taken;

void
sdkerr__lock (void)
{
  pthread_mutex_lock (&store_lock);
  atomic_fetch_add_explicit (&sdkerr__locks_taken, 1, memory_order_relaxed);
}

void
sdkerr__unlock (void)
{
  pthread_mutex_unlock (&store_lock);
}

/* --- locale.alias ------------------------------------------------------ */

/* gettext expands the aliases of LOCALE_ALIAS_FILE ("deutsch" ->
   "de_DE.ISO-8859-1") before it looks for a catalog; so does the
   resolver, for gettext's requests.  Read once, when first needed, into
   one buffer that the entries point into, in the file's order (a request
   looks up an alias or two: a search of the hundred entries costs less
   than sorting them).  */
static struct sdkerr__alias *aliases;
static size_t alias_count;
static atomic_int aliases_read;

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
read_aliases (void)
{
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
    {
      sdkerr__lock ();
      read_aliases ();
      sdkerr__unlock ();
    }
  *count = alias_count;
  return aliases;
}

/* --- Directories ------------------------------------------------------- */

enum { UNLOADED, USABLE, UNUSABLE };

/* One catalog name of a directory, found by reading the directory or asked
   for by name, and what loading it gave.  Never freed: the lists are read
   without a lock.  */
struct entry
{
  struct entry *next;           /* the directory's entries, newest first */
  atomic_int state;
  sdkerr__catalog_t *cat;       /* once USABLE */
  char name[];
};

struct sdkerr__dir
{
  struct sdkerr__dir *next;
  char *path;
  _Atomic (struct entry *) entries;
  size_t probed;                /* entries made for names asked for */
  atomic_int scanned;           /* installed and by_index are set */
  struct sdkerr__installed installed;
  struct entry **by_index;      /* the entry of each installed name */
};

/* A name asked for that the directory has not shown costs an entry: so
   many of them, and the directory is read instead.  */
#define PROBED_MAX 256

/* Every directory known so far; new ones are pushed under store_lock and
   published with a release store, so readers walk it without a lock.  */
static _Atomic (struct sdkerr__dir *) dirs;

/* Whether NAME could be a gettext catalog directory: "de", "pt_BR",
   "sr@latin", "de_DE.UTF-8"; never a path.  */
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

static struct entry *
find_entry (struct sdkerr__dir *d, const char *name)
{
  for (struct entry *e = atomic_load_explicit (&d->entries, memory_order_acquire);
       e != NULL; e = e->next)
    if (strcmp (e->name, name) == 0)
      return e;
  return NULL;
}

/* The entry for NAME, made if there is none (under store_lock).  */
static struct entry *
add_entry (struct sdkerr__dir *d, const char *name)
{
  struct entry *e = find_entry (d, name);
  size_t len = strlen (name);
  if (e != NULL || (e = calloc (1, sizeof *e + len + 1)) == NULL)
    return e;
  memcpy (e->name, name, len + 1);
  atomic_init (&e->state, UNLOADED);
  e->next = atomic_load_explicit (&d->entries, memory_order_relaxed);
  atomic_store_explicit (&d->entries, e, memory_order_release);
  return e;
}

static int
compare_entries (const void *a, const void *b)
{
  return strcmp ((*(struct entry *const *) a)->name,
                 (*(struct entry *const *) b)->name);
}

/* Reads the directory, under store_lock: the subdirectories that hold
   LC_MESSAGES/sdkerr.mo as a regular file, however many others there are,
   become the installed names, sorted.  */
static void
scan_locked (struct sdkerr__dir *d)
{
  struct entry **found = NULL;
  struct sdkerr__parts *parts;
  const char **names;
  size_t count = 0, room = 0;
  DIR *dir;
  struct dirent *de;

  if (atomic_load_explicit (&d->scanned, memory_order_relaxed))
    return;
  dir = opendir (d->path);
  while (dir != NULL && (de = readdir (dir)) != NULL)
    {
      char mo[300];
      struct stat st;
      struct entry *e;
      if (!is_catalog_name (de->d_name))
        continue;
      snprintf (mo, sizeof mo, "%s/LC_MESSAGES/%s.mo", de->d_name, PACKAGE);
      if (fstatat (dirfd (dir), mo, &st, 0) != 0 || !S_ISREG (st.st_mode))
        continue;
      if (count == SDKERR__INSTALLED_MAX)
        break;
      if (count == room)
        {
          size_t n = room ? 2 * room : 32;
          struct entry **bigger = realloc (found, n * sizeof *bigger);
          if (bigger == NULL)
            break;
          found = bigger;
          room = n;
        }
      if ((e = add_entry (d, de->d_name)) == NULL)
        break;
      found[count++] = e;
    }
  if (dir != NULL)
    closedir (dir);
  names = malloc ((count > 0 ? count : 1) * sizeof *names);
  parts = malloc ((count > 0 ? count : 1) * sizeof *parts);
  if (names == NULL || parts == NULL)
    count = 0;
  if (count > 0)
    qsort (found, count, sizeof *found, compare_entries);
  for (size_t i = 0; i < count; i++)
    {
      names[i] = found[i]->name;
      /* is_catalog_name bounds a name to SDKERR__NAME_MAX bytes.  */
      sdkerr__explode (names[i], &parts[i]);
    }
  d->installed.names = names;
  d->installed.parts = parts;
  d->installed.count = count;
  d->by_index = found;
  atomic_store_explicit (&d->scanned, 1, memory_order_release);
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

static struct sdkerr__dir *
open_locked (const char *path)
{
  struct sdkerr__dir *d = find_dir (path);
  if (d != NULL)
    return d;
  if ((d = calloc (1, sizeof *d)) == NULL || (d->path = strdup (path)) == NULL)
    {
      free (d);
      return NULL;
    }
  atomic_init (&d->entries, NULL);
  atomic_init (&d->scanned, 0);
  d->next = atomic_load_explicit (&dirs, memory_order_relaxed);
  atomic_store_explicit (&dirs, d, memory_order_release);
  return d;
}

const sdkerr__dir_t *
sdkerr__dir_open (const char *path)
{
  struct sdkerr__dir *d = find_dir (path);
  if (d == NULL)
    {
      sdkerr__lock ();
      d = open_locked (path);
      sdkerr__unlock ();
    }
  return d;
}

const struct sdkerr__installed *
sdkerr__dir_installed (const sdkerr__dir_t *dir)
{
  struct sdkerr__dir *d = (struct sdkerr__dir *) dir;
  if (!atomic_load_explicit (&d->scanned, memory_order_acquire))
    {
      sdkerr__lock ();
      scan_locked (d);
      sdkerr__unlock ();
    }
  return &d->installed;
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
  cat->converted = ok;
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
  /* Mapped while the library is loaded: the strings are returned.  */
  cat->map = map;
  cat->map_size = (size_t) st.st_size;
  cat->name = name;
  cat->identity = is_identity (cat);
  cat->complete = 1;
  for (int k = 0; k < SDKERR__NSTRINGS; k++)
    cat->complete &= cat->strings[k] != NULL;
  sdkerr__bcp47_tag (name, cat->tag, sizeof cat->tag);
  return cat;
}

static void
load_locked (const struct sdkerr__dir *dir, struct entry *e)
{
  if (atomic_load_explicit (&e->state, memory_order_relaxed) != UNLOADED)
    return;
  e->cat = load (dir, e->name);
  atomic_store_explicit (&e->state, e->cat != NULL ? USABLE : UNUSABLE,
                         memory_order_release);
}

/* E's catalog, loaded on first use; NULL if it is not usable.  */
static const sdkerr__catalog_t *
entry_catalog (const struct sdkerr__dir *dir, struct entry *e)
{
  int state = atomic_load_explicit (&e->state, memory_order_acquire);
  if (state == UNLOADED)
    {
      sdkerr__lock ();
      load_locked (dir, e);
      sdkerr__unlock ();
      state = atomic_load_explicit (&e->state, memory_order_acquire);
    }
  return state == USABLE ? e->cat : NULL;
}

const sdkerr__catalog_t *
sdkerr__dir_catalog (const sdkerr__dir_t *dir, int index)
{
  if (dir == NULL || !atomic_load_explicit (&dir->scanned, memory_order_acquire)
      || index < 0 || (size_t) index >= dir->installed.count)
    return NULL;
  return entry_catalog (dir, dir->by_index[index]);
}

/* D's entry for NAME, made unless too many have been asked for (under
   store_lock); NULL then.  */
static struct entry *
probe_locked (struct sdkerr__dir *d, const char *name)
{
  struct entry *e = find_entry (d, name);
  if (e != NULL || d->probed >= PROBED_MAX)
    return e;
  if ((e = add_entry (d, name)) != NULL)
    d->probed++;
  return e;
}

int
sdkerr__dir_catalog_named (const sdkerr__dir_t *dir, const char *name,
                           const sdkerr__catalog_t **cat)
{
  struct sdkerr__dir *d = (struct sdkerr__dir *) dir;
  struct entry *e;
  *cat = NULL;
  if (dir == NULL || !is_catalog_name (name))
    return 0;
  if ((e = find_entry (d, name)) == NULL)
    {
      sdkerr__lock ();
      e = probe_locked (d, name);
      sdkerr__unlock ();
    }
  if (e == NULL)
    return -1;
  *cat = entry_catalog (dir, e);
  return 0;
}

/* --- Other codesets ------------------------------------------------------ */

/* One catalog's strings in one codeset.  */
struct sdkerr__recoded
{
  struct sdkerr__recoded *next;
  char codeset[SDKERR__CODESET_MAX];
  const char *strings[SDKERR__NSTRINGS];
};

static struct sdkerr__recoded *
find_recoded (const sdkerr__catalog_t *cat, const char *codeset)
{
  for (struct sdkerr__recoded *r
         = atomic_load_explicit (&cat->recoded, memory_order_acquire);
       r != NULL; r = r->next)
    if (strcmp (r->codeset, codeset) == 0)
      return r;
  return NULL;
}

/* CAT's strings in CODESET, converted unless they were (under
   store_lock); NULL if the C library cannot convert to CODESET.  */
static struct sdkerr__recoded *
recode_locked (sdkerr__catalog_t *cat, const char *codeset)
{
  struct sdkerr__recoded *r = find_recoded (cat, codeset);
#if HAVE_ICONV
  char tocode[SDKERR__CODESET_MAX + sizeof "//TRANSLIT"];
  iconv_t cd;

  if (r != NULL)
    return r;
  /* glibc's gettext always transliterates what the codeset lacks.  */
  snprintf (tocode, sizeof tocode, "%s//TRANSLIT", codeset);
  if ((cd = iconv_open (tocode, "UTF-8")) == (iconv_t) -1)
    return NULL;
  if ((r = calloc (1, sizeof *r)) != NULL)
    {
      snprintf (r->codeset, sizeof r->codeset, "%s", codeset);
      for (int k = 0; k < SDKERR__NSTRINGS; k++)
        if (cat->strings[k] != NULL)
          r->strings[k] = convert_string (cd, cat->strings[k]);
      r->next = atomic_load_explicit (&cat->recoded, memory_order_relaxed);
      atomic_store_explicit (&cat->recoded, r, memory_order_release);
    }
  iconv_close (cd);
#endif
  return r;
}

const char *const *
sdkerr__catalog_in (const sdkerr__catalog_t *cat, const char *codeset)
{
  struct sdkerr__recoded *r;
  /* gettext converts nothing from a catalog that names no charset.  */
  if (cat->charset[0] == '\0')
    return cat->strings;
  if ((r = find_recoded (cat, codeset)) == NULL)
    {
      sdkerr__lock ();
      r = recode_locked ((sdkerr__catalog_t *) cat, codeset);
      sdkerr__unlock ();
    }
  return r != NULL ? r->strings : NULL;
}

static sdkerr__catalog_t source;
static atomic_int source_made;

static void
make_source_locked (void)
{
  if (atomic_load_explicit (&source_made, memory_order_relaxed))
    return;
  for (int k = 0; k < SDKERR__NSTRINGS; k++)
    source.strings[k] = sdkerr__msgid_at (k);
  source.name = "zh_CN";
  strcpy (source.charset, "UTF-8");     /* xgettext --from-code=UTF-8 */
  source.identity = source.complete = 1;
  atomic_store_explicit (&source_made, 1, memory_order_release);
}

const sdkerr__catalog_t *
sdkerr__source_catalog (void)
{
  if (!atomic_load_explicit (&source_made, memory_order_acquire))
    {
      sdkerr__lock ();
      make_source_locked ();
      sdkerr__unlock ();
    }
  return &source;
}

static void
release_recoded (struct sdkerr__recoded *r)
{
  while (r != NULL)
    {
      struct sdkerr__recoded *next = r->next;
      for (int k = 0; k < SDKERR__NSTRINGS; k++)
        free ((char *) r->strings[k]);
      free (r);
      r = next;
    }
}

/* --- Unloading ---------------------------------------------------------- */

/* Set when the program exits: its atexit handlers, this one among them,
   run before the libraries' destructors, whereas dlclose runs this
   library's destructor first.  */
int sdkerr__exiting;

static void
note_exit (void)
{
  sdkerr__exiting = 1;
}

static void __attribute__ ((constructor))
watch_exit (void)
{
  atexit (note_exit);
}

static void
release_catalog (sdkerr__catalog_t *cat)
{
  release_recoded (cat->recoded);
  if (cat->converted)
    for (int k = 0; k < SDKERR__NSTRINGS; k++)
      free ((char *) cat->strings[k]);
  munmap (cat->map, cat->map_size);
  free (cat);
}

static void
release_dir (struct sdkerr__dir *d)
{
  struct entry *e = atomic_load_explicit (&d->entries, memory_order_relaxed);
  while (e != NULL)
    {
      struct entry *next = e->next;
      if (atomic_load_explicit (&e->state, memory_order_relaxed) == USABLE)
        release_catalog (e->cat);
      free (e);
      e = next;
    }
  free ((void *) d->installed.names);
  free ((void *) d->installed.parts);
  free (d->by_index);
  free (d->path);
  free (d);
}

/* dlclose gives back what the library mapped and allocated: a program
   that loads and unloads it in a loop must not grow.  At the program's
   exit nothing is released: other threads may still read the strings
   while it ends, as the header allows.  No thread may be in the library
   while it is unloaded, as for any library.  */
static void __attribute__ ((destructor))
release_everything (void)
{
  struct sdkerr__dir *d = atomic_load_explicit (&dirs, memory_order_relaxed);
  if (sdkerr__exiting)
    return;
  while (d != NULL)
    {
      struct sdkerr__dir *next = d->next;
      release_dir (d);
      d = next;
    }
  release_recoded (source.recoded);
  free (aliases);
}
