#!/usr/bin/env bash
# Builds with warnings as errors and runs the whole test suite (GUI tests under Xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/build.sh -DHEAORTA_WERROR=ON -DHEAORTA_BUILD_TESTS=ON
cd "${HEAORTA_BUILD_DIR:-build}"
ctest --output-on-failure --parallel 2 --timeout 900
