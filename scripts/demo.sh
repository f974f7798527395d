#!/usr/bin/env bash
# Install aicc and review the bundled example contract (Japanese AI development agreement).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
VENV="${AICC_VENV:-.venv}"
mkdir -p out
"$VENV/bin/aicc" review examples/contracts/ja-ai-development-agreement.txt --lang "${AICC_LANG:-ja}"
"$VENV/bin/aicc" review examples/contracts/ja-ai-development-agreement.txt --report html --out out/review.html
echo "Open out/review.html in a browser for the full report."
