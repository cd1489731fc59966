#!/usr/bin/env bash
# Benchmarks looplab against node and plain Boa: builds release binaries, times each bench/*.js workload (median of BENCH_RUNS), checks checksums, writes BENCHMARKS.md.
#
# Usage: bash bench/run.sh            (BENCH_RUNS=7 by default; BENCH_TIMEOUT=120 seconds per run)
# Not part of any test command: it takes a few minutes and its numbers depend on the machine.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

RUNS="${BENCH_RUNS:-7}"
TIMEOUT_S="${BENCH_TIMEOUT:-120}"
OUT_MD="$ROOT/BENCHMARKS.md"
WEB_BLOCK="$(sed -n '/<!-- web:start -->/,/<!-- web:end -->/p' "$OUT_MD" 2>/dev/null || true)"
NET_BLOCK="$(sed -n '/<!-- net:start -->/,/<!-- net:end -->/p' "$OUT_MD" 2>/dev/null || true)"
# The hand-written reading of the playground figures, likewise kept.
WEB_NOTES="$(sed -n '/<!-- web-notes:start -->/,/<!-- web-notes:end -->/p' "$OUT_MD" 2>/dev/null || true)"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
LOOPLAB="$TARGET_DIR/release/looplab"
PLAIN_BOA="$TARGET_DIR/release/examples/plain_boa"
WORKLOADS=(startup fib promises nextticks timers immediates streams text build)
# Recording overhead: the same workloads with the full trace (call spans included) recorded.
RECORDED=(startup fib nextticks streams)

if ! [[ "$RUNS" =~ ^[1-9][0-9]*$ ]]; then
  echo "BENCH_RUNS must be a positive integer (got '$RUNS')" >&2
  exit 2
fi
command -v node >/dev/null || { echo "node is not installed" >&2; exit 2; }

echo "building looplab and the plain_boa example (release)..." >&2
nice cargo build --release -p looplab-cli --bin looplab --example plain_boa >&2

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# Wall-clock now in microseconds (bash 5's EPOCHREALTIME avoids a fork; date +%s%N otherwise).
now_us() {
  if [[ -n "${EPOCHREALTIME:-}" ]]; then
    local t="${EPOCHREALTIME/[.,]/}"
    echo "$((10#$t))"
  else
    echo "$(($(date +%s%N) / 1000))"
  fi
}

# measure NAME CMD...  -> sets RESULT_MS (median, or a failure text), RESULT_LINE (last stdout line), RESULT_OK (1/0)
measure() {
  local name="$1"; shift
  local out="$TMP/$name.out" err="$TMP/$name.err" times="$TMP/$name.times"
  : >"$times"
  RESULT_OK=1
  # Warm-up run (untimed): fills the page cache and gives the reference checksum line.
  local rc=0
  timeout "$TIMEOUT_S" "$@" >"$out" 2>"$err" || rc=$?
  if ((rc != 0)); then
    RESULT_OK=0
    if ((rc == 124)); then RESULT_MS="timeout (>${TIMEOUT_S} s)"; else RESULT_MS="failed (exit $rc)"; fi
    RESULT_LINE="$(tail -n 1 "$out" 2>/dev/null || true)"
    echo "  $name: $RESULT_MS; stderr tail:" >&2
    tail -n 5 "$err" | sed 's/^/    /' >&2
    return 0
  fi
  RESULT_LINE="$(tail -n 1 "$out")"
  local i start end line
  for ((i = 0; i < RUNS; i++)); do
    start="$(now_us)"
    rc=0
    timeout "$TIMEOUT_S" "$@" >"$out" 2>"$err" || rc=$?
    end="$(now_us)"
    if ((rc != 0)); then
      RESULT_OK=0
      if ((rc == 124)); then RESULT_MS="timeout (>${TIMEOUT_S} s)"; else RESULT_MS="failed (exit $rc)"; fi
      echo "  $name: timed run $((i + 1)) $RESULT_MS" >&2
      return 0
    fi
    line="$(tail -n 1 "$out")"
    if [[ "$line" != "$RESULT_LINE" ]]; then
      RESULT_OK=0
      RESULT_MS="unstable output"
      echo "  $name: run $((i + 1)) printed '$line', warm-up printed '$RESULT_LINE'" >&2
      return 0
    fi
    echo "$((end - start))" >>"$times"
  done
  # Median in ms with one decimal (mean of the two middle values for an even count).
  RESULT_MS="$(sort -n "$times" | awk '{ v[NR] = $1 } END {
    if (NR % 2) m = v[(NR + 1) / 2]; else m = (v[NR / 2] + v[NR / 2 + 1]) / 2;
    printf "%.1f", m / 1000 }')"
  echo "  $name: median ${RESULT_MS} ms over $RUNS runs; all times (us): $(sort -n "$times" | tr '\n' ' ')" >&2
}

