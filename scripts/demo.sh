#!/usr/bin/env bash
# The main job on the bundled examples: set up, then ingest, cluster and brief everything in examples/
# (plus the seed articles in ../shared/seeds when that folder is there).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
rm -f out/examples.db
inputs=(examples)
# the founding seed articles, read where they are (never copied into the repo), when ../shared is beside us
if compgen -G "../shared/seeds/*.txt" > /dev/null; then inputs+=(../shared/seeds/*.txt); fi
.venv/bin/storyline run "${inputs[@]}" --db out/examples.db --out out/examples "$@"
