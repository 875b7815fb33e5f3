#!/bin/sh
# pot-sync.sh - po/sdkerr.pot holds exactly the msgids of the code table and
# the library, and every catalog in LINGUAS translates all of them.
. "$abs_top_srcdir/tests/tap.sh"

po="$abs_top_srcdir/po"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/pot-sync.XXXXXX") || exit 99
trap 'rm -rf "$tmp"' EXIT

if [ -z "$XGETTEXT" ] || [ "$XGETTEXT" = ":" ]; then
  skip_test "sdkerr.pot matches the table" "xgettext not found"
else
  mkdir -p "$tmp/po"
  sed -n -f "$po/table-msgids.sed" "$abs_top_srcdir/include/sdkerr.h" > "$tmp/po/table-msgids.c"
  mkdir -p "$tmp/src" && cp "$abs_top_srcdir/src/lookup.c" "$tmp/src/"
  fresh ()
  {
    (cd "$tmp" && $XGETTEXT --from-code=UTF-8 --language=C --keyword=N_ \
       --add-comments=TRANSLATORS: --no-location -o "$tmp/fresh.pot" \
       po/table-msgids.c src/lookup.c)
  }
  same_msgids ()
  {
    msgcmp -N --use-untranslated "$tmp/fresh.pot" "$po/sdkerr.pot" &&
    msgcmp -N --use-untranslated "$po/sdkerr.pot" "$tmp/fresh.pot"
  }
  # The translator comments (codes and names) must be current too.
  same_comments ()
  {
    grep '^#\.' "$tmp/fresh.pot" > "$tmp/a" &&
    grep '^#\.' "$po/sdkerr.pot" > "$tmp/b" &&
    cmp -s "$tmp/a" "$tmp/b"
  }
  ok "xgettext extracts the table" fresh
  ok "sdkerr.pot has the table's msgids (run make -C po update-po)" same_msgids
  ok "sdkerr.pot has the table's codes and names" same_comments
fi

for lang in $(sed -e 's/#.*//' "$po/LINGUAS"); do
  complete ()
  {
    msgcmp -N "$po/$lang.po" "$po/sdkerr.pot" || return 1
    stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$po/$lang.po" 2>&1) || return 1
    case $stats in
      *untranslated* | *fuzzy*) echo "# $lang: $stats" >&2; return 1 ;;
    esac
  }
  ok "$lang.po translates every msgid, none fuzzy" complete
done

# make -C po update-po and make -C po-cli update-po leave the committed
# catalogs as they are: each is byte for byte what msgmerge writes, so a
# one-line code addition changes only the entries it adds.  The .pot
# files name the release.
version=$(sed -n 's/^#define SDKERR_VERSION "\(.*\)"$/\1/p' "$abs_top_srcdir/include/sdkerr.h")
for dir in po po-cli; do
  pot=$(ls "$abs_top_srcdir/$dir"/*.pot)
  ok "$dir/$(basename "$pot") names release $version" \
    grep -qx "\"Project-Id-Version: sdkerr $version\\\\n\"" "$pot"
  stable ()
  {
    for lang in $(sed -e 's/#.*//' "$abs_top_srcdir/$dir/LINGUAS"); do
      msgmerge --quiet $(sed -n 's/^MSGMERGE_OPTIONS = //p' "$abs_top_srcdir/$dir/Makevars") \
        --lang="$lang" --previous \
        -o "$tmp/$lang.po" "$abs_top_srcdir/$dir/$lang.po" "$pot" &&
      cmp -s "$tmp/$lang.po" "$abs_top_srcdir/$dir/$lang.po" ||
      { echo "# $dir/$lang.po is not as update-po writes it" >&2; return 1; }
    done
  }
  ok "$dir: update-po leaves every catalog byte for byte as it is" stable
done
done_testing
