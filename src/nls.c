/* nls.c - the gettext glue.

   A library must not touch what the application owns: no setlocale, no
   textdomain.  It binds its own domain once, on first use, and asks for
   translations with dgettext.  */

#include <config.h>

#include "internal.h"

#if ENABLE_NLS

# include <libintl.h>
# include <pthread.h>

static pthread_once_t bind_once = PTHREAD_ONCE_INIT;

static void
bind_domain (void)
{
  bindtextdomain (PACKAGE, sdkerr__catalog_dir ());
  /* The caller's LC_CTYPE may be "C" (a thread locale made for
     LC_MESSAGES only); UTF-8 output must not depend on it.  */
  bind_textdomain_codeset (PACKAGE, "UTF-8");
}

const char *
sdkerr__translate (const char *msgid)
{
  pthread_once (&bind_once, bind_domain);
  return dgettext (PACKAGE, msgid);
}

#else /* !ENABLE_NLS */

const char *
sdkerr__translate (const char *msgid)
{
  return msgid;
}

#endif
