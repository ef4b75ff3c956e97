#!/usr/bin/env bash
# Installs what is missing, builds everything with tests and runs every test.
# GUI tests run offscreen; no display is needed.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
source packaging/deps.sh
deps_install test

if [[ ! -f build/dev/build.ninja ]]; then
    cmake --preset dev >/dev/null
fi
if ! cmake --build --preset dev >build/dev/last-build.log 2>&1; then
    grep -E 'error|Error|FAILED' build/dev/last-build.log | head -40 >&2
    echo "The build failed; the full log is build/dev/last-build.log" >&2
    exit 1
fi
export QT_QPA_PLATFORM=offscreen
ctest --preset dev "$@"
