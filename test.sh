#!/usr/bin/env bash
# Installs what is missing, builds everything with tests and runs every test.
# GUI tests run offscreen; no display is needed. Arguments go to ctest.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
source packaging/build-helpers.sh
deps_install test
build_preset dev
export QT_QPA_PLATFORM=offscreen
ctest --preset dev "$@"
