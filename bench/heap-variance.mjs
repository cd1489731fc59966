//! How far the native CLI's heap samples move from process to process: runs the Map-churning script of
//! `crates/cli/tests/determinism.rs` N times (each from a folder of a random name, as the test does) and prints,
//! per run, the largest distance of any heap sample from that sample's median, bucketed by 4 KiB. The test's
//! `HEAP_SLACK` is set from this. Usage: `node bench/heap-variance.mjs [RUNS] [BINARY]` (default 400,
//! target/release/looplab; build it first with `cargo build --release -p looplab-cli`; run from the repository root).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const runs = Number(process.argv[2] ?? 400);
const bin = resolve(process.argv[3] ?? 'target/release/looplab');
// The test's own script (its MAP_CHURN constant), so the two cannot drift apart.
const test = readFileSync(resolve('crates/cli/tests/determinism.rs'), 'utf8');
const churn = /const MAP_CHURN: &str = r#"([\s\S]*?)"#;/.exec(test)?.[1];
if (!churn) throw new Error('MAP_CHURN not found in crates/cli/tests/determinism.rs');
const samples = [];
for (let i = 0; i < runs; i++) {
  const dir = join(tmpdir(), `looplab-map-churn-${Math.floor(Math.random() * 4e6)}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'churn.js'), churn);
  const out = execFileSync(bin, ['trace', join(dir, 'churn.js'), '--json'], { cwd: dir, maxBuffer: 1 << 28 });
  rmSync(dir, { recursive: true, force: true });
  samples.push(JSON.parse(out).filter((e) => 'heap_bytes' in e).map((e) => e.heap_bytes));
}
const median = samples[0].map((_, i) => samples.map((s) => s[i]).sort((a, b) => a - b)[runs >> 1]);
const buckets = new Map();
let worst = 0;
for (const s of samples) {
  const d = Math.max(...s.map((v, i) => Math.abs(v - median[i])));
  worst = Math.max(worst, d);
  const kib = Math.floor(d / 4096) * 4;
  buckets.set(kib, (buckets.get(kib) ?? 0) + 1);
}
console.log(`${runs} runs; largest distance from the median: ${worst} bytes`);
for (const [kib, n] of [...buckets].sort((a, b) => a[0] - b[0])) console.log(`  ${kib} KiB: ${n} runs`);