ratio() { # ratio A B -> "A/B" formatted as 1.23x, or n/a if either is not a number
  if [[ "$1" =~ ^[0-9.]+$ && "$2" =~ ^[0-9.]+$ ]]; then
    awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f×", a / b; else print "n/a" }'
  else
    echo "n/a"
  fi
}

LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
ROWS=()
NOTES=()
FAILURES=0
WORST_NAME=""
WORST_RATIO=0

for w in "${WORKLOADS[@]}"; do
  echo "workload $w:" >&2
  script="bench/$w.js"
  plain_script="$script"
  mark=""
  if [[ -f "bench/plain/$w.js" ]]; then
    plain_script="bench/plain/$w.js"
    mark=" †"
  fi

  measure "$w-node" node "$script"
  node_ms="$RESULT_MS" node_line="$RESULT_LINE" node_ok="$RESULT_OK"
  measure "$w-looplab" "$LOOPLAB" run "$script"
  ll_ms="$RESULT_MS" ll_line="$RESULT_LINE" ll_ok="$RESULT_OK"
  measure "$w-plain" "$PLAIN_BOA" "$plain_script"
  pb_ms="$RESULT_MS" pb_line="$RESULT_LINE" pb_ok="$RESULT_OK"

  check="same"
  if ((node_ok && ll_ok)); then
    if [[ "$node_line" != "$ll_line" ]]; then
      check="MISMATCH"
      FAILURES=$((FAILURES + 1))
      NOTES+=("- **$w: checksum mismatch.** node printed \`$node_line\`, looplab printed \`$ll_line\`.")
      echo "  CHECKSUM MISMATCH: node '$node_line' vs looplab '$ll_line'" >&2
    fi
  else
    check="n/a"
  fi
  ((node_ok)) || { FAILURES=$((FAILURES + 1)); NOTES+=("- **$w: node $node_ms.**"); }
  ((ll_ok)) || { FAILURES=$((FAILURES + 1)); NOTES+=("- **$w: looplab $ll_ms** (\`timeout ${TIMEOUT_S}\` per run; the workload was not shrunk).") ; }
  if ((pb_ok)); then
    if [[ "$pb_line" != "$node_line" ]]; then
      NOTES+=("- $w: plain Boa printed \`$pb_line\` (node: \`$node_line\`).")
    fi
  else
    NOTES+=("- **$w: plain Boa $pb_ms.**")
  fi

  r_node="$(ratio "$ll_ms" "$node_ms")"
  r_plain="$(ratio "$ll_ms" "$pb_ms")"
  if [[ "$r_node" != "n/a" ]]; then
    rn="${r_node%×}"
    if awk -v a="$rn" -v b="$WORST_RATIO" 'BEGIN { exit !(a > b) }'; then WORST_RATIO="$rn"; WORST_NAME="$w"; fi
  fi
  [[ -n "$mark" && "$r_plain" != "n/a" ]] && r_plain="$r_plain$mark"
  pb_cell="$pb_ms"
  [[ "$pb_ok" == 1 ]] && pb_cell="$pb_ms$mark"
  ROWS+=("| \`$w\` | $node_ms | $ll_ms | $pb_cell | $r_node | $r_plain | $check \`${node_line:-(no output)}\` |")
