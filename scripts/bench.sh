#!/usr/bin/env bash
# Prints the benchmark table: each Mosaic figure beside a baseline from the same run.
# Installs the baselines' tools first: ImageMagick (through setup.sh) and the Typst CLI at
# the same version as the Typst library the CV crate uses, so both compile the same way.
# Extra arguments go to the Rust bench (e.g. --quick). Then the UI table (ui/scripts/bench-ui.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$HOME/.cargo/bin:$PATH"
typst_version=$(awk '/^name = "typst"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
if ! typst --version 2>/dev/null | grep -q "typst $typst_version"; then
  cargo install typst-cli --version "$typst_version" --locked
fi
# The relay rows drive relay processes: the release binary beside the bench's.
cargo build --release -p mosaic-relay --bin mosaic-relay
cargo run --release -p mosaic-bench -- "$@"
# The UI's figures beside an older commit's UI (MOSAIC_UI_BASELINE, default the previous commit).
(cd ui && npm ci --no-audit --no-fund --silent && node scripts/bench-ui.mjs --baseline "${MOSAIC_UI_BASELINE:-HEAD~1}")
