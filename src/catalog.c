/* catalog.c - the installed catalogs: directories listed on first use
   and listed again at most once an interval, each listing prepared for
   the rules of match.c as it is read (not per request), catalogs loaded
   on first use, all kept for the program's life.

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
  sdkerr__once_lock ();
}

static void
unlock_after_fork (void)
{
  sdkerr__once_unlock ();
  pthread_mutex_unlock (&store_lock);
}

/* Set while a thread reads the listings again: one at a time, and the
   others go on with what they have instead of waiting.  */
static atomic_flag rechecking = ATOMIC_FLAG_INIT;

/* The child has one thread: none is reading the listings again.  */
static void
unlock_in_child (void)
{
  atomic_flag_clear (&rechecking);
  sdkerr__once_unlock ();
  pthread_mutex_unlock (&store_lock);
}

/* When the library is loaded, not on first use: a fork while another
   thread registers leaves the child waiting forever on musl, whose fork
   neither holds pthread_atfork's lock nor resets a pthread_once that
   another thread was in (tests/test-fork hung 6 runs in 13).  */
static void __attribute__ ((constructor))
register_atfork (void)
{
  pthread_atfork (lock_for_fork, unlock_after_fork, unlock_in_child);
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

#ifdef LOCALE_ALIAS_FILE
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

/* What tells one installed file from another: a file replaced or
   rewritten is a new catalog.  */
struct file_id
{
  dev_t dev;
  ino_t ino;
  off_t size;
  struct timespec mtime, ctime;
};

/* One catalog of a directory, found by listing it (one entry per file
   seen there, with its identity) or asked for by name, and what loading
   it gave.  Never freed: the lists are read without a lock, and the
   strings handed out point into its catalog.  */
struct entry
{
  struct entry *next;           /* the directory's entries, newest first */
  atomic_int state;
  sdkerr__catalog_t *cat;       /* once USABLE */
  int listed;                   /* made by a listing: ID is set */
  struct file_id id;
  char name[];
};

/* One reading of a directory's listing, immutable once published:
   readers take it with one atomic load and keep it as long as they like.
   Older ones are kept until unload; one is made only when the listing
   changed.  */
struct listing
{
  struct sdkerr__installed installed;
  struct entry **by_index;      /* the entry of each installed name */
  struct listing *older;
};

struct sdkerr__dir
{
  struct sdkerr__dir *next;
  char *path;
  _Atomic (struct entry *) entries;
  size_t probed;                /* entries made for names asked for */
  _Atomic (struct listing *) listing;   /* NULL until first read */
  /* Kept open between readings (rewound, not reopened), so that reading
     an unchanged listing again allocates nothing; its process, since a
     child shares the stream's offset with its parent.  */
  DIR *stream;
  pid_t stream_pid;
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

/* D's newest entry for NAME.  */
static struct entry *
find_entry (struct sdkerr__dir *d, const char *name)
{
  for (struct entry *e = atomic_load_explicit (&d->entries, memory_order_acquire);
       e != NULL; e = e->next)
    if (strcmp (e->name, name) == 0)
      return e;
  return NULL;
}

/* A new entry for NAME, the newest (under store_lock); ID NULL for a
   name asked for.  */
static struct entry *
add_entry (struct sdkerr__dir *d, const char *name, const struct file_id *id)
{
  size_t len = strlen (name);
  struct entry *e = calloc (1, sizeof *e + len + 1);
  if (e == NULL)
    return NULL;
  memcpy (e->name, name, len + 1);
  atomic_init (&e->state, UNLOADED);
  if (id != NULL)
    {
      e->listed = 1;
      e->id = *id;
    }
  e->next = atomic_load_explicit (&d->entries, memory_order_relaxed);
  atomic_store_explicit (&d->entries, e, memory_order_release);
  return e;
}

static int
same_file (const struct file_id *a, const struct file_id *b)
{
  return a->dev == b->dev && a->ino == b->ino && a->size == b->size
         && a->mtime.tv_sec == b->mtime.tv_sec && a->mtime.tv_nsec == b->mtime.tv_nsec
         && a->ctime.tv_sec == b->ctime.tv_sec && a->ctime.tv_nsec == b->ctime.tv_nsec;
}

/* The entry a listing gives to the file ID named NAME: the one made for
   that very file, else a new one (under store_lock).  */
static struct entry *
listed_entry (struct sdkerr__dir *d, const char *name, const struct file_id *id)
{
  for (struct entry *e = atomic_load_explicit (&d->entries, memory_order_relaxed);
       e != NULL; e = e->next)
    if (e->listed && strcmp (e->name, name) == 0 && same_file (&e->id, id))
      return e;
  return add_entry (d, name, id);
}

static int
compare_entries (const void *a, const void *b)
{
  return strcmp ((*(struct entry *const *) a)->name,
                 (*(struct entry *const *) b)->name);
}

/* The next catalog of D's stream: its name, and in *ID the identity of
   its LC_MESSAGES/sdkerr.mo, a regular file; NULL at the end.  */
static const char *
next_catalog (struct sdkerr__dir *d, struct file_id *id)
{
  struct dirent *de;
  while ((de = readdir (d->stream)) != NULL)
    {
      char mo[300];
      struct stat st;
      if (!is_catalog_name (de->d_name))
        continue;
      snprintf (mo, sizeof mo, "%s/LC_MESSAGES/%s.mo", de->d_name, PACKAGE);
      if (fstatat (dirfd (d->stream), mo, &st, 0) != 0 || !S_ISREG (st.st_mode))
        continue;
      id->dev = st.st_dev;
      id->ino = st.st_ino;
      id->size = st.st_size;
      id->mtime = st.st_mtim;
      id->ctime = st.st_ctim;
      return de->d_name;
    }
  return NULL;
}

/* Whether D's stream reads the directory its path names now (not one
   removed or moved away since).  */
static int
same_directory (struct sdkerr__dir *d)
{
  struct stat now, open;
  return stat (d->path, &now) == 0 && fstat (dirfd (d->stream), &open) == 0
         && now.st_dev == open.st_dev && now.st_ino == open.st_ino;
}

/* Rewinds D's stream, opened anew in a new process, for a directory made
   anew, or if it is not open (the directory did not exist); whether
   there is one.  */
static int
rewind_stream (struct sdkerr__dir *d)
{
  pid_t pid = getpid ();
  if (d->stream != NULL && (d->stream_pid != pid || !same_directory (d)))
    {
      closedir (d->stream);
      d->stream = NULL;
    }
  if (d->stream == NULL)
    {
      d->stream = opendir (d->path);
      d->stream_pid = pid;
      return d->stream != NULL;
    }
  rewinddir (d->stream);
  return 1;
}

static void
release_listing (struct listing *l)
{
  free ((void *) l->installed.names);
  free ((void *) l->installed.parts);
  free ((void *) l->installed.prepared);
  free (l->by_index);
  free (l);
}

/* Reads D's listing (under store_lock): the subdirectories that hold
   LC_MESSAGES/sdkerr.mo as a regular file, however many others there are,
   become the installed names, sorted, and prepared for the rules here,
   once, not per request.  NULL when out of memory.  */
static struct listing *
read_listing (struct sdkerr__dir *d)
{
  struct listing *l = calloc (1, sizeof *l);
  struct entry **found = NULL, *e;
  struct sdkerr__parts *parts;
  const char **names;
  size_t count = 0, room = 0;
  struct file_id id;
  const char *name;

  if (l == NULL)
    return NULL;
  if (rewind_stream (d))
    while (count < SDKERR__INSTALLED_MAX && (name = next_catalog (d, &id)) != NULL)
      {
        if (count == room)
          {
            size_t n = room ? 2 * room : 32;
            struct entry **bigger = realloc (found, n * sizeof *bigger);
            if (bigger == NULL)
              break;
            found = bigger;
            room = n;
          }
        if ((e = listed_entry (d, name, &id)) == NULL)
          break;
        found[count++] = e;
      }
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
  l->installed.names = names;
  l->installed.parts = parts;
  l->installed.count = count;
  l->by_index = found;
  /* Unprepared, it would answer as if nothing were installed until the
     directory changes: not published, it is read again next time.  */
  if ((l->installed.prepared = sdkerr__prepare (&l->installed)) == NULL)
    {
      release_listing (l);
      return NULL;
    }
  return l;
}

/* Makes L D's listing, the one before kept for whoever still reads it
   (under store_lock).  */
static void
publish (struct sdkerr__dir *d, struct listing *l)
{
  l->older = atomic_load_explicit (&d->listing, memory_order_relaxed);
  atomic_store_explicit (&d->listing, l, memory_order_release);
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
  atomic_init (&d->listing, NULL);
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

/* What a listing is when memory for one ran out: no catalogs.  */
static const struct listing no_listing;

const struct sdkerr__installed *
sdkerr__dir_installed (const sdkerr__dir_t *dir)
{
  struct sdkerr__dir *d = (struct sdkerr__dir *) dir;
  struct listing *l;

  sdkerr__catalogs_tick ();
  l = atomic_load_explicit (&d->listing, memory_order_acquire);
  if (l == NULL)
    {
      sdkerr__lock ();
      if ((l = atomic_load_explicit (&d->listing, memory_order_relaxed)) == NULL
          && (l = read_listing (d)) != NULL)
        publish (d, l);
      sdkerr__unlock ();
    }
  return l != NULL ? &l->installed : &no_listing.installed;
}

const char *
sdkerr__dir_path (const sdkerr__dir_t *dir)
{
  return dir->path;
}

/* --- Catalogs installed while running ------------------------------------ */

atomic_llong sdkerr__second_seen;
atomic_llong sdkerr__recheck_interval = SDKERR__RECHECK_SECONDS;
/* The second the listings were last read at (with an interval of 0, not
   kept).  */
static atomic_llong rechecked_at;

static int
compare_names (const void *key, const void *name)
{
  return strcmp (key, *(const char *const *) name);
}

/* Whether D's directory still lists what L holds: same names, same
   files.  Reads the stream again, allocating nothing.  */
static int
still_listed (struct sdkerr__dir *d, const struct listing *l)
{
  const struct sdkerr__installed *in = &l->installed;
  size_t seen = 0;
  struct file_id id;
  const char *name;

  if (!rewind_stream (d))
    return in->count == 0;
  while (seen < SDKERR__INSTALLED_MAX && (name = next_catalog (d, &id)) != NULL)
    {
      const char *const *at = bsearch (name, in->names, in->count,
                                       sizeof *in->names, compare_names);
      if (at == NULL || !same_file (&l->by_index[at - in->names]->id, &id))
        return 0;
      seen++;
    }
  return seen == in->count;
}

/* Reads every listing already read again, one thread at a time, and
   publishes those that changed.  */
static void
recheck (void)
{
  int changed = 0;
  if (atomic_flag_test_and_set_explicit (&rechecking, memory_order_acquire))
    return;
  for (struct sdkerr__dir *d = atomic_load_explicit (&dirs, memory_order_acquire);
       d != NULL; d = d->next)
    {
      struct listing *l = atomic_load_explicit (&d->listing, memory_order_acquire), *now;
      if (l == NULL || still_listed (d, l))
        continue;
      sdkerr__lock ();
      if ((now = read_listing (d)) != NULL)
        {
          publish (d, now);
          changed = 1;
        }
      sdkerr__unlock ();
    }
  /* After the listings: an answer stamped with the new number was made
     from them.  */
  if (changed)
    sdkerr__changed ();
  atomic_flag_clear_explicit (&rechecking, memory_order_release);
}

void
sdkerr__catalogs_new_second (long long now)
{
  long long seen = atomic_load_explicit (&sdkerr__second_seen, memory_order_relaxed);
  long long interval = atomic_load_explicit (&sdkerr__recheck_interval,
                                             memory_order_relaxed);
  long long read_at = atomic_load_explicit (&rechecked_at, memory_order_relaxed);
  /* Every lookup comes here while the interval is 0 (tests).  */
  if (interval > 0)
    atomic_compare_exchange_strong_explicit (&sdkerr__second_seen, &seen, now,
                                             memory_order_relaxed,
                                             memory_order_relaxed);
  /* Due when the interval has passed or the clock went back; one thread
     a turn, the one that moves the time of the last reading (the others
     go on with the listings they have).  */
  if ((now - read_at >= interval || now < read_at)
      && (interval == 0
          || atomic_compare_exchange_strong_explicit (&rechecked_at, &read_at,
                                                      now, memory_order_relaxed,
                                                      memory_order_relaxed)))
    recheck ();
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

/* Exactly SIZE bytes of FD into memory of their own, or NULL: a file cut
   short while it is read is refused (it is being written or replaced).
   Read, not mapped: a mapped file that shrinks later would fault on the
   strings already handed out.  */
static unsigned char *
read_image (int fd, size_t size)
{
  unsigned char *image = malloc (size + 1), extra;
  size_t got = 0;
  ssize_t n = 1;

  while (image != NULL && got < size && n > 0)
    if ((n = read (fd, image + got, size - got)) > 0)
      got += (size_t) n;
  /* A file that grew meanwhile is being written too.  */
  if (image != NULL && (got != size || read (fd, &extra, 1) != 0))
    {
      free (image);
      return NULL;
    }
  return image;
}

/* Reads and checks DIR's catalog NAME; the catalog, or NULL.  Opened
   without blocking (a FIFO must not hang the lock), only a regular file
   of a sane size is read.  */
static sdkerr__catalog_t *
load (const struct sdkerr__dir *dir, const char *name)
{
  char path[4096];
  struct stat st;
  sdkerr__catalog_t *cat;
  unsigned char *image;
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
  image = read_image (fd, (size_t) st.st_size);
  close (fd);
  if (image == NULL)
    return NULL;
  cat = calloc (1, sizeof *cat);
  if (cat == NULL || sdkerr__catalog_parse (image, (size_t) st.st_size, cat) != 0
      || (!sdkerr__charset_is_utf8 (cat->charset) && convert (cat) != 0))
    {
      free (cat);
      free (image);
      return NULL;
    }
  /* Kept while the library is loaded: the strings are returned.  */
  cat->image = image;
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
sdkerr__dir_catalog (const sdkerr__dir_t *dir, const struct sdkerr__installed *in,
                     int index)
{
  /* IN is the first member of the listing it came from.  */
  const struct listing *l = (const struct listing *) in;
  if (dir == NULL || in == NULL || index < 0 || (size_t) index >= in->count)
    return NULL;
  return entry_catalog (dir, l->by_index[index]);
}

/* D's entry for NAME, made unless too many have been asked for (under
   store_lock); NULL then.  */
static struct entry *
probe_locked (struct sdkerr__dir *d, const char *name)
{
  struct entry *e = find_entry (d, name);
  if (e != NULL || d->probed >= PROBED_MAX)
    return e;
  if ((e = add_entry (d, name, NULL)) != NULL)
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
  free (cat->image);
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
  for (struct listing *l = atomic_load_explicit (&d->listing, memory_order_relaxed), *older;
       l != NULL; l = older)
    {
      older = l->older;
      release_listing (l);
    }
  if (d->stream != NULL)
    closedir (d->stream);
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
