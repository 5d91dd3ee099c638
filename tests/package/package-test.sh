#!/usr/bin/env bash
# The package test: builds the .deb and the .tar.gz with CPack from a finished build tree, checks
# the .deb's Depends and contents, unpacks it into a throw-away root (dpkg -x) and runs what it
# installed there: perfdash --version, the demo workspace (which must find the installed demo
# target) and a shortened acceptance run against the installed demo target, on loopback.
#   package-test.sh <build-dir> <cpack> <version>
set -euo pipefail
build=$1 cpack=$2 version=$3
app_id=io.github.perfdash.Perfdash

work=$(mktemp -d /tmp/perfdash-package.XXXXXX)
demo_pid=""
cleanup() {
  if [ -n "$demo_pid" ]; then
    kill "$demo_pid" 2>/dev/null || true
    wait "$demo_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "package test: FAIL: $*" >&2
  exit 1
}
step() { echo "package test: $*"; }

step "cpack -G DEB;TGZ into $work/out"
# gzip instead of xz keeps the test to seconds; the release package uses xz.
"$cpack" --config "$build/CPackConfig.cmake" -G "DEB;TGZ" -B "$work/out" \
  -D CPACK_DEBIAN_COMPRESSION_TYPE=gzip >"$work/cpack.log" 2>&1 \
  || { cat "$work/cpack.log" >&2; fail "cpack failed (log above)"; }
deb=$(find "$work/out" -maxdepth 1 -name "perfdash_${version}-1_*.deb" -print -quit)
tgz=$(find "$work/out" -maxdepth 1 -name "perfdash-${version}-Linux-*.tar.gz" -print -quit)
[ -n "$deb" ] || fail "no perfdash_${version}-1_<arch>.deb in $work/out: $(ls "$work/out")"
[ -n "$tgz" ] || fail "no perfdash-${version}-Linux-<arch>.tar.gz in $work/out: $(ls "$work/out")"

step "control fields of $(basename "$deb")"
[ "$(dpkg-deb -f "$deb" Package)" = perfdash ] || fail "Package is not perfdash"
[ "$(dpkg-deb -f "$deb" Version)" = "${version}-1" ] || fail "Version is not ${version}-1"
depends=$(dpkg-deb -f "$deb" Depends)
echo "  Depends: $depends"
# The package names alone: no versions, the first of alternatives.
tr ',' '\n' <<<"$depends" | sed -E 's/\|.*//; s/\(.*\)//; s/[[:space:]]//g' | grep . >"$work/depends"
# From dpkg-shlibdeps (the libraries the binaries link) and from the packaging (what it cannot see).
for package in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6charts6 libqt6svg6 \
  libcurl4 libsqlite3-0 libpq5 libhiredis0.14 libyaml-0-2 libcpp-httplib0.11 \
  qt6-qpa-plugins fonts-lato fonts-noto-cjk ca-certificates; do
  grep -qxF "$package" "$work/depends" || fail "Depends lacks $package"
done
# Every dependency is a real package: all of them are installed here (installer/install-deps.sh).
while read -r name; do
  [ "$(dpkg-query -W -f='${Status}' "$name" 2>/dev/null)" = 'install ok installed' ] \
    || fail "Depends names $name, which is not an installed package here"
done <"$work/depends"

step "contents"
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$work/contents"
expected=(/usr/bin/perfdash /usr/libexec/perfdash/perfdash-demo-target
  "/usr/share/applications/$app_id.desktop" "/usr/share/metainfo/$app_id.metainfo.xml"
  "/usr/share/icons/hicolor/scalable/apps/$app_id.svg" /usr/share/man/man1/perfdash.1.gz
  /usr/share/perfdash/plans/default.json /usr/share/perfdash/plans/example.json
  /usr/share/perfdash/scenarios/example.json /usr/share/perfdash/scenarios/core-100-users.json
  /usr/share/doc/perfdash/README.md)
sizes=(16 22 24 32 48 64 128 256)
for size in "${sizes[@]}"; do
  expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for path in "${expected[@]}"; do
  grep -qxF "$path" "$work/contents" || fail "the .deb lacks $path"
done
if grep -vE '^/usr/(bin|libexec|share)(/|$)|^/$|^/usr/$' "$work/contents" >"$work/stray"; then
  fail "files outside /usr/bin, /usr/libexec and /usr/share: $(tr '\n' ' ' <"$work/stray")"
fi

step "dpkg -x into a throw-away root"
root="$work/root"
dpkg-deb -x "$deb" "$root"
perfdash="$root/usr/bin/perfdash"
demo_target="$root/usr/libexec/perfdash/perfdash-demo-target"
for binary in "$perfdash" "$demo_target"; do
  ldd "$binary" >"$work/ldd" || fail "ldd $binary failed"
  if grep -q 'not found' "$work/ldd"; then fail "$binary: $(grep 'not found' "$work/ldd")"; fi
  [[ $(file -b "$binary") != *"not stripped"* ]] || fail "$binary is not stripped"
done
for size in "${sizes[@]}"; do
  png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
  [[ $(file -b "$png") == "PNG image data, $size x $size,"* ]] || fail "$png: $(file -b "$png")"
