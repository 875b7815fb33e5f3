#!/bin/sh
# html-browser.sh [BUILDDIR] - the HTML reference page in a real browser:
# Debian's chromium, headless, renders sdkerr's pages at desktop and
# phone widths; each must load with no console message, load nothing from
# outside itself, and fit the width (no sideways scrolling).  Prints TAP;
# exits 1 on any finding, so that CI fails (.ci/run runs it; it is not
# part of "make check", which must not need a browser).
#
# Headless chromium will not make a window narrower than 500 px, so each
# page is measured inside an iframe of the wanted width, by a wrapper page
# whose script writes its verdict into the DOM, read back with --dump-dom
# (--allow-file-access-from-files lets the wrapper read the file:// page).
# HTML_BROWSER_PAGES="en long" checks only those of the pages below.
top=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$top}" && pwd)
abs_top_srcdir=$top
. "$top/tests/tap.sh"

chromium=$(command -v chromium || command -v chromium-browser) || {
  echo "html-browser: chromium is not installed" >&2; exit 1; }
sdkerr="$build/tools/sdkerr"
tmp=$(mktemp -d "${TMPDIR:-/tmp}/html-browser.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
export SDKERR_LOCALEDIR="$build/locale"

# A catalog with a 300-character word, to see that nothing unbreakable
# widens the page.
cp -R "$build/locale" "$tmp/locale"
mkdir -p "$tmp/locale/en/LC_MESSAGES"
{
  printf 'msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n\n'
  printf 'msgid "授权过期"\nmsgstr "%s"\n' "$(head -c 300 /dev/zero | tr '\0' W)"
} > "$tmp/long.po"
msgfmt -o "$tmp/locale/en/LC_MESSAGES/sdkerr.mo" "$tmp/long.po" || exit 1

page ()
{
  name=$1; shift
  LC_ALL=C.UTF-8 "$sdkerr" --format=html "$@" > "$tmp/$name.html" 2>/dev/null
}
page en --list --all-languages --lang en
page ar --list --all-languages --lang ar
page ja --list --lang ja
page unknown 10003 12026 abc --lang de
SDKERR_LOCALEDIR="$tmp/locale" page long --all-languages --lang en 10003 10001

cat > "$tmp/wrapper.html" <<'EOF2'
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>measure</title>
<style>body { margin: 0; } iframe { border: 0; height: 900px; }</style></head>
<body>
<script>
const q = new URLSearchParams(location.search);
const frame = document.createElement("iframe");
frame.style.width = q.get("width") + "px";
frame.addEventListener("load", () => {
  const w = frame.contentWindow, d = w.document.documentElement;
  const wide = [];
  for (const e of w.document.querySelectorAll("body *"))
    if (e.getBoundingClientRect().right > w.innerWidth + 0.5 && wide.length < 5)
      wide.push(e.tagName.toLowerCase() + (e.id ? "#" + e.id : ""));
  const out = document.createElement("pre");
  out.id = "verdict";
  out.textContent = "viewport=" + w.innerWidth + " scrollWidth=" + d.scrollWidth +
    " resources=" + w.performance.getEntriesByType("resource").length +
    " lang=" + d.lang + " wide=" + (wide.join(",") || "none");
  document.body.appendChild(out);
});
frame.src = q.get("page");
document.body.appendChild(frame);
</script>
</body></html>
EOF2

measure ()
{
  name=$1 width=$2
  "$chromium" --headless --no-sandbox --disable-gpu --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --allow-file-access-from-files --user-data-dir="$tmp/profile-$name-$width" \
    --window-size=1280,1000 --enable-logging=stderr --v=0 --virtual-time-budget=10000 \
    --dump-dom "file://$tmp/wrapper.html?width=$width&page=$name.html" \
    > "$tmp/dom" 2> "$tmp/log-$name-$width"
  verdict=$(sed -n 's/.*<pre id="verdict">\([^<]*\)<.*/\1/p' "$tmp/dom")
  echo "# $name.html at $width px: ${verdict:-no verdict}"
}
fits ()
{
  viewport=$(echo "$verdict" | sed -n 's/.*viewport=\([0-9]*\).*/\1/p')
  scroll=$(echo "$verdict" | sed -n 's/.*scrollWidth=\([0-9]*\).*/\1/p')
  [ -n "$viewport" ] && [ "$viewport" -eq "$width" ] && [ "$scroll" -le "$viewport" ]
}
no_console ()
{
  ! grep 'CONSOLE' "$tmp/log-$name-$width" | sed 's/^/# /' | grep .
}

for name in ${HTML_BROWSER_PAGES:-en ar ja unknown long}; do
  for width in 1280 420; do
    measure "$name" "$width"
    ok "$name.html at $width px: rendered, no sideways scrolling" fits
    ok "$name.html at $width px: no console message" no_console
    ok "$name.html at $width px: nothing loaded from outside" \
      sh -c "echo '$verdict' | grep -q ' resources=0 '"
  done
done
# Controls: the checks can fail.  A page with a 600 px box and a script
# that logs, measured the same way, must be caught by both.
printf '%s\n' '<!DOCTYPE html><html lang="en"><head><title>control</title></head>' \
  '<body><div style="width:600px">wide</div><script>console.error("control")</script></body></html>' \
  > "$tmp/control.html"
measure control 420
too_wide () { ! fits; }
logged () { ! no_console >/dev/null; }
ok "control: a page wider than 420 px is caught" too_wide
ok "control: a console message is caught" logged
echo "1..$tap_n"
[ "$tap_failed" -eq 0 ]
