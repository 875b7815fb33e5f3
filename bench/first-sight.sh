#!/bin/sh
# first-sight.sh [TRAFFIC [CORPUS]] - instructions a request value costs
# the first time a thread sees it (sdkerr_negotiate_tag and
# sdkerr_localized_lang, as a server calls them), by the value's length,
# counted by valgrind's callgrind (stable on a noisy machine): each
# length's values run once, every catalog loaded first, less a run with
# none.
traffic=${1:-bench/sdkerr-traffic}
corpus=${2:-bench/accept-language.txt}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# instructions MIN MAX: the run's total, then how many values it made.
instructions ()
{
  n=$(valgrind --tool=callgrind --callgrind-out-file="$out/cg" "$traffic" \
        --first-sight "$1" "$2" "$corpus" 2>/dev/null) || return 1
  echo "$(sed -n 's/^summary: *//p' "$out/cg") $n"
}
base=$(instructions 0 0) || { echo "first-sight: $traffic failed" >&2; exit 1; }
printf '%-14s %8s %14s\n' length values instr/value
for bucket in "0 64 <64" "64 128 64-127" "128 100000 >=128"; do
  set -- $bucket
  run=$(instructions "$1" "$2") || exit 1
  echo "$base $run" |
    awk -v label="$3" '{ printf "%-14s %8d %14.0f\n", label, $4, ($3 - $1) / ($4 > 0 ? $4 : 1) }'
done
