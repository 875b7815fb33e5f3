/* nls.c - the gettext glue.

   A library must not touch what the application owns: no setlocale, no
   textdomain.  It binds its own domain once, on first use, unless the
   application bound it first, and reads gettext's state (the binding,
   the codeset) the way gettext exposes it.  */

#include <config.h>

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "configmake.h"
#include "internal.h"

const char *
sdkerr__configured_dir (void)
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

#if ENABLE_NLS

# include <libintl.h>
# include <stdatomic.h>

/* Every call into gettext's binding functions is made under the library's
   lock: they take gettext's own lock, which a fork in the middle of one
   would leave held in the child forever, and the lock makes fork wait.  */
static atomic_int bound;

#if HAVE__NL_DOMAIN_BINDINGS
/* glibc reads a domain bound to its default directory back as unbound
   (both answer _nl_default_dirname); its list of bindings tells them
   apart.  The layout is glibc's struct binding, unchanged since 2.2.  A
   binding made by bind_textdomain_codeset alone looks like one to the
   default directory with a codeset: that one names no directory.  The
   list only grows, and entries are never freed.  */
struct glibc_binding
{
  struct glibc_binding *next;
  char *dirname;
  char *codeset;
  char domainname[];
};
extern struct glibc_binding *_nl_domain_bindings;

static int
bound_by_application (void)
{
  const char *unbound = bindtextdomain (PACKAGE "/unbound", NULL);
  for (const struct glibc_binding *b = _nl_domain_bindings; b != NULL; b = b->next)
    if (strcmp (b->domainname, PACKAGE) == 0)
      return b->codeset == NULL || unbound == NULL || strcmp (b->dirname, unbound) != 0;
  return 0;
}
#else
/* gettext answers an unbound domain with its default directory (musl:
   NULL): a domain that nobody can have bound tells which that is.  */
static int
bound_by_application (void)
{
  const char *ours = bindtextdomain (PACKAGE, NULL);
  const char *unbound = bindtextdomain (PACKAGE "/unbound", NULL);
  return ours != NULL && (unbound == NULL || strcmp (ours, unbound) != 0);
}
#endif

static void
bind_locked (void)
{
  if (atomic_load_explicit (&bound, memory_order_relaxed))
    return;
  if (!bound_by_application ())
    bindtextdomain (PACKAGE, sdkerr__configured_dir ());
  /* The caller's LC_CTYPE may be "C" (a thread locale made for
     LC_MESSAGES only); UTF-8 output must not depend on it.  */
  if (bind_textdomain_codeset (PACKAGE, NULL) == NULL)
    bind_textdomain_codeset (PACKAGE, "UTF-8");
  atomic_store_explicit (&bound, 1, memory_order_release);
}

static void
ensure_bound (void)
{
  if (!atomic_load_explicit (&bound, memory_order_acquire))
    {
      sdkerr__lock ();
      bind_locked ();
      sdkerr__unlock ();
    }
}

/* What the binding was when last read: one immutable snapshot per
   distinct binding the program makes (an application binds once or
   twice), never freed while the library is loaded, so that a reader may
   keep the pointer without a lock.  */
struct snapshot
{
  struct snapshot *next;
  struct sdkerr__bound bound;
  char dir[];
};

/* Where gettext keeps no counter (musl), every call reads the binding.  */
# if HAVE__NL_MSG_CAT_CNTR
#  define GENERATION_COVERS_BINDING 1
# else
#  define GENERATION_COVERS_BINDING 0
# endif

static struct snapshot *snapshots;      /* every one made, under the lock */
static _Atomic (const struct snapshot *) current;
/* The gettext generation CURRENT was read at, plus one (0: never read).
   glibc's bindtextdomain bumps the counter when it changes a binding.  */
static atomic_llong current_generation;

/* The snapshot equal to DIR and CODESET, made if there is none.  */
static const struct snapshot *
intern (const char *dir, const char *codeset, int utf8)
{
  struct snapshot *s;
  size_t len = strlen (dir);
  for (s = snapshots; s != NULL; s = s->next)
    if (strcmp (s->dir, dir) == 0 && strcmp (s->bound.codeset, codeset) == 0)
      return s;
  if ((s = calloc (1, sizeof *s + len + 1)) == NULL)
    return NULL;
  memcpy (s->dir, dir, len + 1);
  snprintf (s->bound.codeset, sizeof s->bound.codeset, "%s", codeset);
  s->bound.dir = s->dir;
  s->bound.utf8 = utf8;
  s->next = snapshots;
  snapshots = s;
  return s;
}

/* Reads the binding from gettext (which takes gettext's own lock) and
   publishes it, under the library's lock.  */
static void
refresh_locked (void)
{
  int generation = sdkerr__gettext_generation ();
  const char *cs = bind_textdomain_codeset (PACKAGE, NULL);
  const char *dir = bindtextdomain (PACKAGE, NULL);
  const struct snapshot *s;
  /* A name too long for any iconv is followed as UTF-8.  */
  int utf8 = cs == NULL || sdkerr__charset_is_utf8 (cs)
             || strlen (cs) >= SDKERR__CODESET_MAX;
  if ((s = intern (dir != NULL ? dir : sdkerr__configured_dir (),
                   utf8 ? "UTF-8" : cs, utf8)) == NULL)
    return;
  atomic_store_explicit (&current, s, memory_order_release);
  atomic_store_explicit (&current_generation, (long long) generation + 1,
                         memory_order_release);
}

/* The fallback when memory for a snapshot runs out.  */
static const struct sdkerr__bound out_of_memory = { LOCALEDIR, "UTF-8", 1 };

const struct sdkerr__bound *
sdkerr__bound (void)
{
  const struct snapshot *s;
  ensure_bound ();
  if (!GENERATION_COVERS_BINDING
      || atomic_load_explicit (&current_generation, memory_order_acquire)
         != (long long) sdkerr__gettext_generation () + 1)
    {
      sdkerr__lock ();
      refresh_locked ();
      sdkerr__unlock ();
    }
  s = atomic_load_explicit (&current, memory_order_acquire);
  return s != NULL ? &s->bound : &out_of_memory;
}

const char *
sdkerr__dgettext (const char *msgid)
{
  ensure_bound ();
  return dgettext (PACKAGE, msgid);
}

# if !HAVE__NL_MSG_CAT_CNTR
uintptr_t
sdkerr__binding_id (void)
{
  ensure_bound ();
  return (uintptr_t) bindtextdomain (PACKAGE, NULL);
}
# endif

/* dlclose gives back the snapshots; see catalog.c for why not at exit.  */
static void __attribute__ ((destructor))
release_snapshots (void)
{
  if (sdkerr__exiting)
    return;
  while (snapshots != NULL)
    {
      struct snapshot *next = snapshots->next;
      free (snapshots);
      snapshots = next;
    }
}

#else /* !ENABLE_NLS */

/* Nothing can bind the domain without gettext: the configured
   directory, read on first use, as a binding would be.  */
static struct sdkerr__bound configured = { NULL, "UTF-8", 1 };
static atomic_int configured_once;

static void
read_configured (void)
{
  configured.dir = sdkerr__configured_dir ();
}

const struct sdkerr__bound *
sdkerr__bound (void)
{
  sdkerr__once (&configured_once, read_configured);
  return &configured;
}

const char *
sdkerr__dgettext (const char *msgid)
{
  return msgid;
}

#endif
