#!/usr/bin/env bash
# Builds the Debian package from an already built tree and checks what a user installing it relies on: its whole
# file list, its control fields and dependencies, that the desktop entry and the AppStream metainfo validate, and that
# the binary it installs runs on the system's libraries alone.
#
# Usage: check-package.sh CPACK BUILD_DIR VERSION EXPECTED_FILES
# It packages BUILD_DIR as it is (cpack installs, it does not compile) into a temporary folder, removed afterwards.
set -euo pipefail

cpack=$1
build=$2
version=$3
expected=$4

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

for tool in "$cpack" dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli readelf; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "FAIL: $tool not found (packaging/install-deps.sh installs it)" >&2
        exit 1
    fi
done

work=$(mktemp -d "${TMPDIR:-/tmp}/hindsight-package.XXXXXX")
trap 'rm -rf "$work"' EXIT

if ! "$cpack" --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack could not build the package" >&2
    exit 1
fi
debs=("$work"/out/hindsight_"$version"_*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
    ls -l "$work/out" >&2
    echo "FAIL: expected one hindsight_${version}_ARCH.deb" >&2
    exit 1
fi
deb=${debs[0]}
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# The whole file list (directories left out), against the expected one: a file missing, or one that should not be
# there (a test, the benchmark, a header), both show in the diff.
dpkg-deb --fsys-tarfile "$deb" | tar -t | sed -e 's|^\./|/|' -e '/\/$/d' | LC_ALL=C sort >"$work/files.txt"
if ! diff -u <(grep -v '^#' "$expected" | sed '/^$/d' | LC_ALL=C sort) "$work/files.txt"; then
    fail "the package's files differ from $expected (- expected, + in the package)"
fi
if grep -Ei 'tst_|/tests?/|bench|store_writer|graphql_documents' "$work/files.txt"; then
    fail "the package holds a test or the benchmark"
fi
binary_mode=$(dpkg-deb -c "$deb" | awk '$6 == "./usr/bin/hindsight" { print $1 }')
[ "$binary_mode" = "-rwxr-xr-x" ] || fail "/usr/bin/hindsight has mode '$binary_mode', not -rwxr-xr-x"

# Control fields. Depends comes from dpkg-shlibdeps, plus the Qt SQLite driver, a plugin it cannot see.
dpkg-deb -I "$deb" control | sed 's/^/    /'
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = hindsight ] || fail "Package is '$(field Package)', not hindsight"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', not $version"
for f in Maintainer Section Priority Homepage Description; do
    [ -n "$(field "$f")" ] || fail "no $f field"
done
depends=$(field Depends)
for lib in libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite libqt6charts6 libc6; do
    grep -Eq "(^|, )$lib( |,|$)" <<<"$depends" || fail "Depends does not name $lib: $depends"
done

# What the package installs, as installed.
dpkg-deb -x "$deb" "$work/root"
root=$work/root
app_id=io.github.hindsight_app.Hindsight
desktop=$root/usr/share/applications/$app_id.desktop
metainfo=$root/usr/share/metainfo/$app_id.metainfo.xml
desktop-file-validate "$desktop" || fail "desktop-file-validate rejects $app_id.desktop"
appstreamcli validate --no-net "$metainfo" || fail "appstreamcli validate rejects $app_id.metainfo.xml"
# validate-tree also follows the metainfo to the desktop entry it launches, as a software centre does.
appstreamcli validate-tree --no-net "$root" >"$work/tree.log" 2>&1 ||
    fail "appstreamcli validate-tree rejects the installed tree: $(cat "$work/tree.log")"
icon=$(sed -n 's/^Icon=//p' "$desktop")
[ -f "$root/usr/share/icons/hicolor/scalable/apps/$icon.svg" ] || fail "no SVG icon named $icon (the desktop entry's Icon)"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
    fail "the metainfo does not launch $app_id.desktop"
# The newest release named in the metainfo and in the Debian changelog is the one packaged.
release=$(grep -o -m1 '<release version="[^"]*"' "$metainfo" | cut -d'"' -f2)
[ "$release" = "$version" ] || fail "the metainfo's newest release is '$release', not $version"
changelog=$(gzip -dc "$root/usr/share/doc/hindsight/changelog.gz" | sed -n '1s/^hindsight (\([^)]*\)).*/\1/p')
[ "$changelog" = "$version" ] || fail "the changelog's newest entry is '$changelog', not $version"

# The binary runs from where the package puts it, on the system's libraries: no RUNPATH into a build tree.
exe=$root/usr/bin/hindsight
if readelf -d "$exe" | grep -Eq 'RPATH|RUNPATH'; then
    fail "/usr/bin/hindsight has an RPATH: $(readelf -d "$exe" | grep -E 'RPATH|RUNPATH')"
fi
printed=$(env -u LD_LIBRARY_PATH HOME="$work/home" "$exe" --version 2>"$work/stderr") ||
    fail "hindsight --version failed: $(cat "$work/stderr")"
echo "installed hindsight --version: $printed"
[ "$printed" = "hindsight $version" ] || fail "hindsight --version printed '$printed', not 'hindsight $version'"

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "package checks passed"
