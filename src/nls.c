/* nls.c - the gettext glue.

   A library must not touch what the application owns: no setlocale, no
   textdomain.  It binds its own domain once, on first use, unless the
   application bound it first, and reads gettext's state (the binding,
   the codeset) the way gettext exposes it.  */

#include <config.h>

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

/* Copies what S says, or the configured directory, into BUF.  */
static void
copy_dir (char *buf, size_t size, const char *s)
{
  snprintf (buf, size, "%s", s != NULL ? s : sdkerr__configured_dir ());
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

int
sdkerr__binding (char *dir, size_t size, char *codeset)
{
  const char *cs;
  int utf8;

  ensure_bound ();
  sdkerr__lock ();
  cs = bind_textdomain_codeset (PACKAGE, NULL);
  copy_dir (dir, size, bindtextdomain (PACKAGE, NULL));
  /* A name too long for any iconv is followed as UTF-8.  */
  utf8 = cs == NULL || sdkerr__charset_is_utf8 (cs)
         || strlen (cs) >= SDKERR__CODESET_MAX;
  if (codeset != NULL)
    snprintf (codeset, SDKERR__CODESET_MAX, "%s", utf8 ? "UTF-8" : cs);
  sdkerr__unlock ();
  return utf8;
}

const char *
sdkerr__dgettext (const char *msgid)
{
  ensure_bound ();
  return dgettext (PACKAGE, msgid);
}

uintptr_t
sdkerr__binding_id (void)
{
# if HAVE__NL_MSG_CAT_CNTR
  return 0;
# else
  ensure_bound ();
  return (uintptr_t) bindtextdomain (PACKAGE, NULL);
# endif
}

#else /* !ENABLE_NLS */

int
sdkerr__binding (char *dir, size_t size, char *codeset)
{
  copy_dir (dir, size, NULL);
  if (codeset != NULL)
    strcpy (codeset, "UTF-8");
  return 1;
}

const char *
sdkerr__dgettext (const char *msgid)
{
  return msgid;
}

uintptr_t
sdkerr__binding_id (void)
{
  return 0;
}

#endif
