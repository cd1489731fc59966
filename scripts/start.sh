#!/usr/bin/env bash
# Installs what is missing, builds the `looplab` CLI (release) and runs the bundled example scenario,
# printing its output (as `node` would) and then its event-loop timeline.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v cargo >/dev/null || { echo "cargo is required (rustup.rs)"; exit 1; }
if ! rustup target list --installed 2>/dev/null | grep -q wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi
# Build-time JS dependencies (buffer, esbuild) from the npm registry; build.rs bundles them.
if [ ! -d node_modules/esbuild ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund || { echo "npm ci failed"; exit 1; }
fi
echo "== building looplab (release; the first build compiles Boa and takes a few minutes) =="
cargo build --release -p looplab-cli
example="static/examples/event-loop-tour.js"
echo
echo "== looplab run $example =="
./target/release/looplab run "$example" || true
echo
echo "== looplab trace $example =="
./target/release/looplab trace "$example"
echo
echo "Try your own: ./target/release/looplab run FILE.js   |   ./target/release/looplab trace FILE.js [--json]"
