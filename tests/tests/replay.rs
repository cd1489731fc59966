//! The playground's model on real traces: a run streamed to a sink in batches equals the run kept whole, and
//! the replay's state at every cursor (from checkpoints) equals the reference folds computed from scratch.

use looplab_runtime::{OutputSink, Scenario};
use looplab_trace::{queues_at, streams_at, Replay, Stamped, Stream};
use std::sync::{Arc, Mutex};

struct Collect(Arc<Mutex<Vec<Vec<Stamped>>>>);

impl OutputSink for Collect {
    fn write(&mut self, _: Stream, _: &str) {}
    fn streams_trace(&self) -> bool {
        true
    }
    fn trace_batch(&mut self, batch: Vec<Stamped>) {
        if let Ok(mut b) = self.0.lock() {
            b.push(batch);
        }
    }
}

/// A run that makes a few thousand events (several batches, several checkpoints) through every queue.
const PROGRAM: &str = r#"
const fs = require('fs');
const { Readable, Writable } = require('stream');
let n = 0;
function tick(i) { if (i < 300) process.nextTick(() => { n++; tick(i + 1); }); }
tick(0);
for (let i = 0; i < 200; i++) setTimeout(() => Promise.resolve(i).then(v => { n += v; }), i % 7);
for (let i = 0; i < 100; i++) setImmediate(() => fs.readFile('/data.txt', () => { n++; }));
require('crypto').pbkdf2('p', 's', 1000, 32, 'sha256', () => console.log('pbkdf2 done'));
const r = Readable.from(['a', 'b', 'c']);
r.pipe(new Writable({ write(c, e, cb) { setTimeout(cb, 1); } })).on('finish', () => console.log('finish'));
setTimeout(() => console.log('n =', n), 50);
"#;

fn scenario() -> Scenario {
    let mut s = Scenario::single_file("/main.js", PROGRAM);
    s.files.insert("/data.txt".into(), "hello".into());
    s
}

#[test]
fn streamed_batches_equal_the_whole_trace_and_every_cursor_folds_right() {
    let whole = looplab_runtime::run(&scenario(), true, Box::new(looplab_runtime::NullSinkPublic))
        .expect("run");
    let batches = Arc::new(Mutex::new(Vec::new()));
    let streamed =
        looplab_runtime::run(&scenario(), true, Box::new(Collect(batches.clone()))).expect("run");
    assert!(
        streamed.trace.is_empty(),
        "a streaming sink keeps no second copy"
    );
    assert_eq!(streamed.stdout, whole.stdout);
    let batches = batches.lock().expect("lock").clone();
    assert!(batches.len() > 2, "several batches: {}", batches.len());
    let joined: Vec<Stamped> = batches.iter().flatten().cloned().collect();
    assert_eq!(
        joined, whole.trace,
        "the batches are the trace, in order, nothing lost"
    );
    assert!(whole.trace.len() > 3000, "{} events", whole.trace.len());

    let mut replay = Replay::new();
    for b in batches {
        // Each batch goes through the wire format, as between the worker and the UI.
        let bytes = looplab_trace::encode_batch(&b).expect("encode");
        replay.push_batch(looplab_trace::decode_batch(&bytes).expect("decode"));
    }
    let events = &whole.trace;
    let n = events.len();
    let cursors: Vec<usize> = (0..=n)
        .step_by(97)
        .chain([0, 1, 1023, 1024, 1025, n - 1, n])
        .collect();
    for c in cursors {
        let view = replay.view_at(c);
        assert_eq!(view.applied, c);
        let upto = if c == 0 {
            None
        } else {
            Some(events[c - 1].seq)
        };
        let reference = match upto {
            Some(seq) => queues_at(events, seq),
            None => Default::default(),
        };
        let ours: Vec<_> = view
            .queues
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(q, v)| {
                let tasks: Vec<_> = v
                    .iter()
                    .map(|t| (t.task, t.due, t.worker, replay.label(t.task, *q).cloned()))
                    .collect();
                (*q, tasks)
            })
            .collect();
        let theirs: Vec<_> = reference
            .queues
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(q, v)| {
                let tasks: Vec<_> = v
                    .iter()
                    .map(|t| {
                        (
                            t.task,
                            t.due,
                            t.worker,
                            Some((t.label.clone(), t.site.clone())),
                        )
                    })
                    .collect();
                (*q, tasks)
            })
            .collect();
        if ours != theirs {
            for ((q1, a), (q2, b)) in ours.iter().zip(theirs.iter()) {
                if q1 != q2 || a != b {
                    let i = a.iter().zip(b.iter()).position(|(x, y)| x != y);
                    panic!(
                        "queues at {c}: {q1:?}/{q2:?} differ (lengths {} vs {}), first at {i:?}: {:?} vs {:?}",
                        a.len(),
                        b.len(),
                        i.and_then(|i| a.get(i)),
                        i.and_then(|i| b.get(i))
                    );
                }
            }
            panic!(
                "queues at {c}: {} vs {} non-empty queues",
                ours.len(),
                theirs.len()
            );
        }
        let streams = match upto {
            Some(seq) => streams_at(events, seq),
            None => Default::default(),
        };
        assert_eq!(view.streams, streams, "streams at {c}");
        let out: String = replay.output_upto(c).map(|(_, t)| t).collect();
        assert!(
            whole.stdout.starts_with(&out),
            "console at {c} is a prefix of the output"
        );
    }
    assert_eq!(replay.view_at(n).exited, Some(0));
    assert!(
        !streamed.files.is_empty()
            && streamed
                .files
                .iter()
                .any(|(p, s)| p == "/data.txt" && *s == 5)
    );
}