done
# The translations are compiled into the binary (Qt resources, :/i18n), so none are installed.
python3 -c 'import sys; sys.exit(0 if "perfdash_zh_CN.qm".encode("utf-16-be") in open(sys.argv[1], "rb").read() else 1)' \
  "$perfdash" || fail "the installed perfdash does not embed :/i18n/perfdash_zh_CN.qm"

step "desktop entry, AppStream metainfo, man page"
desktop-file-validate "$root/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" >"$work/appstream.log" 2>&1 \
  || { cat "$work/appstream.log" >&2; fail "appstreamcli validate"; }
grep -q "<release version=\"$version\"" "$root/usr/share/metainfo/$app_id.metainfo.xml" \
  || fail "the metainfo's release is not $version"
man_page="$root/usr/share/man/man1/perfdash.1.gz"
warnings=$(zcat "$man_page" | groff -man -Tutf8 -ww -z 2>&1) || fail "groff failed: $warnings"
[ -z "$warnings" ] || fail "the man page has groff warnings: $warnings"
MANWIDTH=100 man -l "$man_page" >"$work/man.txt" 2>/dev/null || fail "man -l cannot show $man_page"
grep -q "perfdash $version" "$work/man.txt" || fail "the man page does not name version $version"
for command in scrape export import "load run" "load presets" "load validate" acceptance report; do
  grep -q "^   perfdash $command" "$work/man.txt" || fail "the man page has no section for perfdash $command"
done

step "the installed perfdash"
out=$("$perfdash" --version) || fail "perfdash --version exited $?"
[ "$out" = "perfdash $version" ] || fail "perfdash --version printed '$out', not 'perfdash $version'"
"$perfdash" acceptance "$root/usr/share/perfdash/plans/example.json" --validate >/dev/null \
  || fail "the installed example plan does not validate"
env -u API_TOKEN "$perfdash" load validate "$root"/usr/share/perfdash/scenarios/*.json >/dev/null \
  || fail "the installed scenarios do not validate"

step "the demo workspace finds the installed demo target"
export XDG_DATA_HOME="$work/xdg/data" XDG_CONFIG_HOME="$work/xdg/config" XDG_CACHE_HOME="$work/xdg/cache" \
  XDG_RUNTIME_DIR="$work/xdg/runtime"
mkdir -p -m 0700 "$XDG_RUNTIME_DIR"
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM -u PERFDASH_DEMO_TARGET_BIN \
  "$perfdash" --demo --workspace "$work/demo-ws" --screenshot "$work/demo.png" >"$work/demo.log" 2>&1 \
  || { cat "$work/demo.log" >&2; fail "perfdash --demo from the throw-away root failed (log above)"; }
[[ $(file -b "$work/demo.png") == "PNG image data, 1500 x 1000,"* ]] || fail "no 1500x1000 screenshot of the demo"

step "acceptance against the installed demo target"
coproc DEMO { exec "$demo_target" --port 0 2>"$work/demo-target.log"; }
# shellcheck disable=SC2153 # DEMO_PID is set by coproc
demo_pid=$DEMO_PID
line=""
read -r -t 20 line <&"${DEMO[0]}" || true
[[ $line =~ listening\ on\ (http://127\.0\.0\.1:[0-9]+) ]] \
  || fail "the installed demo target did not start: '$line' $(cat "$work/demo-target.log")"
target=${BASH_REMATCH[1]}
status=0
"$perfdash" acceptance --target "$target" --duration 2s --users 4 --report "$work/accept.pdf" \
  --json "$work/accept.json" --signed-by package-test >"$work/accept.log" 2>&1 || status=$?
[ "$status" -eq 0 ] || { cat "$work/accept.log" >&2; fail "perfdash acceptance exited $status (log above)"; }
grep -q 'verdict: PASS' "$work/accept.log" || fail "no PASS verdict: $(cat "$work/accept.log")"
# Whole files, not pipes into grep -q: under pipefail, an early grep exit fails the writer.
pdftotext -layout "$work/accept.pdf" "$work/accept.txt" || fail "pdftotext cannot read the PDF"
grep -q 'Verdict: PASS' "$work/accept.txt" || fail "the PDF does not say Verdict: PASS"
"$perfdash" report "$work/accept.json" -o "$work/accept-zh.pdf" --lang zh >/dev/null \
  || fail "perfdash report --lang zh failed"
pdftotext "$work/accept-zh.pdf" "$work/accept-zh.txt" || fail "pdftotext cannot read the Chinese PDF"
grep -q '通过' "$work/accept-zh.txt" || fail "the Chinese PDF does not say 通过"

step "the tarball"
tar -xzf "$tgz" -C "$work"
top="$work/$(basename "$tgz" .tar.gz)"
for path in bin/perfdash libexec/perfdash/perfdash-demo-target; do
  [ -x "$top/$path" ] || fail "the tarball lacks $path under $(basename "$top")/"
done
[ "$("$top/bin/perfdash" --version)" = "perfdash $version" ] || fail "the tarball's perfdash --version"

step "PASS"