done
REC_ROWS=()
for w in "${RECORDED[@]}"; do
  echo "recording $w:" >&2
  measure "$w-off" "$LOOPLAB" run "bench/$w.js"
  off_ms="$RESULT_MS"
  measure "$w-on" "$LOOPLAB" trace "bench/$w.js" --stats
  on_ms="$RESULT_MS" on_line="$RESULT_LINE"
  plain_script="bench/$w.js"; mark=""
  if [[ -f "bench/plain/$w.js" ]]; then plain_script="bench/plain/$w.js"; mark=" †"; fi
  measure "$w-plain2" "$PLAIN_BOA" "$plain_script"
  pb_ms="$RESULT_MS"
  REC_ROWS+=("| \`$w\` | $pb_ms$mark | $off_ms | $on_ms | $(ratio "$on_ms" "$off_ms") | $(ratio "$off_ms" "$pb_ms")$mark | $on_line |")
done
LOAD_AFTER="$(cut -d' ' -f1-3 /proc/loadavg)"

CPU="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//' || true)"
[[ -n "$CPU" ]] || CPU="unknown"
MEM="$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || echo unknown)"
COMMIT="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [[ -n "$(git status --porcelain 2>/dev/null)" ]]; then COMMIT="$COMMIT (with uncommitted changes)"; fi

