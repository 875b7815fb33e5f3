#!/bin/sh
# mutants.sh LIST - mutation testing: each mutant of LIST (tests/mutants.list)
# is applied to a scratch copy of the release tree, the library and the
# tests it names are rebuilt there, and those tests must fail.  Prints one
# line per mutant and ends with "N of M mutants killed"; exits 1 when a
# mutant survives without being marked equivalent, or when one no longer
# applies (its text is not found exactly once) or does not build.
#
# The tree being tested is never touched: "make mutants" makes the copy
# (make distdir) and passes its directory in MUTANTS_TREE.  Run through
# "make mutants".
set -u

list=${1:?usage: mutants.sh LIST}
tree=${MUTANTS_TREE:?MUTANTS_TREE: the scratch tree made by make mutants}
make=${MAKE:-make}
log=$tree/mutants.log

die () { echo "mutants: $*" >&2; exit 2; }

[ -f "$tree/configure" ] || die "$tree is not a release tree"
: >"$log"

# The pristine copy of a mutated file, restored after each mutant and on
# any exit, so that a mutant never outlives its own run even in the copy.
saved=
restore ()
{
  if [ -n "$saved" ]; then
    cp "$tree/.pristine" "$tree/$saved" && rm -f "$tree/.pristine"
    saved=
  fi
}
trap 'restore' EXIT
trap 'restore; exit 130' INT TERM HUP

# build_tree OPTIONS: builds the scratch tree configured with the extra
# OPTIONS, unless it is built so already; a tree built otherwise is
# cleaned first (its catalogs too: a --disable-nls build has none).
# Unoptimised, and the shared library only: each mutant rebuilds one file.
built_with=none
build_tree ()
{
  [ "$built_with" = "$1" ] && return 0
  echo "mutants: building the scratch tree $tree${1:+ with $1}"
  if [ "$built_with" != none ]; then
    (cd "$tree" && "$make" clean) >>"$log" 2>&1 || die "cannot clean $tree (see $log)"
  fi
  # shellcheck disable=SC2086 # the options are words
  (cd "$tree" && ./configure --disable-silent-rules --disable-static CFLAGS='-O0 -g0' $1 \
     >>"$log" 2>&1 && "$make" -j2 >>"$log" 2>&1 \
     && "$make" -j2 tests/probe >>"$log" 2>&1) \
    || die "the scratch tree does not build${1:+ with $1} (see $log)"
  built_with=$1
}

# apply FILE FROM TO: replaces the one occurrence of FROM in FILE by TO
# ("\n" in either stands for a line break); fails unless FROM occurs
# exactly once.
apply ()
{
  MUTANT_FROM=$2 MUTANT_TO=$3 awk '
    BEGIN { from = ENVIRON["MUTANT_FROM"]; to = ENVIRON["MUTANT_TO"]
            gsub(/\\n/, "\n", from); gsub(/\\n/, "\n", to) }
    { text = text $0 "\n" }
    END {
      n = 0; rest = text
      while ((i = index(rest, from)) > 0) { n++; rest = substr(rest, i + length(from)) }
      if (n != 1) { print n > "/dev/stderr"; exit 1 }
      i = index(text, from)
      printf "%s%s%s", substr(text, 1, i - 1), to, substr(text, i + length(from))
    }' "$1" >"$1.mutant" 2>"$1.count" && mv "$1.mutant" "$1"
}

total=0 killed=0 equivalent=0 broken=0 survived=0

# run_mutant: applies, builds and tests the mutant read into the fields.
run_mutant ()
{
  total=$((total + 1))
  build_tree "$configure"
  [ -f "$tree/$file" ] || { echo "BROKEN   $name: no file $file"; broken=$((broken + 1)); return; }
  cp "$tree/$file" "$tree/.pristine" && saved=$file
  if ! apply "$tree/$file" "$from" "$to"; then
    echo "BROKEN   $name: the text is found $(cat "$tree/$file.count") times in $file, not once"
    rm -f "$tree/$file.mutant" "$tree/$file.count"
    restore; broken=$((broken + 1)); return
  fi
  rm -f "$tree/$file.count"
  echo "=== $name" >>"$log"
  if [ "$tests" = build ]; then
    # The build itself must refuse the mutant.
    if (cd "$tree" && "$make" src/libsdkerr.la) >>"$log" 2>&1; then
      verdict=SURVIVED
    else
      verdict=killed
    fi
  else
    # The locale tree too: a mutant of its recipe changes the catalogs the
    # tests read, and the next mutant must find them restored.
    programs=locale/stamp
    for t in $tests; do
      case $t in
        *.sh) programs="$programs tools/sdkerr tests/probe tests/sdkerr-static" ;;
        *) programs="$programs $t" ;;
      esac
    done
    if ! (cd "$tree" && "$make" -j2 $programs) >>"$log" 2>&1; then
      echo "BROKEN   $name: does not build (see $log)"
      restore; broken=$((broken + 1)); return
    fi
    # Only these tests, and only their programs rebuilt.
    if (cd "$tree" && timeout 120 "$make" check-TESTS TESTS="$tests" check_PROGRAMS=) \
         >>"$log" 2>&1; then
      verdict=SURVIVED
    else
      verdict=killed
    fi
  fi
  restore
  case $verdict in
    killed) killed=$((killed + 1)); echo "killed   $name  ($tests)" ;;
    *)
      if [ -n "$equiv" ]; then
        equivalent=$((equivalent + 1)); echo "equiv.   $name: $equiv"
      else
        survived=$((survived + 1)); echo "SURVIVED $name: $promise  ($tests)"
      fi ;;
  esac
}

# The list: blocks of "key value" lines, one block a mutant, starting
# with "mutant NAME"; "#" lines are comments.
name=
flush ()
{
  [ -n "$name" ] || return 0
  [ -n "$file" ] && [ -n "$from" ] && [ -n "$tests" ] && [ -n "$promise" ] \
    || { echo "BROKEN   $name: file, from, tests and promise are required"; total=$((total + 1)); broken=$((broken + 1)); name=; return; }
  run_mutant
  name=
}
# The list comes on descriptor 3: the tests a mutant runs (the command's
# --annotate reads standard input) must not eat it.
while IFS= read -r line <&3 || [ -n "$line" ]; do
  case $line in '#'*|'') continue ;; esac
  key=${line%% *}
  value=${line#"$key"}
  value=${value#"${value%%[! ]*}"}
  case $key in
    mutant) flush; name=$value; file= from= to= tests= promise= equiv= configure= ;;
    file) file=$value ;;
    from) from=$value ;;
    to) to=$value ;;
    tests) tests=$value ;;
    promise) promise=$value ;;
    equivalent) equiv=$value ;;
    configure) configure=$value ;;
    *) die "$list: unknown key '$key'" ;;
  esac
done 3<"$list" </dev/null
flush

echo "$equivalent equivalent, $survived survived, $broken broken"
echo "$killed of $total mutants killed"
[ "$survived" -eq 0 ] && [ "$broken" -eq 0 ] && [ "$total" -gt 0 ]
