#!/usr/bin/env bash
# Set up (see setup.sh), then run the linter and every test (data, code, and real-browser tests).
# Screenshots and other test artifacts land in artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/ruff check .
.venv/bin/python -m pytest "$@"
