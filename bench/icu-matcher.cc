// icu-matcher.cc - ICU's LocaleMatcher for bench/traffic.c: built once
// for the installed catalogs' tags, asked once per Accept-Language value.

#include <config.h>

#include <cstring>
#include <string>
#include <vector>

#include <unicode/localematcher.h>
#include <unicode/locid.h>
#include <unicode/uversion.h>

#include "icu-matcher.h"

static icu::LocaleMatcher *matcher;

int
bench_icu_open (const char *const *tags, size_t n)
{
  UErrorCode ec = U_ZERO_ERROR;
  std::vector<icu::Locale> supported;
  for (size_t i = 0; i < n; i++)
    supported.push_back (icu::Locale::forLanguageTag (tags[i], ec));
  icu::LocaleMatcher::Builder builder;
  builder.setSupportedLocales (supported.begin (), supported.end ())
    .setNoDefaultLocale ();
  matcher = new icu::LocaleMatcher (builder.build (ec));
  return U_FAILURE (ec) ? -1 : 0;
}

const void *
bench_icu_match (const char *header)
{
  // A malformed list sets the error and gives no match, as for sdkerr.
  UErrorCode ec = U_ZERO_ERROR;
  return matcher->getBestMatchForListString (header, ec);
}

int
bench_icu_match_tag (const char *header, char *buf, size_t size)
{
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Locale *best = matcher->getBestMatchForListString (header, ec);
  int rejected = U_FAILURE (ec) ? -1 : 0;
  std::string tag;
  if (best != nullptr)
    tag = best->toLanguageTag<std::string> (ec);
  if (U_FAILURE (ec))
    tag.clear ();
  std::strncpy (buf, tag.c_str (), size - 1);
  buf[size - 1] = '\0';
  return rejected;
}

const char *
bench_icu_version (void)
{
  return U_ICU_VERSION;
}
