#!/usr/bin/env bash
# Builds Kartoteka (Release) and starts it. Any arguments go to the program,
# for example: ./run.sh --db /mnt/shop/kartoteka.sqlite --shared
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
source packaging/deps.sh
deps_install build

if [[ ! -f build/release/build.ninja ]]; then
    cmake --preset release >/dev/null
fi
if ! cmake --build --preset release >build/release/last-build.log 2>&1; then
    grep -E 'error|Error|FAILED' build/release/last-build.log | head -40 >&2
    echo "The build failed; the full log is build/release/last-build.log" >&2
    exit 1
fi
exec build/release/app/kartoteka "$@"
