#!/usr/bin/env bash
# Builds everything, the workstation included, with AddressSanitizer and UndefinedBehaviorSanitizer
# (-DHEAORTA_SANITIZE=ON) and runs the whole test suite (GUI tests under Xvfb); any sanitizer report
# fails the test it occurs in (the processes the tests start, `heaorta` and the workstation included,
# are sanitized too).
#   packaging/run-sanitized-tests.sh [build-dir]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build-asan}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHEAORTA_SANITIZE=ON -DHEAORTA_GUI=ON -DHEAORTA_BUILD_BENCHMARKS=OFF \
  -DHEAORTA_WERROR=ON > /dev/null
cmake --build "$build"
# intercept_tls_get_addr=0: the sanitizer runtimes of GCC 12 and clang 14 take a thread's dynamic TLS
# block that malloc happened to place 16 bytes past a page boundary for a glibc 2.18 block and read
# its start and size from the allocator's chunk header. The leak check at exit then scans that range:
# LeakSanitizer's tracer crashes ("Tracer caught signal 11", no leak named) or scans gigabytes of shadow
# for minutes. Without the interceptor the blocks are still found (malloc'd, reachable from the thread).
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:intercept_tls_get_addr=0
export LSAN_OPTIONS=suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
echo "Sanitized build (AddressSanitizer, UndefinedBehaviorSanitizer):"
(cd "$build" && ctest --output-on-failure --parallel 2 --timeout 1800)
