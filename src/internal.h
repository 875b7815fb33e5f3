/* internal.h - declarations shared by the library's source files only.
   Names with a double underscore are private: the linker exports only
   the public sdkerr_[a-z]* symbols (see Makefile.am).  */

#ifndef SDKERR_INTERNAL_H
#define SDKERR_INTERNAL_H

#include "sdkerr.h"

/* Position of CODE in the table, or -1 if CODE is unknown.  */
int sdkerr__index (int code);

/* The Chinese msgid of the entry at INDEX (0 <= INDEX < count).  */
const char *sdkerr__msgid_at (int index);

/* MSGID translated in the "sdkerr" domain for the current locale; MSGID
   itself when built without NLS or when there is no translation.  */
const char *sdkerr__translate (const char *msgid);

#endif /* SDKERR_INTERNAL_H */
