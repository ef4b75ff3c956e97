#!/usr/bin/env bash
# Builds Kartoteka (Release) and starts it. Any arguments go to the program,
# for example: ./run.sh --db /mnt/shop/kartoteka.sqlite --shared
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
source packaging/build-helpers.sh
deps_install build
build_preset release
exec build/release/app/kartoteka "$@"
