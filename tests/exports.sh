#!/bin/sh
# exports.sh - the shared library exports the public sdkerr_* API only.
. "$abs_top_srcdir/tests/tap.sh"

lib="$abs_top_builddir/src/.libs/libsdkerr.so"
if [ ! -f "$lib" ]; then
  skip_test "only sdkerr_* symbols are exported" "no shared library (--disable-shared)"
  done_testing
fi
exported=$(nm -D --defined-only "$lib" | awk '$2 ~ /^[TDRBVW]$/ { sub(/@.*/, "", $3); print $3 }')

only_public ()
{
  echo "$exported" | grep -v '^sdkerr_[a-z]' | grep . >&2 && return 1
  return 0
}
has_api ()
{
  for f in sdkerr_localized sdkerr_localized_r sdkerr_message sdkerr_name \
           sdkerr_localized_lang sdkerr_localized_lang_r sdkerr_localized_l \
           sdkerr_negotiate sdkerr_languages sdkerr_negotiate_tag \
           sdkerr_set_default_language sdkerr_check_version sdkerr_catalog_dir \
           sdkerr_code_from_name sdkerr_category sdkerr_category_name \
           sdkerr_codes sdkerr_localized_lang_tag; do
    echo "$exported" | grep -qx "$f" || { echo "# missing $f" >&2; return 1; }
  done
}
# A table of strings addressed by offset needs no relocations; pointers
# would need one each.
few_relocations ()
{
  n=$(readelf -r "$lib" | grep -c 'R_X86_64_RELATIVE')
  echo "# relative relocations: $n"
  [ "$n" -lt 40 ]
}
# Each symbol carries the version node of the release that added it
# (src/libsdkerr.sym).
versioned ()
{
  nodes=$(readelf --dyn-syms -W "$lib" | awk '$7 != "UND" && $8 ~ /^sdkerr_/ { print $8 }')
  echo "$nodes" | grep -qx 'sdkerr_localized@@SDKERR_0.1' &&
  echo "$nodes" | grep -qx 'sdkerr_negotiate_tag@@SDKERR_0.2' &&
  echo "$nodes" | grep -qx 'sdkerr_localized_lang_tag@@SDKERR_0.3' &&
  ! echo "$nodes" | grep -v '@@SDKERR_0\.[123]$' | grep . >&2
}
ok "only sdkerr_* symbols are exported" only_public
ok "every public function is exported" has_api
if readelf -V "$lib" 2>/dev/null | grep -q SDKERR_0.1; then
  ok "every symbol has its version node" versioned
else
  skip_test "every symbol has its version node" "linked without a version script"
fi
if nm -D "$lib" | grep -q '__asan_\|__tsan_'; then
  skip_test "the string tables need no relocations" "sanitizer build (instrumented globals)"
elif command -v readelf >/dev/null && readelf -h "$lib" | grep -q 'X86-64'; then
  ok "the string tables need no relocations" few_relocations
else
  skip_test "the string tables need no relocations" "not x86-64 or no readelf"
fi
done_testing
