#!/usr/bin/env bash
# Regenerate the translation sources from the GUI's strings (QCoreApplication.translate with an
# explicit context; QT_TRANSLATE_NOOP for tables) and, with --release, build the .qm files the app
# loads for a non-Chinese locale. Chinese is the source language: there is no zh .ts.
#   scripts/i18n.sh            # update resources/i18n/*.ts (translations kept, obsolete ones dropped)
#   scripts/i18n.sh --release  # also write resources/i18n/*.qm (not committed)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
BIN=.venv/bin
LANGS=(en)
sources=(gui/*.py)
for lang in "${LANGS[@]}"; do
  "$BIN/pyside6-lupdate" -no-obsolete -source-language zh_CN -target-language "$lang" \
    "${sources[@]}" -ts "resources/i18n/policypress_${lang}.ts"
  if [[ "${1:-}" == "--release" ]]; then
    "$BIN/pyside6-lrelease" "resources/i18n/policypress_${lang}.ts" -qm "resources/i18n/policypress_${lang}.qm"
  fi
done
