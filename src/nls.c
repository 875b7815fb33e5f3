/* nls.c - the gettext glue.

   A library must not touch what the application owns: no setlocale, no
   textdomain.  It binds its own domain once, on first use, unless the
   application bound it first, and reads gettext's state (the binding,
   the codeset) the way gettext exposes it.  */

#include <config.h>

#include <stdlib.h>
#include <string.h>

#include "configmake.h"
#include "internal.h"

/* The directory configured for the library: $SDKERR_LOCALEDIR, except in
   setuid programs, or LOCALEDIR.  */
static const char *
configured_dir (void)
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
# include <pthread.h>

static pthread_once_t bind_once = PTHREAD_ONCE_INIT;

/* gettext answers an unbound domain with its default directory: a domain
   that nobody can have bound tells which that is.  */
static int
bound_by_application (void)
{
  const char *ours = bindtextdomain (PACKAGE, NULL);
  const char *unbound = bindtextdomain (PACKAGE "/unbound", NULL);
  return ours != NULL && unbound != NULL && strcmp (ours, unbound) != 0;
}

static void
bind_domain (void)
{
  if (!bound_by_application ())
    bindtextdomain (PACKAGE, configured_dir ());
  /* The caller's LC_CTYPE may be "C" (a thread locale made for
     LC_MESSAGES only); UTF-8 output must not depend on it.  */
  if (bind_textdomain_codeset (PACKAGE, NULL) == NULL)
    bind_textdomain_codeset (PACKAGE, "UTF-8");
}

const char *
sdkerr__bound_dir (void)
{
  const char *dir;
  pthread_once (&bind_once, bind_domain);
  dir = bindtextdomain (PACKAGE, NULL);
  return dir != NULL ? dir : configured_dir ();
}

int
sdkerr__bound_utf8 (void)
{
  const char *cs;
  pthread_once (&bind_once, bind_domain);
  cs = bind_textdomain_codeset (PACKAGE, NULL);
  return cs != NULL && sdkerr__charset_is_utf8 (cs);
}

const char *
sdkerr__dgettext (const char *msgid)
{
  pthread_once (&bind_once, bind_domain);
  return dgettext (PACKAGE, msgid);
}

#else /* !ENABLE_NLS */

const char *
sdkerr__bound_dir (void)
{
  return configured_dir ();
}

int
sdkerr__bound_utf8 (void)
{
  return 1;
}

const char *
sdkerr__dgettext (const char *msgid)
{
  return msgid;
}

#endif
