#!/usr/bin/env bash
# Installs what Common Ground's build or tests need and is missing, saying
# what it installs. Everything comes from package registries by name.
#   scripts/ensure-tools.sh build   # Rust wasm target, Trunk, wasm-bindgen, npm tools
#   scripts/ensure-tools.sh test    # the above, plus Chromium for the browser tests
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# Trunk and wasm-bindgen are build tools: a quicker compile beats a faster binary.
FAST_INSTALL=(env CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16)

say() { printf '==> %s\n' "$*"; }
fail() { printf 'error: %s\n' "$*" >&2; exit 1; }

# The version of a package in Cargo.lock.
locked_version() {
  awk -v name="$1" '$0 == "name = \"" name "\"" { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock
}

ensure_rust() {
  command -v cargo >/dev/null || fail "cargo is missing: install Rust with rustup first (https://rustup.rs)."
  command -v rustup >/dev/null || fail "rustup is missing: it is needed to add the wasm32 target."
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "Installing the Rust target wasm32-unknown-unknown"
    rustup target add wasm32-unknown-unknown
  fi
  for component in rustfmt clippy; do
    if ! rustup component list --installed | grep -q "^$component"; then
      say "Installing the Rust component $component"
      rustup component add "$component"
    fi
  done
}

ensure_trunk() {
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "Installing trunk $TRUNK_VERSION (about 10 minutes on 2 cores)"
    "${FAST_INSTALL[@]}" cargo install --locked "trunk@$TRUNK_VERSION"
  fi
}

ensure_wasm_bindgen() {
  local version
  version=$(locked_version wasm-bindgen)
  [ -n "$version" ] || fail "wasm-bindgen is not in Cargo.lock."
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $version" ]; then
    say "Installing wasm-bindgen-cli $version, the version in Cargo.lock (about 7 minutes)"
    # Its own lock file can name a yanked crate; then install without it.
    "${FAST_INSTALL[@]}" cargo install --locked "wasm-bindgen-cli@$version" \
      || "${FAST_INSTALL[@]}" cargo install "wasm-bindgen-cli@$version"
  fi
}

ensure_node_modules() {
  command -v npm >/dev/null || fail "npm is missing: install Node.js 20 or newer."
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "Installing wasm-opt (binaryen), Playwright and axe-core from package-lock.json"
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
  fi
}

ensure_chromium() {
  local chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
  [ -x "$chromium" ] && return
  if [ "$(id -u)" -ne 0 ]; then
    fail "Chromium is missing at $chromium. Install Debian's package 'chromium' (sudo apt-get install chromium) or set CHROMIUM_PATH."
  fi
  say "Installing Debian's chromium package for the browser tests"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
}

case "${1:-}" in
  build)
    ensure_rust; ensure_node_modules; ensure_wasm_bindgen; ensure_trunk ;;
  test)
    ensure_rust; ensure_node_modules; ensure_chromium; ensure_wasm_bindgen; ensure_trunk ;;
  *)
    fail "usage: $0 build|test" ;;
esac
