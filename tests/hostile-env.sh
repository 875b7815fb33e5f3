#!/bin/sh
# hostile-env.sh - missing, empty, unreadable and corrupt catalog
# directories, garbage locale variables, and the catalog override in a
# setuid program: the library falls back to the Chinese source and never
# crashes.
. "$abs_top_srcdir/tests/tap.sh"
. "$abs_top_srcdir/tests/setuid.sh"

probe="$abs_top_builddir/tests/probe"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/hostile.XXXXXX") || exit 99
chmod 755 "$tmp"
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
source_text='localized=授权过期
lang=授权过期
languages=0
r=22:未知错误码 12026'

# env -i, but keeping the options of a sanitizer run.
clean_env ()
{
  env -i "ASAN_OPTIONS=${ASAN_OPTIONS-}" "LSAN_OPTIONS=${LSAN_OPTIONS-}" \
    "UBSAN_OPTIONS=${UBSAN_OPTIONS-}" "$@"
}

# probe_is EXPECTED ENV...: runs the probe with only ENV, LANGUAGE=en on C.UTF-8.
probe_is ()
{
  expected=$1; shift
  clean_env LC_ALL=C.UTF-8 LANGUAGE=en "$@" "$probe" en >"$tmp/out" 2>"$tmp/err" &&
  printf '%s\n' "$expected" | cmp -s - "$tmp/out"
}

ok "a missing catalog directory gives the source" \
  probe_is "$source_text" SDKERR_LOCALEDIR="$tmp/none"
mkdir "$tmp/empty"
ok "an empty catalog directory gives the source" \
  probe_is "$source_text" SDKERR_LOCALEDIR="$tmp/empty"
mkdir -p "$tmp/unreadable/en/LC_MESSAGES"
cp "$abs_top_builddir/locale/en/LC_MESSAGES/sdkerr.mo" "$tmp/unreadable/en/LC_MESSAGES/" 2>/dev/null
chmod 000 "$tmp/unreadable/en/LC_MESSAGES/sdkerr.mo" "$tmp/unreadable"
if [ "$(id -u)" -ne 0 ]; then
  ok "an unreadable catalog directory gives the source" \
    probe_is "$source_text" SDKERR_LOCALEDIR="$tmp/unreadable"
else
  # root reads it anyway: only ask for no crash.
  ok "an unreadable catalog directory does no harm" \
    clean_env LC_ALL=C.UTF-8 SDKERR_LOCALEDIR="$tmp/unreadable" "$probe" en
fi
chmod 755 "$tmp/unreadable"

corrupt ()
{
  dir="$tmp/corrupt-$1"; mkdir -p "$dir/en/LC_MESSAGES"
  mo="$dir/en/LC_MESSAGES/sdkerr.mo"
  case $1 in
    empty) : > "$mo" ;;
    truncated) head -c 200 "$abs_top_builddir/locale/en/LC_MESSAGES/sdkerr.mo" > "$mo" ;;
    garbage) head -c 4096 /dev/urandom > "$mo" ;;
    directory) mkdir "$mo" ;;
    header) { printf '\336\022\004\225\000\000\000\000\377\377\377\177'; head -c 4096 /dev/zero; } > "$mo" ;;
  esac
  probe_is "$source_text" SDKERR_LOCALEDIR="$dir"
}
for kind in empty truncated garbage directory; do
  ok "a $kind catalog gives the source" corrupt $kind
done
# A catalog claiming 2^31 strings at offset 0 crashes glibc's own gettext
# loader (any dgettext caller).  The library's strict reader decides first,
# on every path: in C.UTF-8 with LANGUAGE=en, where gettext would load it,
# sdkerr_localized answers without it.
header_case ()
{
  corrupt header 2>/dev/null
  clean_env LC_ALL=C.UTF-8 LANGUAGE=en SDKERR_LOCALEDIR="$tmp/corrupt-header" \
    "$probe" en >"$tmp/out" &&
  grep -q '^localized=授权过期$' "$tmp/out" &&
  grep -q '^lang=授权过期$' "$tmp/out" && grep -q '^languages=0$' "$tmp/out"
}
ok "a catalog that crashes gettext's loader is refused on every path" header_case

long=$(head -c 65536 /dev/zero | tr '\0' 'x')
garbage_env ()
{
  clean_env SDKERR_LOCALEDIR="$abs_top_builddir/locale" "$@" "$probe" "$long" >"$tmp/out" 2>&1 &&
  grep -q '^lang=授权过期$' "$tmp/out"
}
ok "a 64 KB LANGUAGE does no harm" garbage_env LC_ALL=C.UTF-8 LANGUAGE="$long"
ok "a 64 KB LANG does no harm" garbage_env LANG="$long"
ok "a garbage LC_ALL does no harm" garbage_env LC_ALL="$(printf '../\001\377:de;q=x')"
ok "a LANGUAGE of separators does no harm" garbage_env LC_ALL=C.UTF-8 LANGUAGE=':::::,,,;;;'

# The override must be ignored when the program runs setuid: build a
# catalog that says PWNED and point SDKERR_LOCALEDIR at it.
if why=$(setuid_unavailable "$tmp"); then
  skip_test "setuid: SDKERR_LOCALEDIR is ignored" "$why"
else
  mkdir -p "$tmp/evil/en/LC_MESSAGES"
  printf 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\nmsgid "授权过期"\nmsgstr "PWNED"\n' > "$tmp/evil.po"
  $MSGFMT -o "$tmp/evil/en/LC_MESSAGES/sdkerr.mo" "$tmp/evil.po"
  cp "$probe" "$tmp/probe"
  chmod -R a+rX "$tmp"
  evil_probe () { as_nobody LC_ALL=C.UTF-8 LANGUAGE=en SDKERR_LOCALEDIR="$tmp/evil" "$tmp/probe" en; }
  # Control: without setuid the override is used (the test can fail).
  control () { evil_probe | grep -q '^lang=PWNED$'; }
  ok "without setuid SDKERR_LOCALEDIR is honoured" control
  make_setuid "$tmp/probe"
  ignored ()
  {
    out=$(evil_probe) || return 1
    echo "$out" | sed 's/^/# /'
    ! echo "$out" | grep -q PWNED
  }
  ok "setuid: SDKERR_LOCALEDIR is ignored" ignored
fi
done_testing
