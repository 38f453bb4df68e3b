#!/usr/bin/env bash
# Builds and starts the Mosaic app with its embedded default: a local SQLite store
# in the platform's app data directory, no relay needed.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
(cd ui && npm ci --no-audit --no-fund && npm run build)
exec cargo run --release -p mosaic-app "$@"
