#!/usr/bin/env bash
# Builds and starts the Mosaic app with its embedded default: a local SQLite store
# in the platform's app data directory, no relay needed.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
(cd ui && npm ci --no-audit --no-fund && npm run build)
# tauri/custom-protocol: serve the built ui/dist from inside the app. Without it Tauri
# assumes a dev server (build.devUrl) and the window stays blank.
exec cargo run --release -p mosaic-app --features tauri/custom-protocol "$@"
