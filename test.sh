#!/usr/bin/env bash
# Set up everything (system packages when root, .venv/) and run the whole test suite.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh
QT_QPA_PLATFORM=offscreen exec .venv/bin/python -m pytest "$@"
