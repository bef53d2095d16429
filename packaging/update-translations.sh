#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources. zh_TW carries every string; en (the source
# language) carries only the plural forms. tests/app/TranslationCompletenessTest fails when a
# string is left unfinished.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
dirs=(core segmentation viewers app)
"$LUPDATE" -silent -locations none -no-obsolete -I . "${dirs[@]}" -ts translations/heaorta_zh_TW.ts
"$LUPDATE" -silent -locations none -no-obsolete -I . -pluralonly "${dirs[@]}" -ts translations/heaorta_en.ts
