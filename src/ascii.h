/* ascii.h - the library's one set of ASCII character helpers.

   Tags, names and headers are ASCII protocol text: the <ctype.h> functions
   would follow the locale (a Turkish locale folds 'I' differently) and take
   int arguments that must not be negative, so the library uses these.  */

#ifndef SDKERR_ASCII_H
#define SDKERR_ASCII_H

static inline int
sdkerr__is_lower (int c)
{
  return c >= 'a' && c <= 'z';
}

static inline int
sdkerr__is_upper (int c)
{
  return c >= 'A' && c <= 'Z';
}

static inline int
sdkerr__is_alpha (int c)
{
  return sdkerr__is_lower (c) || sdkerr__is_upper (c);
}

static inline int
sdkerr__is_digit (int c)
{
  return c >= '0' && c <= '9';
}

static inline int
sdkerr__is_alnum (int c)
{
  return sdkerr__is_alpha (c) || sdkerr__is_digit (c);
}

static inline int
sdkerr__is_space (int c)
{
  return c == ' ' || c == '\t';
}

static inline int
sdkerr__to_lower (int c)
{
  return sdkerr__is_upper (c) ? c - 'A' + 'a' : c;
}

static inline int
sdkerr__to_upper (int c)
{
  return sdkerr__is_lower (c) ? c - 'a' + 'A' : c;
}

/* Whether the first N bytes of A and B (or both up to their end) are
   equal, ignoring ASCII case.  */
static inline int
sdkerr__strncase_eq (const char *a, const char *b, unsigned long n)
{
  for (; n > 0; n--, a++, b++)
    {
      if (sdkerr__to_lower ((unsigned char) *a)
          != sdkerr__to_lower ((unsigned char) *b))
        return 0;
      if (*a == '\0')
        return 1;
    }
  return 1;
}

/* strcmp ignoring ASCII case.  */
static inline int
sdkerr__strcase_cmp (const char *a, const char *b)
{
  for (;; a++, b++)
    {
      int x = sdkerr__to_lower ((unsigned char) *a);
      int y = sdkerr__to_lower ((unsigned char) *b);
      if (x != y || x == '\0')
        return x - y;
    }
}

/* The length of the run of characters of S that satisfy IS.  */
static inline unsigned long
sdkerr__span (const char *s, int (*is) (int))
{
  unsigned long n = 0;
  while (is ((unsigned char) s[n]))
    n++;
  return n;
}

/* Whether the first N bytes of S are ASCII digits.  */
static inline int
sdkerr__is_digits (const char *s, unsigned long n)
{
  for (unsigned long i = 0; i < n; i++)
    if (!sdkerr__is_digit ((unsigned char) s[i]))
      return 0;
  return 1;
}

#endif /* SDKERR_ASCII_H */
