#!/usr/bin/env bash
# Create the virtual environment and install aicc as a normal wheel (not editable), with extras.
# Usage: scripts/install.sh [EXTRAS]   e.g. scripts/install.sh test
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${AICC_VENV:-.venv}"
PYTHON="${PYTHON:-python3}"
[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --upgrade pip
if [ -n "${1:-}" ]; then target=".[$1]"; else target="."; fi
"$VENV/bin/python" -m pip install -q --no-cache-dir --force-reinstall --no-deps "$target"
"$VENV/bin/python" -m pip install -q "$target"
echo "installed aicc into $VENV"
