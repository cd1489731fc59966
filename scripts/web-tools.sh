#!/usr/bin/env bash
# Installs the tools the web playground needs, idempotently and only from registries (rustup, crates.io, npm, Debian):
# the wasm32 target, Trunk 0.22.1, wasm-bindgen-cli at the Cargo.lock version, npm packages (binaryen's wasm-opt,
# playwright-core, CodeMirror), and Debian's chromium + chromium-driver + brotli for the browser tests and size figures.
# Usage: scripts/web-tools.sh [--no-browser]
set -euo pipefail
cd "$(dirname "$0")/.."
want_browser=1
[ "${1:-}" = "--no-browser" ] && want_browser=0

say() { printf '[web-tools] %s\n' "$*"; }

if ! rustup target list --installed 2>/dev/null | grep -q wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ ! -d node_modules/esbuild ] || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/binaryen ] \
  || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "npm ci"
  npm ci --no-audit --no-fund
fi

trunk_version="0.22.1"
if ! trunk --version 2>/dev/null | grep -q " $trunk_version"; then
  say "installing trunk $trunk_version from crates.io (about 6 minutes on 2 cores)"
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install trunk --version "$trunk_version" --locked --ignore-rust-version
fi

wb_version="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)"
if ! wasm-bindgen --version 2>/dev/null | grep -q " $wb_version"; then
  say "installing wasm-bindgen-cli $wb_version (the Cargo.lock version; about 6 minutes on 2 cores)"
  # Not --locked: one locked dependency of the CLI is missing from the reachable index.
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install wasm-bindgen-cli --version "$wb_version"
fi

if [ "$want_browser" = 1 ]; then
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || ! command -v brotli >/dev/null; then
    say "installing chromium, chromium-driver and brotli from Debian"
    sudo_cmd=""
    [ "$(id -u)" != 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium chromium-driver brotli >/dev/null
  fi
fi
say "ready: $(trunk --version), $(wasm-bindgen --version)"
