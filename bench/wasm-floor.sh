#!/usr/bin/env bash
# Builds bench/boa-floor (plain Boa with the worker's features, one wasm-bindgen export, nothing of Looplab) the
# way Trunk builds the engine worker: `--profile web` (opt-level "z", fat LTO), wasm-bindgen, wasm-opt -Oz. Writes
# target/wasm-floor/boa_floor_bg.wasm, which `node bench/web.mjs` reports next to the playground's wasm.
# Usage: bash bench/wasm-floor.sh   (a few minutes on 2 cores; shares target/ with the playground build)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"   # wasm-opt from npm binaryen, as scripts/start.sh does
cargo build -p looplab-boa-floor --target wasm32-unknown-unknown --profile web
out=target/wasm-floor
rm -rf "$out" && mkdir -p "$out"
wasm-bindgen --target no-modules --out-dir "$out" target/wasm32-unknown-unknown/web/looplab_boa_floor.wasm
wasm-opt -Oz --strip-debug --strip-producers --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$out/looplab_boa_floor_bg.wasm" -o "$out/boa_floor_bg.wasm"
rm -f "$out"/looplab_boa_floor*
node -e "
const b = require('fs').readFileSync('$out/boa_floor_bg.wasm'), z = require('zlib');
const br = z.brotliCompressSync(b, { params: { [z.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
console.log('plain Boa (bench/boa-floor): ' + (b.length / 1e6).toFixed(2) + ' MB raw, ' + (br / 1e6).toFixed(2) + ' MB brotli');"
