#!/usr/bin/env bash
# Set up (see setup.sh) and run the dashboard on the bundled data: http://localhost:${PORT:-8501}
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python -m dashboard serve --port "${PORT:-8501}"
