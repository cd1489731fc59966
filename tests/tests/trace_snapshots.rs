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
