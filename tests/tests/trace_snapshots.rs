//! Snapshot tests of `looplab trace` text for a few scenarios (the trace is deterministic: no filters),
//! plus determinism: the same scenario twice gives the byte-identical trace.

use looplab_spec::{load_cases, run_case};

fn timeline(name: &str) -> String {
    let case = load_cases().into_iter().find(|c| c.name == name);
    let Some(case) = case else {
        panic!("no scenario {name}")
    };
    match run_case(&case, true) {
        Ok(result) => looplab_trace::render_timeline(&result.trace),
        Err(e) => panic!("{name}: {e}"),
    }
}

#[test]
fn trace_basic_sync_micro_timer() {
    insta::assert_snapshot!(timeline("basic-sync-micro-timer"));
}

#[test]
fn trace_pool_waves_default() {
    insta::assert_snapshot!(timeline("pool-waves-default"));
}

#[test]
fn trace_interval_clear_after_n() {
    insta::assert_snapshot!(timeline("interval-clear-after-n"));
}

#[test]
fn trace_uncaught_in_nexttick() {
    insta::assert_snapshot!(timeline("uncaught-in-nexttick"));
}

#[test]
fn same_scenario_same_trace() {
    for name in [
        "pool-waves-default",
        "blocking-delays-timer",
        "basic-sync-micro-timer",
    ] {
        let case = load_cases().into_iter().find(|c| c.name == name);
        let Some(case) = case else {
            panic!("no scenario {name}")
        };
        let a = run_case(&case, true).map(|r| serde_json::to_string(&r.trace).unwrap_or_default());
        let b = run_case(&case, true).map(|r| serde_json::to_string(&r.trace).unwrap_or_default());
        assert_eq!(a, b, "{name}: trace differs between two runs");
        assert!(a.is_ok_and(|t| t.len() > 100), "{name}: empty trace");
    }
}

fn trace_of(name: &str) -> Vec<looplab_trace::Stamped> {
    let case = load_cases().into_iter().find(|c| c.name == name);
    let Some(case) = case else {
        panic!("no scenario {name}")
    };
    match run_case(&case, true) {
        Ok(result) => result.trace,
        Err(e) => panic!("{name}: {e}"),
    }
}

#[test]
fn trace_stream_lesson_summary() {
    insta::assert_snapshot!(looplab_trace::render_stream_summary(&trace_of(
        "stream-lesson-backpressure-copy"
    )));
}

#[test]
fn trace_stream_passthrough_timeline() {
    insta::assert_snapshot!(timeline("stream-passthrough-basic"));
}

/// The figures the lesson prints from JS (recorded from node) are the ones the trace folds give.
#[test]
fn stream_trace_agrees_with_what_node_reports() {
    use looplab_trace::{streams_at, StreamKind};
    let trace = trace_of("stream-lesson-backpressure-copy");
    let last = trace.last().map_or(0, |s| s.seq);
    let snap = streams_at(&trace, last);
    let by_label = |label: &str| {
        snap.streams
            .values()
            .find(|g| g.label == label)
            .unwrap_or_else(|| panic!("no stream labelled {label}"))
            .clone()
    };
    let ignore = by_label("copy-ignore.txt");
    let respect = by_label("copy-respect.txt");
    assert_eq!(ignore.kind, StreamKind::Writable);
    let (iw, rw) = (
        ignore.writable.unwrap_or_default(),
        respect.writable.unwrap_or_default(),
    );
    assert_eq!(
        (iw.peak, iw.hwm, iw.through),
        (1_048_576, 16_384, 1_048_576)
    );
    assert_eq!((ignore.write_false, ignore.drains), (253, 0));
    assert_eq!(
        (rw.peak, respect.write_false, respect.drains),
        (16_384, 64, 64)
    );
    assert!(ignore.finished && ignore.closed && respect.finished);
    // pipeline(ReadStream, Transform, WriteStream): two pipe edges, source -> transform -> file.
    let mut edges: Vec<(String, String)> = looplab_trace::pipe_edges(&trace)
        .into_iter()
        .map(|(a, b)| {
            (
                snap.streams[&a].label.clone(),
                snap.streams[&b].label.clone(),
            )
        })
        .collect();
    edges.sort();
    assert_eq!(
        edges,
        vec![
            ("Transform".to_string(), "upper.txt".to_string()),
            ("big.txt".to_string(), "Transform".to_string())
        ]
    );
    // Mid-run, the ignoring copy's buffer is full before anything was written.
    let full = trace.iter().find(|s| {
        matches!(
            &s.event,
            looplab_trace::TraceEvent::StreamLevel {
                length: 1_048_576,
                ..
            }
        )
    });
    assert!(full.is_some(), "no event shows the 1 MiB buffer");
}

/// Folded flame tree (self time per call path, virtual ns) of a spec scenario run with call spans.
fn flame(name: &str) -> String {
    looplab_trace::folded_stacks(&trace_of(name))
}

#[test]
fn flame_fib() {
    insta::assert_snapshot!(flame("flame-fib"));
}

#[test]
fn flame_dir_walk() {
    insta::assert_snapshot!(flame("flame-dir-walk"));
}

#[test]
fn flame_async_chain() {
    insta::assert_snapshot!(flame("flame-async-chain"));
}
