#!/usr/bin/env bash
# The whole test suite: set up, lint, type-check, then pytest (browser tests install chromium where they can).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || echo "note: could not install chromium; browser tests will skip"
fi
.venv/bin/ruff check storyline tests bench
.venv/bin/ruff format --check storyline tests bench
.venv/bin/mypy storyline
.venv/bin/python -m pytest -q -n 2 "$@"
