#!/usr/bin/env bash
# Installs every build and test dependency of Nianbao on Debian 12 / Ubuntu (apt).
# Idempotent: apt-get install skips what is already there. Uses sudo when not root.
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

PACKAGES=(
    # toolchain
    build-essential cmake ninja-build pkg-config clang-format
    # Qt 6 (6.4.2 on Debian 12 is the floor)
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools linguist-qt6 libqt6sql6-sqlite libqt6opengl6-dev libgl-dev
    # packaging: cpack's .deb (dpkg-shlibdeps), the desktop-metadata test
    dpkg-dev desktop-file-utils appstream
    # text, spreadsheets, benchmarks; the system SQLite the workspace's cell inserts call
    libicu-dev libxlsxwriter-dev libbenchmark-dev libsqlite3-dev
    # the allocator of the programs (CMakeLists.txt: NIANBAO_MIMALLOC)
    libmimalloc-dev
    # HTML, DOCX and PDF reports: gumbo (HTML5 parser), minizip (zip), poppler-qt6 (PDF text + pages)
    libgumbo-dev libminizip-dev libpoppler-qt6-dev
    # fuzzing (tests/fuzz, NIANBAO_FUZZ=ON): clang with libFuzzer and the sanitizer runtimes
    clang libclang-rt-14-dev
    # offscreen GUI tests and screenshots need a CJK font
    fonts-noto-cjk
    # test tooling only: read back exported xlsx, check exported JSON against its schema
    python3 python3-openpyxl python3-jsonschema
)

missing=()
for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ "${#missing[@]}" -eq 0 ]; then
    echo "install-deps: all ${#PACKAGES[@]} packages already installed"
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
