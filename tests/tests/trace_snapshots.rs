//! Snapshot tests of `looplab trace` text for a few scenarios (the trace is deterministic: no filters).

use looplab_spec::{load_cases, run_case};

fn timeline(name: &str) -> String {
    let case = load_cases().into_iter().find(|c| c.name == name).unwrap_or_else(|| panic!("no scenario {name}"));
    let result = run_case(&case, true).unwrap_or_else(|e| panic!("{name}: {e}"));
    looplab_trace::render_timeline(&result.trace)
}

#[test]
fn placeholder_until_snapshots() {}
