# Turns each SDKERR_MAP entry "  XX(code, NAME, "text") \" of include/sdkerr.h
# into a translator comment and an N_() call for xgettext (see Makevars).
s/^ *XX(\([0-9]*\), *\([A-Z0-9_]*\), *\(".*"\)) *\\\{0,1\}$/\/* TRANSLATORS: \1 SDKERR_\2 *\/\
N_(\3);/p
