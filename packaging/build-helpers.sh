#!/usr/bin/env bash
# Shared by run.sh and test.sh (sourced): install what building Kartoteka needs,
# and nothing when it is all there; then configure and build one CMake preset.

deps_debian_build=(cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite libqt6sql6-psql
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev qt6-translations-l10n
    libsqlite3-dev libphonenumber-dev libsodium-dev libxlsxwriter-dev libzip-dev libical-dev
    libkainjow-mustache-dev fonts-dejavu-core libcurl4-openssl-dev qtkeychain-qt6-dev)
# libkainjow-mustache-dev: the document templates' fields (one header).
# libcurl4-openssl-dev: mail through the shop's SMTP server.
# qtkeychain-qt6-dev: the mail password in the system's keychain.
# fonts-dejavu-core: a font with Cyrillic that documents' PDFs embed.
# desktop-file-utils and appstream validate the menu entry and the metainfo.
# postgresql-15: test.sh runs the server backend's tests on a throwaway cluster.
# clang and libclang-rt-dev (libFuzzer, the sanitizers): test.sh fuzzes the import readers.
# dbus-daemon and python3-dbusmock: a session bus with a mock notification
# service, which receives the reminders in the tests.
# poppler-utils: pdftotext reads the documents' PDFs back in the tests.
# python3-aiosmtpd and openssl: a real SMTP server (plain, STARTTLS, SSL, sign-in) for the mail tests.
deps_debian_test=(catch2 sqlite3 xvfb xauth unzip desktop-file-utils appstream postgresql-15
    clang libclang-rt-dev dbus-daemon python3-dbusmock poppler-utils python3-aiosmtpd openssl)
# cpack -G DEB: dpkg-shlibdeps (dpkg-dev) finds the libraries the programs
# link, and CPack tells executables apart with file.
deps_debian_package=(dpkg-dev file)

deps_missing_debian() {
    local pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}\n' "$pkg" 2>/dev/null | grep -q 'install ok installed' ||
            printf '%s\n' "$pkg"
    done
}

deps_other_systems() {
    cat >&2 <<'MSG'
Kartoteka's scripts install dependencies by themselves on Debian and Ubuntu.
On other systems install them first, then run this script again:
  Fedora:   sudo dnf install cmake ninja-build gcc-c++ qt6-qtbase-devel qt6-qtcharts-devel \
              qt6-qtsvg-devel qt6-qttools-devel sqlite-devel libphonenumber-devel \
              libsodium-devel libxlsxwriter-devel libzip-devel libical-devel catch-devel dejavu-sans-fonts libcurl-devel qtkeychain-qt6-devel
  macOS:    brew install cmake ninja qt@6 sqlite libphonenumber libsodium libxlsxwriter libzip libical catch2 qtkeychain
  Windows:  vcpkg install qtbase[sql-sqlite] qtcharts qtsvg qttools sqlite3 \
              libphonenumber libsodium libxlsxwriter libzip libical catch2 kainjow-mustache curl qtkeychain-qt6   (then configure with the vcpkg toolchain)
  Everywhere: kainjow's Mustache header (kainjow/mustache.hpp, one file, Boost licence) on the
              include path where no package ships it.
MSG
}

# deps_install build|test|package
deps_install() {
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        # Not Debian-like: trust the system if CMake finds Qt, else explain.
        command -v cmake >/dev/null 2>&1 || { deps_other_systems; return 1; }
        return 0
    fi
    local wanted=("${deps_debian_build[@]}")
    [[ ${1:-build} == test ]] && wanted+=("${deps_debian_test[@]}")
    [[ ${1:-build} == package ]] && wanted+=("${deps_debian_package[@]}")
    local missing
    mapfile -t missing < <(deps_missing_debian "${wanted[@]}")
    [[ ${#missing[@]} -eq 0 ]] && return 0

    local sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            echo "Kartoteka needs these packages: ${missing[*]}" >&2
            echo "Install them as root: apt-get install ${missing[*]}" >&2
            return 1
        fi
    fi
    echo "Installing build dependencies: ${missing[*]}"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
        "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
            apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null || {
        echo "Installing packages failed. Run: sudo apt-get install ${missing[*]}" >&2
        return 1
    }
}

# build_preset release|dev: configures once, builds, and stays quiet unless the build fails.
build_preset() {
    local preset=$1
    if [[ ! -f build/$preset/build.ninja ]]; then
        cmake --preset "$preset" >/dev/null || return 1
    fi
    if ! cmake --build --preset "$preset" >"build/$preset/last-build.log" 2>&1; then
        grep -E 'error|Error|FAILED' "build/$preset/last-build.log" | head -40 >&2
        echo "The build failed; the full log is build/$preset/last-build.log" >&2
        return 1
    fi
}
