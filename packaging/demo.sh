#!/usr/bin/env bash
# From a fresh Debian 12 machine: installs the dependencies, builds, and runs the main job on the
# bundled demo study (a non-contrast chest CT).
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
packaging/build.sh
build/bin/heaorta info resources/demo/chest-ct
# The main job: segment heart and aorta (the fallback when no model is installed), then score.
build/bin/heaorta score resources/demo/chest-ct
# ... and ends in the report the cardiologist hands the patient, in both languages.
mkdir -p build/demo-report
build/bin/heaorta report resources/demo/chest-ct -o build/demo-report/report-en.pdf
build/bin/heaorta --lang zh_TW report resources/demo/chest-ct -o build/demo-report/report-zh_TW.pdf
echo "Reports: $(pwd)/build/demo-report/report-en.pdf and $(pwd)/build/demo-report/report-zh_TW.pdf"
