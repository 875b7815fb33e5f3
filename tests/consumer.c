/* consumer.c - an application's use of <sdkerr.h>, compiled by
   tests/header-standards.sh under strict C and C++ standards, and built
   and run by .ci/fittings through pkg-config with Autotools, CMake and
   Meson: it prints the version, a message in the environment's language,
   the code's name and whether it has a category.  */

#include <stdio.h>
#include <sdkerr.h>

#ifdef WANT_LOCALE_T
# ifndef SDKERR_HAVE_LOCALE_T
#  error "sdkerr_localized_l should be declared under POSIX.1-2008"
# endif
#endif

/* The map is public: an application expands it too.  */
#define CASE_NAME(code, name, msg) case SDKERR_##name: return #name;
static const char *
local_name (int code)
{
  switch (code)
    {
      SDKERR_MAP (CASE_NAME)
    default:
      return "?";
    }
}

int
main (void)
{
  const char *version = sdkerr_check_version (SDKERR_VERSION);
  setlocale (LC_ALL, "");
  sdkerr_category_t category = sdkerr_category (SDKERR_LICENSE_EXPIRED);
  printf ("%s %s %s %s\n", version != NULL ? version : "-",
          sdkerr_localized (SDKERR_LICENSE_EXPIRED), local_name (10003),
          sdkerr_category_name (category) != NULL ? "ok" : "-");
#ifdef SDKERR_HAVE_LOCALE_T
  puts (sdkerr_localized_l (SDKERR_SUCCESS, (locale_t) 0));
#endif
  return SDKERR_VERSION_NUMBER > 0 ? 0 : 1;
}
