#!/usr/bin/env bash
# Install everything (system packages, a venv, aicc as a wheel with its test extra) and run
# the full test suite: ruff (lint and format), mypy, pytest. This is what CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-system.sh
bash scripts/install.sh test
VENV="${AICC_VENV:-.venv}"
export PATH="$PWD/$VENV/bin:$PATH"
# The installed wheel must work on its own: check the console script and the bundled data once.
(cd /tmp && aicc catalog validate)
ruff check .
ruff format --check .
mypy src/aicc
# Tests import the installed package (src/ is not on sys.path).
python -m pytest -p no:cacheprovider "$@"
