#!/usr/bin/env bash
# Build the packaged app with PyInstaller (packaging/policypress.spec): dist/policypress/, a folder
# with the executable dist/policypress/policypress. Then start it with --version as a smoke test and
# print the bundle's size and the time taken. Windows: see the README (build it on Windows).
#   scripts/package.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
start=$EPOCHREALTIME

bash scripts/setup.sh  # .venv/ from requirements.lock, which pins PyInstaller (the `package` extra)
if [ ! -x .venv/bin/pyinstaller ]; then
  pin=$(grep -E '^pyinstaller==' requirements.lock || echo pyinstaller)
  echo "Installing $pin into .venv"
  .venv/bin/python -m pip install --quiet "$pin"
fi

[ -f resources/icons/policypress.ico ] || .venv/bin/python scripts/make_icons.py  # from the SVG

rm -rf dist/policypress
.venv/bin/pyinstaller --noconfirm --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/policypress.spec

app=dist/policypress/policypress
t0=$EPOCHREALTIME
out=$("$app" --version)
t1=$EPOCHREALTIME
echo "$out"
case "$out" in
  "PolicyPress "*) ;;
  *) echo "package.sh: '$app --version' printed '$out'" >&2; exit 1 ;;
esac

awk -v start="$start" -v end="$EPOCHREALTIME" -v t0="$t0" -v t1="$t1" -v size="$(du -sh dist/policypress | cut -f1)" \
  'BEGIN { printf "Built dist/policypress/: %s, in %.0f s; the frozen --version answered in %.2f s\n", size, end - start, t1 - t0 }'
