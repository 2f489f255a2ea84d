#!/usr/bin/env bash
# Installs what Common Ground's build or tests need and is missing, saying
# what it installs. Everything comes from package registries by name.
#   scripts/ensure-tools.sh build   # Rust wasm target, Trunk, wasm-bindgen, npm tools
#   scripts/ensure-tools.sh test    # the above, plus Chromium, Firefox and WebKit for the browser tests
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# Trunk and wasm-bindgen are build tools: a quicker compile beats a faster
# binary. Trunk's own release profile asks for fat LTO and one codegen unit;
# for the install only, compile without optimisation or LTO instead. Measured
# on 2 cores, both at once: 2.5 minutes when idle (6.5-8.5 when shared with
# another build), against 9.5 one after the other with optimisation.
# `trunk build --release` makes a byte-identical dist/ in the same time (the
# unoptimised wasm-bindgen takes 1-3 s instead of 0.3 s; wasm-opt dominates).
# Unset CARGO_TARGET_DIR: each install needs its own target dir to run at once.
FAST_INSTALL=(env -u CARGO_TARGET_DIR
  CARGO_PROFILE_RELEASE_OPT_LEVEL=0 CARGO_PROFILE_RELEASE_LTO=off
  CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 CARGO_PROFILE_RELEASE_DEBUG=0
  CARGO_PROFILE_RELEASE_INCREMENTAL=false)

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

trunk_missing() {
  [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]
}

# Neither TLS nor Trunk's update check is needed: Trunk.toml pins the tools and
# they are installed here, so Trunk downloads nothing.
install_trunk() {
  "${FAST_INSTALL[@]}" cargo install --locked --no-default-features "trunk@$TRUNK_VERSION"
}

wasm_bindgen_missing() {
  [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $1" ]
}

# Only the wasm-bindgen binary; its TLS (for the test runner) is not needed.
install_wasm_bindgen() {
  local args=(--no-default-features --bin wasm-bindgen "wasm-bindgen-cli@$1")
  # Its own lock file can name a yanked crate; then install without it.
  "${FAST_INSTALL[@]}" cargo install --locked "${args[@]}" \
    || "${FAST_INSTALL[@]}" cargo install "${args[@]}"
}

# Runs "$@" in the background in its own process group, each output line
# prefixed with [name]. stop_jobs ends any still running when this script
# exits early (a failure, Ctrl-C).
job_pids=()
job_names=()
start_job() {
  local name=$1
  shift
  set -m
  ("$@" 2>&1 | sed -u "s/^/[$name] /") &
  set +m
  job_pids+=("$!")
  job_names+=("$name")
}
stop_jobs() {
  local pid
  for pid in "${job_pids[@]}"; do
    kill -- "-$pid" 2>/dev/null || true
  done
}
trap stop_jobs EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Trunk and wasm-bindgen-cli compile from crates.io, both at once when both
# are missing (each build has long stretches on one core, so together they
# finish sooner than one after the other), while npm and apt do their part.
start_rust_tools() {
  wb_version=$(locked_version wasm-bindgen)
  [ -n "$wb_version" ] || fail "wasm-bindgen is not in Cargo.lock."
  if wasm_bindgen_missing "$wb_version"; then
    say "Compiling wasm-bindgen-cli $wb_version (the version in Cargo.lock) in the background"
    start_job wasm-bindgen-cli install_wasm_bindgen "$wb_version"
  fi
  if trunk_missing; then
    say "Compiling trunk $TRUNK_VERSION in the background"
    start_job trunk install_trunk
  fi
  if [ "${#job_pids[@]}" -gt 0 ]; then
    say "(a few minutes on 2 cores for both; their output is marked [trunk] and [wasm-bindgen-cli])"
  fi
}

finish_rust_tools() {
  local i failed=()
  for i in "${!job_pids[@]}"; do
    wait "${job_pids[$i]}" || failed+=("${job_names[$i]}")
  done
  job_pids=()
  [ "${#failed[@]}" -eq 0 ] \
    || fail "cargo install failed for ${failed[*]}: see the lines marked [${failed[0]}] above."
  if [ "${#job_names[@]}" -gt 0 ]; then
    trunk_missing && fail "trunk $TRUNK_VERSION was installed but is not the trunk on PATH ($(command -v trunk || echo none))."
    wasm_bindgen_missing "$wb_version" \
      && fail "wasm-bindgen $wb_version was installed but is not the wasm-bindgen on PATH ($(command -v wasm-bindgen || echo none))."
    say "Installed ${job_names[*]}"
  fi
  return 0
}

ensure_node_modules() {
  command -v npm >/dev/null || fail "npm is missing: install Node.js 20 or newer."
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "Installing wasm-opt (binaryen), workbox-build, Playwright, axe-core, puppeteer-core and selenium-webdriver from package-lock.json"
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
  fi
}

# The browsers the tests drive, from Debian's packages: Chromium (Playwright),
# Firefox ESR (puppeteer-core) and WebKitGTK's MiniBrowser with its WebDriver
# (selenium-webdriver), on a virtual display from xvfb-run (which needs xauth).
ensure_browsers() {
  local chromium=() missing=()
  [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ] || chromium=(chromium)
  [ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ] || missing+=(firefox-esr)
  { command -v WebKitWebDriver >/dev/null \
    && [ -x "${MINIBROWSER_PATH:-/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser}" ]; } \
    || missing+=(webkit2gtk-driver)
  command -v xvfb-run >/dev/null || missing+=(xvfb)
  command -v xauth >/dev/null || missing+=(xauth)
  local packages=("${chromium[@]}" "${missing[@]}")
  [ "${#packages[@]}" -eq 0 ] && return
  if [ "$(id -u)" -ne 0 ]; then
    fail "Browsers for the tests are missing. Install Debian's packages: sudo apt-get install ${packages[*]}"
  fi
  say "Installing Debian's ${packages[*]} for the browser tests (Chromium, Firefox and WebKit)"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  if [ "${#chromium[@]}" -gt 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
  if [ "${#missing[@]}" -gt 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
}

case "${1:-}" in
  build)
    ensure_rust; start_rust_tools; ensure_node_modules; finish_rust_tools ;;
  test)
    ensure_rust; start_rust_tools; ensure_node_modules; ensure_browsers; finish_rust_tools ;;
  *)
    fail "usage: $0 build|test" ;;
esac
