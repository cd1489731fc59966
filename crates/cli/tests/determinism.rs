//! Determinism of the real `looplab` binary: one scenario mixing every queue (timers, immediates, nextTick,
//! promises, the thread pool, fs, streams with backpressure, zlib, a caught throw, memory samples) traced by 50
//! separate processes gives 50 identical traces; so do three runs of each gallery lesson. Heap figures are compared
//! within [`HEAP_SLACK`]: a native process's allocation count moves with Boa's per-process hash seed (a
//! Map-churning script shows it).

use std::path::{Path, PathBuf};
use std::process::Command;

const MIXED: &str = r#"
const fs = require('fs');
const crypto = require('crypto');
const zlib = require('zlib');
const { Readable, Writable, pipeline } = require('stream');
setTimeout(() => console.log('timeout 0'), 0);
setTimeout(() => console.log('timeout 5'), 5);
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('micro'));
queueMicrotask(() => { try { null.x; } catch (e) { console.log('caught', e.constructor.name); } });
for (let i = 0; i < 5; i++) crypto.pbkdf2('pw', 'salt', 2000 + i * 500, 8, 'sha256', (e, k) => console.log('pbkdf2', i, k.toString('hex')));
fs.writeFile('/tmp/a.txt', 'x'.repeat(70000), () => {
  fs.readFile('/tmp/a.txt', 'utf8', (e, t) => {
    console.log('read', t.length, Math.random().toFixed(6));
    zlib.gzip(t, (e2, z) => console.log('gzip', z.length));
  });
});
let n = 0;
const src = new Readable({ read() { this.push(n < 40 ? Buffer.alloc(1024, n++) : null); } });
const slow = new Writable({ highWaterMark: 4096, write(chunk, enc, cb) { setTimeout(cb, 1); } });
pipeline(src, slow, (err) => console.log('pipeline', err ? err.message : 'ok', n, process.memoryUsage().heapUsed > 0));
console.log('sync end', Date.now() >= 0);
"#;

/// `looplab trace FILE --json`, run in FILE's directory.
fn trace_output(file: &Path) -> std::process::Output {
    match Command::new(env!("CARGO_BIN_EXE_looplab"))
        .args(["trace", &file.to_string_lossy(), "--json"])
        .current_dir(file.parent().unwrap_or(Path::new(".")))
        .output()
    {
        Ok(o) => o,
        Err(e) => panic!("cannot run looplab: {e}"),
    }
}

