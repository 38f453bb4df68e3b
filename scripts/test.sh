#!/usr/bin/env bash
# Runs every test: formatting, lints, Rust unit/integration/process tests, the
# type bindings drift check, the UI's type check, unit and browser tests, and the
# real app end to end. Installs what it needs first.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
start=$(date +%s)
# Each step prints the elapsed time and the disk left: a full debug build is several GB.
step() { echo; echo "=== $* ($(( $(date +%s) - start ))s, $(df -h --output=avail . | tail -1 | tr -d ' ') free)"; }

step "setup"
bash scripts/setup.sh

step "npm packages the Rust build and tests read: the Open Badges 3.0 JSON-LD context (ui/) and the independent OB 3.0 implementation (tests/interop/)"
# mosaic-media's build.rs bundles the context from ui/node_modules, so this comes first.
(cd ui && npm ci --no-audit --no-fund)
(cd tests/interop && npm ci --no-audit --no-fund)

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy (all crates, all targets, warnings are errors)"
cargo clippy --workspace --all-targets -- -D warnings

step "a throwaway PostgreSQL cluster (serving TLS with a test CA) for the relay's PostgreSQL backend (stopped on exit)"
PG_ENV=$(bash scripts/pg-cluster.sh start --tls)
eval "$PG_ENV"
trap 'bash scripts/pg-cluster.sh stop "$MOSAIC_PG_DIR"' EXIT
echo "PostgreSQL at $MOSAIC_TEST_POSTGRES"

step "cargo test (workspace)"
# Every binary is built before any test runs, so the process tests use them as they are.
# MOSAIC_KEYSTORE=off: no test writes into the keyring of the desktop it runs on; the
# Secret Service test starts its own keyring on a private bus and turns it back on.
MOSAIC_KEYSTORE=off MOSAIC_BINS_FRESH=1 cargo test --workspace

step "the relay's whole test suite again, on PostgreSQL"
# --workspace with the relay's test targets reuses the binaries built above (`-p mosaic-relay`
# alone would resolve features differently and rebuild the relay and its dependencies).
MOSAIC_RELAY_TEST_BACKEND=postgres MOSAIC_KEYSTORE=off MOSAIC_BINS_FRESH=1 cargo test --workspace \
  --test relay --test security --test delete --test binary --test postgres \
  --test blob_stream

step "generated TypeScript types and JSON Schema are committed and current"
git diff --exit-code -- ui/src/lib/bindings schemas || {
  echo "bindings or schema drifted: commit the files cargo test regenerated" >&2; exit 1; }

step "UI: type check, unit tests (incl. every locale has every key), build, browser tests"
(cd ui && npm run check && npm test && npm run build && npm run test:browser)

step "the real app end to end (tauri-driver, WebKitWebDriver, Xvfb)"
export PATH="$HOME/.cargo/bin:$PATH"
command -v tauri-driver >/dev/null || cargo install tauri-driver --version ^2 --locked
bash tests/e2e-app/run.sh

step "all tests passed"
