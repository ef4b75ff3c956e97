#!/usr/bin/env bash
# Fuzzes each import reader for a bounded time over a seed corpus made of the
# test fixtures: tests/fuzz/run-fuzz.sh [SECONDS_PER_READER] (default 20).
# Builds the "fuzz" preset (clang, libFuzzer, AddressSanitizer) into build/fuzz;
# a crash leaves its input in build/fuzz/findings and fails the run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
seconds=${1:-20}
if [[ ! -f build/fuzz/build.ninja ]]; then
    cmake --preset fuzz >/dev/null
fi
cmake --build build/fuzz --target kartoteka_fuzz_csv kartoteka_fuzz_xlsx kartoteka_fuzz_vcard \
    >build/fuzz/last-build.log 2>&1 || {
    grep -E 'error|FAILED' build/fuzz/last-build.log | head -20 >&2
    exit 1
}
fixtures=tests/fixtures/import
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p build/fuzz/findings
seed() { # seed READER FILES...
    local reader=$1
    shift
    mkdir -p "$work/$reader"
    cp "$@" "$work/$reader/"
}
seed csv "$fixtures"/*.vcf tests/bench/make_import_files.py
printf 'ПІБ;Телефон\r\n"Шевченко ""Тарас""";+380671234567\r\n' >"$work/csv/utf8.csv"
seed xlsx "$fixtures"/openpyxl_clients.xlsx "$fixtures"/xlsxwriter_clients.xlsx \
    "$fixtures"/hand_1904_inline.xlsx "$fixtures"/damaged_sst_out_of_range.xlsx \
    "$fixtures"/damaged_missing_sst.xlsx "$fixtures"/damaged_bad_xml.xlsx
seed vcard "$fixtures"/*.vcf
export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
for reader in csv xlsx vcard; do
    echo "fuzzing the $reader reader for ${seconds}s"
    build/fuzz/tests/fuzz/kartoteka_fuzz_$reader -max_total_time="$seconds" -rss_limit_mb=1024 \
        -max_len=262144 -artifact_prefix=build/fuzz/findings/$reader- -print_final_stats=0 \
        "$work/$reader" 2>"$work/$reader.log" || {
        tail -60 "$work/$reader.log" >&2
        echo "The $reader reader failed under the fuzzer; the input is in build/fuzz/findings." >&2
        exit 1
    }
    grep -E '^(#[0-9]+\s+DONE|Done|replayed)' "$work/$reader.log" | tail -1 || true
done
