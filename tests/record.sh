#!/usr/bin/env bash
# Records the expected output of the spec scenarios (tests/spec/<name>/main.js) from real Node 20.
#
# Usage: tests/record.sh [scenario-name-or-dir ...]
#   With no arguments every directory under tests/spec/ that has a main.js is recorded.
#
# For each scenario, `node main.js` is run with cwd = the scenario dir, TZ=UTC, a minimal
# environment and stdin from the scenario's stdin.txt (else /dev/null), RUNS (default 3) times. If stdout or the exit code differ between
# runs the scenario is reported as nondeterministic and its files are NOT written (exit status
# non-zero). Otherwise these files are written next to main.js:
#   expected.stdout  - stdout, byte for byte
#   expected.stderr  - stderr, with the absolute scenario dir replaced by `<dir>` and the
#                      `Node.js v20.x.y` footer replaced by `Node.js v20`
#   expected.code    - the exit code as text followed by a newline
set -u

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SPEC_DIR="$ROOT/spec"
RUNS="${RUNS:-3}"
NODE="${NODE:-node}"
RUN_TIMEOUT="${RUN_TIMEOUT:-60}"

if ! command -v "$NODE" >/dev/null 2>&1; then
  echo "record.sh: error: '$NODE' not found" >&2
  exit 2
fi
NODE_BIN="$(command -v "$NODE")"
NODE_VERSION="$("$NODE_BIN" --version)"
case "$NODE_VERSION" in
  v20.*) ;;
  *) echo "record.sh: error: expected Node 20, found $NODE_VERSION" >&2; exit 2 ;;
esac

# Collect the scenario directories.
dirs=()
if [ "$#" -eq 0 ]; then
  for d in "$SPEC_DIR"/*/; do
    [ -f "$d/main.js" ] && dirs+=("${d%/}")
  done
else
  for a in "$@"; do
    if [ -d "$a" ]; then d="$(cd "$a" && pwd)"
    elif [ -d "$SPEC_DIR/$a" ]; then d="$SPEC_DIR/$a"
    else echo "record.sh: error: no such scenario: $a" >&2; exit 2
    fi
    if [ ! -f "$d/main.js" ]; then
      echo "record.sh: error: $d has no main.js" >&2; exit 2
    fi
    dirs+=("$d")
  done
fi
if [ "${#dirs[@]}" -eq 0 ]; then
  echo "record.sh: error: no scenarios found under $SPEC_DIR" >&2
  exit 2
fi

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# Replace the scenario dir (logical and physical spelling) by <dir> and the version footer.
normalize_stderr() { # $1 = dir, $2 = physical dir, stdin -> stdout
  D1="$1" D2="$2" perl -pe '
    s/\Q$ENV{D1}\E/<dir>/g;
    s/\Q$ENV{D2}\E/<dir>/g if length $ENV{D2};
    s/^Node\.js v20(?:\.\d+)*(\s*)$/Node.js v20$1/;
  '
}

ok=0
bad=0
failed=()
for dir in "${dirs[@]}"; do
  name="$(basename "$dir")"
  phys="$(cd "$dir" && pwd -P)"
  consistent=1
  reason=""
  # stdin: the scenario's stdin.txt when it has one (a file, as node sees it), else /dev/null.
  stdin_file=/dev/null
  [ -f "$phys/stdin.txt" ] && stdin_file="$phys/stdin.txt"
  for i in $(seq 1 "$RUNS"); do
    (
      cd "$dir" || exit 125
      exec env -i PATH="$PATH" HOME="${HOME:-/tmp}" TZ=UTC \
        timeout "$RUN_TIMEOUT" "$NODE_BIN" main.js <"$stdin_file" \
        >"$TMP/out.$i" 2>"$TMP/err.$i"
    )
    echo "$?" >"$TMP/code.$i"
    if [ "$i" -gt 1 ]; then
      if ! cmp -s "$TMP/out.1" "$TMP/out.$i"; then
        consistent=0; reason="stdout differs between run 1 and run $i"
        diff "$TMP/out.1" "$TMP/out.$i" | head -20 >"$TMP/diff"
        break
      fi
      if ! cmp -s "$TMP/code.1" "$TMP/code.$i"; then
        consistent=0
        reason="exit code differs between runs ($(cat "$TMP/code.1") vs $(cat "$TMP/code.$i"))"
        : >"$TMP/diff"
        break
      fi
    fi
  done
  code="$(cat "$TMP/code.1")"
  if [ "$code" = 124 ]; then
    consistent=0; reason="timed out after ${RUN_TIMEOUT}s"; : >"$TMP/diff"
  fi
  if [ "$consistent" -ne 1 ]; then
    echo "ERROR  $name: nondeterministic: $reason" >&2
    sed 's/^/         /' "$TMP/diff" >&2
    bad=$((bad + 1))
    failed+=("$name")
    continue
  fi
  cp "$TMP/out.1" "$dir/expected.stdout"
  normalize_stderr "$dir" "$phys" <"$TMP/err.1" >"$dir/expected.stderr"
  cp "$TMP/code.1" "$dir/expected.code"
  # stderr is not required to be stable, but tell the author when it is not.
  for i in $(seq 2 "$RUNS"); do
    if ! normalize_stderr "$dir" "$phys" <"$TMP/err.$i" | cmp -s - "$dir/expected.stderr"; then
      echo "WARN   $name: normalized stderr differs between runs" >&2
      break
    fi
  done
  printf 'ok     %-45s exit=%s stdout=%sB stderr=%sB\n' "$name" "$code" \
    "$(wc -c <"$dir/expected.stdout" | tr -d ' ')" "$(wc -c <"$dir/expected.stderr" | tr -d ' ')"
  ok=$((ok + 1))
done

echo
echo "recorded $ok of ${#dirs[@]} scenario(s) with $NODE_VERSION ($RUNS runs each)"
if [ "$bad" -ne 0 ]; then
  echo "record.sh: error: $bad nondeterministic scenario(s) not recorded: ${failed[*]}" >&2
  exit 1
fi
