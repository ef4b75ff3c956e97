#!/usr/bin/env bash
# Builds Kartoteka (Release) and starts it. Any arguments go to the program,
# for example: ./run.sh --db /mnt/shop/kartoteka.sqlite --shared
#   ./run.sh --demo   opens a demo database full of realistic data (made once)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
source packaging/build-helpers.sh
deps_install build
build_preset release

bin=build/release/app
if [[ ${1:-} == --demo ]]; then
    shift
    # --json: the text answer speaks the user's language; the JSON keys do not.
    demo=$("$bin/kartoteka-cli" --json paths | sed -n 's/^ *"demo": "\(.*\)",\{0,1\}$/\1/p')
    if [[ ! -f $demo ]]; then
        echo "Making the demo database (20,000 clients with their history) in $demo ..."
        # demo builds it in a temporary file and moves it into place when complete.
        "$bin/kartoteka-cli" --db "$demo" --local demo --clients 20000 --seed 1
    fi
    exec "$bin/kartoteka" --db "$demo" "$@"
fi
exec "$bin/kartoteka" "$@"
