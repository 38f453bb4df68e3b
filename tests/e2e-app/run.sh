#!/usr/bin/env bash
# End-to-end test of the real app: builds the UI and the Tauri binary (debug), then drives
# it with WebdriverIO through tauri-driver + WebKitWebDriver under Xvfb, twice with the same
# data directory, to check that what was saved survives a restart.
#
# Needs: apt-get install libwebkit2gtk-4.1-dev libayatana-appindicator3-dev librsvg2-dev
#        libxdo-dev libssl-dev webkit2gtk-driver xvfb dbus; cargo install tauri-driver --version ^2 --locked;
#        (cd ui && npm ci)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"

(cd "$root/ui" && npm run build)
# tauri/custom-protocol: serve the bundled ui/dist (what `tauri build` does) instead of the vite dev URL.
# The relay and the CLI play the server and the mentor in the sync part of the test. One cargo
# invocation, so shared dependencies are built once with one feature set (disk and time).
(cd "$root" && cargo build -p mosaic-app -p mosaic-relay -p mosaic-cli --features tauri/custom-protocol)
app="$CARGO_TARGET_DIR/debug/mosaic-app"
test -x "$app"
export MOSAIC_RELAY_BIN="$CARGO_TARGET_DIR/debug/mosaic-relay" MOSAIC_CLI_BIN="$CARGO_TARGET_DIR/debug/mosaic"
test -x "$MOSAIC_RELAY_BIN" && test -x "$MOSAIC_CLI_BIN"

# A fresh home so the platform app data dir ($XDG_DATA_HOME/org.mosaic.portfolio) is ours alone.
export MOSAIC_E2E_HOME="$(mktemp -d)"
trap 'rm -rf "$MOSAIC_E2E_HOME"' EXIT
export XDG_DATA_HOME="$MOSAIC_E2E_HOME/data" XDG_CONFIG_HOME="$MOSAIC_E2E_HOME/config" XDG_CACHE_HOME="$MOSAIC_E2E_HOME/cache"
export NO_AT_BRIDGE=1 WEBKIT_DISABLE_COMPOSITING_MODE=1 MOSAIC_APP="$app"
export PATH="$HOME/.cargo/bin:$PATH"
export XDG_RUNTIME_DIR="$MOSAIC_E2E_HOME/run"; mkdir -m 700 "$XDG_RUNTIME_DIR"

# Let the test script resolve webdriverio from ui/node_modules.
ln -sfn "$root/ui/node_modules" "$here/node_modules"
cd "$root/ui"
export MOSAIC_E2E_OUT="$root/ui/test-results"; mkdir -p "$MOSAIC_E2E_OUT"
# A desktop session of its own: a session bus with GNOME Keyring on it (its login
# collection created and unlocked by a password on stdin), so the app keeps its store key
# in a real Secret Service, as on a Linux desktop.
exec dbus-run-session -- bash -c '
  printf "e2e login password" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec xvfb-run -a -s "-screen 0 1280x1024x24" node "$1"' bash "$here/app.e2e.mjs"
