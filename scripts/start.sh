#!/usr/bin/env bash
# Installs what is missing (wasm target, Trunk, wasm-bindgen-cli, npm packages), builds the playground and serves
# it on http://127.0.0.1:${PORT:-8080}/ (printed below). Ctrl+C stops the server.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v cargo >/dev/null || { echo "cargo is required (https://rustup.rs)"; exit 1; }
command -v node >/dev/null || { echo "node (20+) is required"; exit 1; }
bash scripts/web-tools.sh --no-browser
export PATH="$PWD/node_modules/.bin:$PATH"   # wasm-opt from npm binaryen (Debian's is too old)
echo "== building the playground (release; the first build compiles Boa for wasm and takes a few minutes) =="
trunk build --release
port="${PORT:-8080}"
echo
echo "Looplab playground: http://127.0.0.1:$port/"
echo "  gallery:           http://127.0.0.1:$port/#example/sync-micro-timer"
echo "  embed sample page: http://127.0.0.1:$port/course.html"
echo "  CLI:               cargo run --release -p looplab-cli -- run FILE.js"
exec node tests/e2e/serve.mjs target/web-dist "$port"