{
  echo "# Benchmarks"
  echo
  echo "Wall-clock time of whole processes (start to exit) for small event-loop workloads, comparing"
  echo "\`node\`, \`looplab run\` (release build) and *plain Boa* (the same Boa 0.22 engine with its default"
  echo "\`SimpleJobExecutor\` and a minimal \`console.log\`, no Node.js host: \`crates/cli/examples/plain_boa.rs\`)."
  echo "Each cell is the **median of $RUNS runs** after one untimed warm-up run. Lower is better;"
  echo "\`looplab/node\` = 3.00× means looplab took three times as long as node."
  echo
  echo "Reproduce: \`bash bench/run.sh\` (set \`BENCH_RUNS\` to change the number of runs, default 7)."
  echo "This file is generated by that script; it is not part of any test command."
  echo
  echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- Machine: $(nproc) cores, $CPU, $MEM RAM, $(uname -sr)"
  echo "- Load average (1/5/15 min) before: $LOAD_BEFORE; after: $LOAD_AFTER"
  echo "- node $(node --version); $(rustc --version 2>/dev/null || echo 'rustc unknown'); looplab at commit $COMMIT"
  echo "- Runs per cell: $RUNS; per-run cap: \`timeout $TIMEOUT_S\`"
  echo
  echo "| workload | node ms | looplab ms | plain Boa ms | looplab/node | looplab/plain Boa | checksum (node vs looplab) |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | --- |"
  printf '%s\n' "${ROWS[@]}"
  echo
  echo "† plain Boa ran an **equivalent**, not the same script (\`bench/plain/<workload>.js\`): Boa alone has no"
  echo "\`process.nextTick\`, \`setTimeout\` or \`setImmediate\`, so those callbacks are queued as microtasks"
  echo "(\`.then\` on one already-resolved promise, the nearest thing to \`queueMicrotask\`) and drained by \`context.run_jobs()\`. They print the same"
  echo "checksum line as node, but measure only the engine + microtask queue: no timer heap, no clock, no loop phases."
  echo "For \`timers\` the delays are ignored entirely, so that ratio says the least. \`startup\` and \`promises\` run the"
  echo "very same file on all three. No row is n/a: \"n/a\" in a cell means that runtime failed or timed out."
  echo
  echo "## Recording overhead (call spans on vs off vs plain Boa)"
  echo
  echo "\`looplab run\` records nothing: user functions are instrumented only with a call counter (each call costs"
  echo "100 ns of virtual time). \`looplab trace FILE --stats\` records the whole trace, including an enter/exit span"
  echo "for every user function call, and prints only its size. Target: on/off at most 1.5×."
  echo "A traced run also instruments the runtime's own scripts once per process (spans marked \`runtime\`): the"
  echo "\`startup\` row is that fixed cost; the browser worker and the test suite pay it once per process, the CLI per run."
  echo
  echo "| workload | plain Boa ms | looplab off ms | looplab on ms | on/off | off/plain Boa | trace size |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | --- |"
  printf '%s\n' "${REC_ROWS[@]}"
  echo
  echo "## Workloads"
  echo
  echo "| file | what it does |"
  echo "| --- | --- |"
  for w in "${WORKLOADS[@]}"; do
    # The file's leading // comment lines, joined into one cell.
    desc="$(awk '/^\/\// { sub(/^\/\/ */, ""); printf "%s%s", (NR > 1 ? " " : ""), $0; next } { exit }' "bench/$w.js")"
    echo "| \`bench/$w.js\` | $desc |"
  done
  echo
  echo "## Notes from this run"
  echo
  if [[ -n "$WORST_NAME" ]]; then
    echo "- Slowest relative to node: \`$WORST_NAME\` (${WORST_RATIO}×)."
  fi
  if ((${#NOTES[@]})); then
    printf '%s\n' "${NOTES[@]}"
  else
    echo "- All runs succeeded and every node/looplab checksum line matched."
  fi
  echo "- looplab runs timers on a virtual clock (\`crates/runtime/src/clock.rs\`): it never sleeps for a delay, while node"
  echo "  really waits (the longest delay in \`timers\` is 9 ms), so looplab's \`timers\` time is pure CPU."
  echo "- Where the time goes (a one-off \`perf record\` of \`promises\`, not redone by this script): in both looplab and"
  echo "  plain Boa the top entries are Boa's garbage collector (\`boa_gc::Collector::mark_heap\`, \`collect\`) and malloc/free,"
  echo "  with tens of thousands of pending promises and closures alive; that cost is the engine's, which is why looplab and"
  echo "  plain Boa are close on \`promises\`. The plain-Boa \`nextticks\` equivalent allocates a promise reaction and a closure"
  echo "  per tick, whereas looplab's \`process.nextTick\` queue is its own, so there looplab can beat plain Boa."
  echo "- \`text\` and \`build\` are where looplab beats plain Boa. In \`text\`, Boa 0.22's \`indexOf\` from an index, string \`split\`/\`replaceAll\`"
  echo "  and regex matching over a long Latin1 string cost time proportional to the whole string per step; looplab's"
  echo "  stand-ins (\`crates/runtime/src/engine/string_search.rs\`, \`regexp_split.js\`) do not. Plain Boa's \`localeCompare\`"
  echo "  compares code points, hence its different sort (the checksum column compares node with looplab only)."
  echo "- In \`build\`, Boa 0.22 copies the whole string for every \`+\`, so building a string by appends is quadratic; looplab's"
  echo "  instrumented appends (\`crates/runtime/src/instrument/appends.rs\`) go through \`engine/string_append.rs\`, which appends"
  echo "  in place into a buffer with spare room."
  echo "- Times are whole-process wall clock, so they include process start-up (see the \`startup\` row)."
  echo "- The machine has $(nproc) cores; anything else running (e.g. a cargo build) adds noise — compare the load averages above."
  # The playground's figures are written by bench/web.mjs between these markers; keep them.
  if [[ -n "$WEB_BLOCK" ]]; then
    echo
    echo "$WEB_BLOCK"
  fi
  if [[ -n "$WEB_NOTES" ]]; then
    echo
    echo "$WEB_NOTES"
  fi
  # bench/net.sh's virtual load test, likewise.
  if [[ -n "$NET_BLOCK" ]]; then
    echo
    echo "$NET_BLOCK"
  fi
} >"$OUT_MD.tmp"
mv "$OUT_MD.tmp" "$OUT_MD"

cat "$OUT_MD"
if ((FAILURES)); then
  echo "$FAILURES failure(s)/mismatch(es); see BENCHMARKS.md" >&2
  exit 1
fi
