#!/usr/bin/env bash
# Install aicc and run the main job on a bundled example.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install.sh
VENV="${AICC_VENV:-.venv}"
"$VENV/bin/aicc" checklist --profile examples/profiles/general-service-user.yaml --lang "${AICC_LANG:-ja}"
