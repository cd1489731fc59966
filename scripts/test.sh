#!/usr/bin/env bash
# Runs every check Looplab has: formatting, clippy (native and wasm32), the wasm32 build of the core crates,
# unit/integration tests and the spec suite recorded from real node. Ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s ==\n' "$*"; }
fail() { echo "$*" >&2; echo "0 passed, 1 failed"; exit 1; }

step "toolchain"
rustup component add rustfmt clippy >/dev/null 2>&1 || true
if ! rustup target list --installed | grep -q wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown || fail "cannot install the wasm32 target"
fi

# Web tools (Trunk, wasm-bindgen-cli at the Cargo.lock version, npm packages, Debian chromium for the browser
# tests): installed once, then seconds.
bash scripts/web-tools.sh || fail "installing the web tools failed"
export PATH="$PWD/node_modules/.bin:$PATH"   # wasm-opt from npm binaryen

step "cargo fmt --check"
cargo fmt --all -- --check || fail "run 'cargo fmt --all'"

step "clippy (native)"
cargo clippy --workspace --all-targets -- -D warnings || fail "clippy (native) failed"

step "clippy (wasm32: the core crates, the UI and the worker)"
cargo clippy -p looplab-trace -p looplab-runtime -p looplab-share -p looplab-web -p looplab-worker -p looplab-boa-floor \
  --target wasm32-unknown-unknown -- -D warnings || fail "clippy (wasm32) failed"

step "bootstrap JS parses under node (syntax check)"
for f in crates/runtime/src/js/*.js; do node --check "$f" >/dev/null || fail "$f does not parse"; done

step "bootstrap JS modules compared with real node (inspect/format/console, path/url/querystring/os/string_decoder, JSON errors)"
js_passed=0
for check in check.js check-modules.js check-json.js; do
  out="$(node "crates/runtime/src/js/test/$check" 2>&1)" || { echo "$out" | tail -40; fail "$check failed"; }
  line="$(echo "$out" | tail -1)"
  echo "$check: $line"
  js_passed=$((js_passed + $(echo "$line" | awk '{print $1}')))
done

step "cargo test --workspace"
log="$(mktemp)"
cargo test --workspace --no-fail-fast 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
passed=$(grep -Eo 'test result: [a-zA-Z]+\. [0-9]+ passed' "$log" | awk '{s += $4} END {print s + 0}')
failed=$(grep -Eo '[0-9]+ failed' "$log" | awk '{s += $1} END {print s + 0}')
# The failing tests' own output (diffs against node), repeated just above the summary so a CI log's tail shows it.
failures="$(awk '/^failures:$/ {keep = 1} keep {print} /^test result: FAILED/ {keep = 0}' "$log" | head -300)"
rm -f "$log"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi

step "looplab export: speedscope (npm speedscope's schema), Chrome trace and .cpuprofile validity; balanced call spans"
export_out="$(node tests/export/validate.mjs "${CARGO_TARGET_DIR:-target}/debug/looplab" \
  tests/spec/pool-waves-default/main.js tests/spec/stream-lesson-backpressure-copy/main.js \
  tests/spec/uncaught-in-nexttick/main.js tests/spec/blocking-delays-timer/main.js \
  tests/spec/async-await-basic-order/main.js tests/spec/fs-stream-copy-with-pipe/main.js \
  tests/spec/flame-fib/main.js tests/spec/flame-dir-walk/main.js tests/spec/flame-async-chain/main.js \
  tests/export/cases/* static/gallery/*/main.*js 2>&1)"
echo "$export_out" | tail -20
export_line="$(echo "$export_out" | tail -1)"
passed=$((passed + $(echo "$export_line" | awk '{print $1}')))
failed=$((failed + $(echo "$export_line" | awk '{print $3}')))

step "playground: trunk build --release (no LTO), then browser tests in headless Chromium (Playwright)"
web_passed=0
web_failed=0
if trunk build --release; then
  out="$(node web/js/test/embed-encode.test.mjs 2>&1)"; echo "$out" | tail -3
  line="$(echo "$out" | tail -1)"
  web_passed=$((web_passed + $(echo "$line" | awk '{print $1}'))); web_failed=$((web_failed + $(echo "$line" | awk '{print $3}')))
  out="$(node tests/e2e/run.mjs target/web-dist 2>&1)"; echo "$out"
  line="$(echo "$out" | tail -1)"
  if echo "$line" | grep -Eq '^[0-9]+ passed, [0-9]+ failed$'; then
    web_passed=$((web_passed + $(echo "$line" | awk '{print $1}'))); web_failed=$((web_failed + $(echo "$line" | awk '{print $3}')))
  else
    web_failed=$((web_failed + 1))
  fi
  echo "screenshots: target/e2e-artifacts/"
else
  echo "trunk build failed"
  web_failed=$((web_failed + 1))
fi
passed=$((passed + web_passed))
failed=$((failed + web_failed))

if [ -n "$failures" ]; then
  step "failing cargo tests (repeated from above)"
  echo "$failures"
fi
echo
passed=$((passed + js_passed))
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
