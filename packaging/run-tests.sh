#!/usr/bin/env bash
# Builds the headless variant (-DHEAORTA_GUI=OFF: Qt Core, ITK, GDCM, DCMTK, LibTorch only) and runs
# its command-line tests, so that the cluster build cannot rot; then builds everything with warnings
# as errors and runs the whole test suite (GUI tests under Xvfb). The last summary is the full suite.
set -euo pipefail
cd "$(dirname "$0")/.."
HEAORTA_BUILD_DIR=${HEAORTA_HEADLESS_BUILD_DIR:-build-headless} packaging/build.sh -DHEAORTA_WERROR=ON -DHEAORTA_BUILD_TESTS=ON \
  -DHEAORTA_BUILD_BENCHMARKS=OFF -DHEAORTA_GUI=OFF
echo "Headless build (-DHEAORTA_GUI=OFF):"
(cd "${HEAORTA_HEADLESS_BUILD_DIR:-build-headless}" && ctest --output-on-failure --parallel 2 --timeout 900)
packaging/build.sh -DHEAORTA_WERROR=ON -DHEAORTA_BUILD_TESTS=ON
cd "${HEAORTA_BUILD_DIR:-build}"
echo "Full build:"
ctest --output-on-failure --parallel 2 --timeout 900
