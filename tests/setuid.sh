# setuid.sh - running a program setuid, as nobody, for the tests of the
# catalog override (sourced, not run).

# setuid_unavailable DIR: says why a program in DIR cannot run setuid
# here, or fails when it can.
setuid_unavailable ()
{
  [ "$(id -u)" -eq 0 ] || { echo "not root"; return 0; }
  id nobody >/dev/null 2>&1 || { echo "no user nobody"; return 0; }
  command -v setpriv >/dev/null || { echo "no setpriv"; return 0; }
  [ -n "$MSGFMT" ] && [ "$MSGFMT" != ":" ] || { echo "no msgfmt"; return 0; }
  if mount_opts=$(findmnt -no OPTIONS -T "$1" 2>/dev/null) &&
     echo "$mount_opts" | grep -qw nosuid; then
    echo "$1 is on a nosuid file system"; return 0
  fi
  return 1
}

# as_nobody VAR=VALUE... PROGRAM ARG...: runs PROGRAM as nobody with only
# the variables given (and the options of a sanitizer run).
as_nobody ()
{
  env -i "ASAN_OPTIONS=${ASAN_OPTIONS-}" "LSAN_OPTIONS=${LSAN_OPTIONS-}" \
    "UBSAN_OPTIONS=${UBSAN_OPTIONS-}" setpriv --reuid=nobody --regid=nogroup \
    --clear-groups env "$@"
}

# make_setuid FILE: FILE runs as root, whoever starts it.
make_setuid () { chown root "$1" && chmod 4755 "$1"; }
