#!/usr/bin/env bash
# Installs every build and test dependency of Hindsight from Debian 12's own
# archive. Idempotent: packages already present are left as they are, and
# nothing is downloaded from anywhere but the configured apt sources.
set -euo pipefail

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config git
    # Qt 6: Core/Gui/Widgets/Sql/Test, the SQLite driver, Charts, SVG, Linguist tools
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    qt6-qpa-plugins libgl-dev
    # Qt Charts' CMake package needs Qt OpenGL's, which qt6-base-dev only recommends
    libqt6opengl6-dev
    # the team hub: Qt SQL's PostgreSQL driver, and a PostgreSQL server the tests start on their own
    libqt6sql6-psql postgresql-15
    # the libraries Hindsight wraps
    qtkeychain-qt6-dev libsqlite3-dev sqlite3
    libcmark-gfm-dev libcmark-gfm-extensions-dev
    libcurl4-openssl-dev ca-certificates
    libkainjow-mustache-dev
    # the fuzz targets (fuzz/, preset fuzz): clang 14 and its runtimes, libFuzzer's among them
    clang libclang-rt-14-dev
    # fonts so Japanese text renders in the window and in exported PDFs
    fonts-noto-cjk
    # the Debian package's test validates its desktop entry and AppStream metainfo
    desktop-file-utils appstream
    # tst_keychain: a real Secret Service (gnome-keyring on a private D-Bus bus), libsecret for QtKeychain, secret-tool
    gnome-keyring libsecret-1-0 libsecret-tools dbus-daemon dbus-bin
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
# Node.js and npm run one test: the GraphQL documents sent to GitHub, validated against GitHub's published schema
# (tests/graphql). A machine that already has them (from Debian or elsewhere) keeps its own.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    missing+=(nodejs npm)
fi

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages (and Node.js) already installed"
    exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        sudo="sudo"
    else
        echo "install-deps: need root to install: ${missing[*]}" >&2
        echo "install-deps: run this script as root, or install sudo" >&2
        exit 1
    fi
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
