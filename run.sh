#!/usr/bin/env bash
# Set up everything (system packages when root, .venv/) and start PolicyPress.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh
exec .venv/bin/python main.py "$@"
