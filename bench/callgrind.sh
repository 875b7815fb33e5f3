#!/bin/sh
# callgrind.sh [BENCH [PATHS [ARG]]] - instructions per call of the main
# paths, counted by valgrind's callgrind (stable on a noisy machine): each
# path is run for 0 and for N calls after its first, and the difference
# divided by N.  The catgets peer in the same harness:
#   bench/callgrind.sh bench/sdkerr-catgets "catgets localized lang" bench/de.cat
bench=${1:-bench/sdkerr-bench}
paths=${2:-static dgettext localized lang accept r name from_name l}
arg=$3
n=20000
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
instructions ()
{
  valgrind --tool=callgrind --callgrind-out-file="$out/cg" "$bench" --calls "$1" "$2" \
    $arg >/dev/null 2>&1 || return 1
  sed -n 's/^summary: *//p' "$out/cg"
}
printf '%-12s %14s\n' path instr/call
for path in $paths; do
  a=$(instructions "$path" 0) && b=$(instructions "$path" "$n") || continue
  awk -v a="$a" -v b="$b" -v n="$n" -v p="$path" 'BEGIN { printf "%-12s %14.1f\n", p, (b - a) / n }'
done
