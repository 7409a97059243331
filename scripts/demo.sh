#!/usr/bin/env bash
# The main job on the bundled examples: set up, then ingest, cluster and brief everything in examples/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
rm -f out/examples.db
.venv/bin/storyline run examples --db out/examples.db --out out/examples "$@"