fn trace(file: &Path) -> Vec<u8> {
    let out = trace_output(file);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// Writes `source` as `name` in a folder of its own under the temp dir (`looplab` loads the script's whole folder).
fn script(folder: &str, name: &str, source: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("{folder}-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let file = dir.join(name);
    if let Err(e) = std::fs::write(&file, source) {
        panic!("cannot write {}: {e}", file.display());
    }
    file
}

#[test]
fn fifty_processes_give_one_trace() {
    let file = script("looplab-determinism", "mixed.js", MIXED);
    let first = trace(&file);
    let text = String::from_utf8_lossy(&first);
    for kind in [
        "memorySample",
        "pbkdf2",
        "gzip",
        "pipeline ok 40",
        "caught TypeError",
    ] {
        assert!(text.contains(kind), "the trace should show {kind}");
    }
    for run in 2..=50 {
        assert_same_but_heap(&first, &trace(&file), &format!("run {run}"));
    }
}

/// A trace with every heap figure set aside, and those figures in order.
fn split_heap(raw: &[u8]) -> (Vec<u8>, Vec<u64>) {
    let mut events: Vec<serde_json::Value> = match serde_json::from_slice(raw) {
        Ok(v) => v,
        Err(e) => panic!("trace is not a JSON array: {e}"),
    };
    let mut heap = Vec::new();
    for ev in &mut events {
        if let Some(obj) = ev.as_object_mut() {
            if let Some(h) = obj.remove("heap_bytes") {
                heap.push(h.as_u64().unwrap_or(0));
            }
        }
    }
    (serde_json::to_vec(&events).unwrap_or_default(), heap)
}

/// How far two native processes' heap samples may part. Boa's Map/Set tables are std-hashed with a per-process
/// seed, so whether a full table is rehashed in place or grown depends on where its deleted slots fell. Measured
/// on [`MAP_CHURN`] (400 runs, each from a folder of a random name as this test makes, against the median of each
/// sample): 367 within 4 KiB, 4 near 36 KiB and 29 near 72 KiB, that is one 4096- or 8192-bucket index table
/// (8 bytes of index and 1 control byte per bucket) that one process allocated and the other did not; never two.
/// Which sample shows it moves with the script's path and the runtime's own allocations before the script
/// starts, so the bound allows one 8192-bucket table with room, not a figure tuned to today's bootstrap.
const HEAP_SLACK: u64 = 128 * 1024;

/// Two native processes' traces: identical but for the heap figures, which may differ within [`HEAP_SLACK`].
fn assert_same_but_heap(first: &[u8], again: &[u8], what: &str) {
    let (a, a_heap) = split_heap(first);
    let (b, b_heap) = split_heap(again);
    assert_same(&a, &b, &format!("{what}, heap figures set aside"));
    let worst = a_heap
        .iter()
        .zip(&b_heap)
        .map(|(x, y)| x.abs_diff(*y))
        .max()
        .unwrap_or(0);
    assert!(
        worst < HEAP_SLACK,
        "{what}: heap samples differ by {worst} bytes"
    );
}

/// Fails showing where two traces part (the JSON around the first differing byte of each).
fn assert_same(first: &[u8], again: &[u8], what: &str) {
    if again == first {
        return;
    }
    let at = first
        .iter()
        .zip(again)
        .position(|(a, b)| a != b)
        .unwrap_or(first.len().min(again.len()));
    let show = |t: &[u8]| {
        String::from_utf8_lossy(&t[at.saturating_sub(300).min(t.len())..(at + 200).min(t.len())])
            .into_owned()
    };
    panic!(
        "{what} traced differently (lengths {} and {}), from byte {at}:\n{}\n---\n{}",
        first.len(),
        again.len(),
        show(first),
        show(again)
    );
}

#[test]
fn gallery_lessons_trace_the_same_each_time() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../static/gallery");
    let mut lessons: Vec<PathBuf> = std::fs::read_dir(&root)
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path().join("main.js")))
                .filter(|p| p.exists())
                .collect()
        })
        .unwrap_or_default();
    lessons.sort();
    assert!(lessons.len() >= 15, "gallery lessons in {}", root.display());
    // Lessons that end in a crash exit non-zero: only their traces are compared.
    for main in &lessons {
        let first = trace_output(main).stdout;
        for run in 2..=3 {
            let again = trace_output(main).stdout;
            assert_same_but_heap(&first, &again, &format!("{} (run {run})", main.display()));
        }
    }
}

/// A JS `Map` that both grows and shrinks: Boa keeps Map and Set entries in an `IndexMap` with std's hasher,
/// whose seed is random per native process, so when its tables grow differs by a few entries from process to
/// process. In the native CLI the heap samples of such a script vary by some bytes; everything else in the
/// trace (output, order, virtual times, collections) is the same. (In the browser std's seed is fixed.)
const MAP_CHURN: &str = r#"
const m = new Map();
let k = 0;
function step(n) {
  for (let i = 0; i < 300; i++) { m.set('k' + k++, {}); if (m.size > 200) m.delete(m.keys().next().value); }
  if (n > 0) setImmediate(() => step(n - 1));
  else console.log('size', m.size);
}
step(30);
"#;

#[test]
fn map_churn_varies_only_in_heap_bytes() {
    let file = script("looplab-map-churn", "churn.js", MAP_CHURN);
    let first = trace(&file);
    let (_, first_heap) = split_heap(&first);
    assert!(
        first_heap.len() > 20,
        "memory samples: {}",
        first_heap.len()
    );
    for run in 2..=4 {
        assert_same_but_heap(&first, &trace(&file), &format!("map churn (run {run})"));
    }
}
