#!/usr/bin/env bash
# Installs what is missing, builds everything with tests and runs every test.
# GUI tests run offscreen; no display is needed. Arguments go to ctest.
# Without arguments the import readers are fuzzed too (tests/fuzz/run-fuzz.sh).
# A throwaway PostgreSQL cluster runs for the server backend's tests
# (tests/support/pg-test-cluster.sh) and is removed whatever happens.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
source packaging/build-helpers.sh
deps_install test
build_preset dev
export QT_QPA_PLATFORM=offscreen
# A whole run (no ctest arguments) also fuzzes each import reader for a bounded
# time over the fixtures (clang's libFuzzer with AddressSanitizer, build/fuzz),
# before ctest so that ctest's summary closes the output.
if [[ $# -eq 0 ]]; then
    tests/fuzz/run-fuzz.sh "${KARTOTEKA_FUZZ_SECONDS:-15}"
fi
source tests/support/pg-test-cluster.sh
trap pg_test_cluster_stop EXIT
trap 'exit 130' INT TERM
pg_test_cluster_start
ctest --preset dev "$@"
