#!/usr/bin/env bash
# Installs what building, running and testing Mosaic needs on a Debian machine.
# Idempotent: skips what is already there.
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# System libraries for the Tauri shell (WebKitGTK), and the tools the tests use:
# Chromium (browser tests), Xvfb + WebKitWebDriver (app end to end), poppler
# (pdftotext/pdffonts for CV tests), ImageMagick + exiftool (media baselines and
# checks), xmllint (Europass XML schema check), zbar-tools (zbarimg decodes the check-in
# QR code in the browser tests), age (backups open with the age CLI), gnome-keyring (a real
# Secret Service for the store key's tests, started on a private session bus), PostgreSQL
# (the relay's shared backend; tests start a throwaway cluster of their own, never the
# system one).
PKGS=(
  build-essential pkg-config curl file
  libwebkit2gtk-4.1-dev libayatana-appindicator3-dev librsvg2-dev libxdo-dev libssl-dev
  chromium xvfb webkit2gtk-driver dbus dbus-x11 at-spi2-core
  poppler-utils imagemagick libimage-exiftool-perl libxml2-utils zbar-tools age gnome-keyring
  postgresql python3 openssl
)
missing=()
for p in "${PKGS[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  $SUDO apt-get update -q
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

command -v cargo >/dev/null || { echo "setup: Rust (cargo) is required: https://rustup.rs" >&2; exit 1; }
command -v node >/dev/null || { echo "setup: Node.js 20+ is required" >&2; exit 1; }
