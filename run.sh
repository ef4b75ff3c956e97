#!/usr/bin/env bash
# Builds Kartoteka (Release) and starts it. Any arguments go to the program,
# for example: ./run.sh --db /mnt/shop/kartoteka.sqlite --shared
#   ./run.sh --demo     opens a demo database full of realistic data (made once)
#   ./run.sh --package  builds the installable package instead (a .deb on Debian
#                       and Ubuntu: sudo apt install ./build/release/kartoteka_*.deb)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
source packaging/build-helpers.sh

if [[ ${1:-} == --package ]]; then
    deps_install package
    build_preset release
    generator=TGZ
    command -v dpkg-deb >/dev/null 2>&1 && generator=DEB
    (cd build/release && cpack -G "$generator" >last-package.log 2>&1) || {
        tail -20 build/release/last-package.log >&2
        echo "Packaging failed; the full log is build/release/last-package.log" >&2
        exit 1
    }
    for package in build/release/kartoteka_*.deb build/release/kartoteka-*.tar.gz; do
        [[ -f $package ]] && echo "$package"
    done
    exit 0
fi

deps_install build
build_preset release

bin=build/release/app
if [[ ${1:-} == --demo ]]; then
    shift
    # --json: the text answer speaks the user's language; the JSON keys do not.
    demo=$("$bin/kartoteka-cli" --json paths | sed -n 's/^ *"demo": "\(.*\)",\{0,1\}$/\1/p')
    if [[ ! -f $demo ]]; then
        echo "Making the demo database (20,000 clients with their history) in $demo ..."
        # A Ukrainian or Russian desktop gets a demo shop of its own language,
        # named outright; any other leaves the choice to the program (the system).
        # The variable that wins for messages, as the C library reads them.
        locale=()
        case "${LC_ALL:-${LC_MESSAGES:-${LANG:-}}}" in
            uk*) locale=(--locale uk) ;;
            ru*) locale=(--locale ru) ;;
        esac
        # demo builds it in a temporary file and moves it into place when complete.
        "$bin/kartoteka-cli" --db "$demo" --local demo --clients 20000 --seed 1 "${locale[@]}"
    fi
    exec "$bin/kartoteka" --db "$demo" "$@"
fi
exec "$bin/kartoteka" "$@"
