#!/usr/bin/env bash
# Builds the libFuzzer harnesses with clang (AddressSanitizer + UndefinedBehaviorSanitizer) and runs
# each for the given seconds from its committed corpus; new inputs go to a scratch copy.
#   tests/fuzz/run.sh [build-dir] [seconds-per-harness] [--merge]
# --merge folds what reached new coverage back into tests/fuzz/corpus (minimised). A crash, leak,
# sanitizer report or hang fails the run and leaves the input in the build folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build-fuzz}
seconds=${2:-60}
merge=${3:-}
mkdir -p "$build"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DHEAORTA_FUZZ=ON -DHEAORTA_GUI=OFF > "$build/configure.log" 2>&1 ||
  { cat "$build/configure.log"; exit 1; }
cmake --build "$build" > "$build/build.log" 2>&1 || { grep -a -E -B2 -A8 "error|FAILED" "$build/build.log" | head -60; exit 1; }
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
# A single allocation over 256 MB fails (null, or std::bad_alloc) instead of stopping the fuzzer:
# parsers allocate what a damaged length declares (DCMTK up to 4 GB per element, GDCM in the
# decoding children), and filling such buffers slowed the harnesses to a few inputs a second. No
# seed needs as much. This process failing on one is still reported (an uncaught std::bad_alloc aborts).
# intercept_tls_get_addr=0: see packaging/run-sanitized-tests.sh (clang 14's runtime misreads dynamic TLS).
export ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1:max_allocation_size_mb=256:quarantine_size_mb=64:intercept_tls_get_addr=0
# Third-party leaks we cannot fix, the same list as the sanitized test run's.
export LSAN_OPTIONS=suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0
# -timeout 35 s: longer than the 30 s after which the program itself kills a parser's child (a GDCM
# codec decoding a damaged RLE stream for 10 s is the program working, not a hang of ours).
status=0
for harness in DicomPreflightFuzzer NiftiHeaderFuzzer QuantSettingsFuzzer ModelCardFuzzer LabelSidecarFuzzer BatchManifestFuzzer \
               VolumeFileFuzzer DicomSeriesFuzzer DicomSegFuzzer PacsAnswerFuzzer; do
  seeds=tests/fuzz/corpus/$harness
  work="$build/corpus-$harness"
  rm -rf "$work" && mkdir -p "$work"
  log="$build/$harness.log"
  if (cd "$build" && "tests/fuzz/$harness" -max_total_time="$seconds" -timeout=35 -rss_limit_mb=8192 -malloc_limit_mb=4096 -print_final_stats=1 \
        -artifact_prefix="$PWD/$harness-" "corpus-$harness" "../$seeds") > "$log" 2>&1; then
    runs=$(grep -a -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
    echo "$harness: ${runs:-?} inputs in ${seconds} s, no crash; $(ls "$work" | wc -l) new inputs"
  else
    echo "$harness: FAILED (see $log)"; grep -a -E "ERROR|SUMMARY|runtime error" "$log" | head -5 || true; status=1
  fi
  if [ "$merge" = --merge ]; then
    mkdir -p "$build/merged-$harness"
    (cd "$build" && "tests/fuzz/$harness" -merge=1 "merged-$harness" "../$seeds" "corpus-$harness") > /dev/null 2>&1
    rm -rf "$seeds" && mv "$build/merged-$harness" "$seeds"
  fi
done
exit $status
