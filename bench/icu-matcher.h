/* icu-matcher.h - ICU's LocaleMatcher behind a C interface, the peer of
   sdkerr_negotiate_tag in bench/traffic.c (built only when configure
   finds icu-uc).  */
#ifndef SDKERR_BENCH_ICU_MATCHER_H
#define SDKERR_BENCH_ICU_MATCHER_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Builds the matcher once, for the N BCP 47 TAGS (the installed
   catalogs), with no default locale: a header that matches none of them
   gets NULL, as from sdkerr_negotiate_tag.  Returns 0, or -1 on an ICU
   error.  */
int bench_icu_open (const char *const *tags, size_t n);

/* The supported locale ICU chooses for an Accept-Language HEADER
   (getBestMatchForListString), as an opaque pointer, or NULL: what the
   timed loop calls.  */
const void *bench_icu_match (const char *header);

/* The same choice as a BCP 47 tag in BUF (SIZE bytes), "" for none:
   for comparing the answers, untimed.  Returns 0, or -1 when ICU
   rejected the whole HEADER (its list parser's error).  */
int bench_icu_match_tag (const char *header, char *buf, size_t size);

/* ICU's version, "72.1".  */
const char *bench_icu_version (void);

#ifdef __cplusplus
}
#endif

#endif
