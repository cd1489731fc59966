//! Folded stacks ("a;b;c 1200", Brendan Gregg's format, read by speedscope and flamegraph.pl) of the main
//! thread: each line is one distinct call path with its self time in virtual nanoseconds.

use std::collections::BTreeMap;

use crate::event::Stamped;
use crate::spans::{spans, Span, Track};

/// Self time per call path of the main-thread spans (callbacks and function calls), sorted by path.
pub fn folded_stacks(events: &[Stamped]) -> String {
    let main: Vec<Span> = spans(events)
        .into_iter()
        .filter(|s| s.track == Track::Main)
        .collect();
    let mut weights: BTreeMap<String, i128> = BTreeMap::new();
    let mut stack: Vec<String> = Vec::new();
    for s in &main {
        stack.truncate(s.depth);
        let parent = (!stack.is_empty()).then(|| stack.join(";"));
        stack.push(s.name.replace(';', ","));
        let key = stack.join(";");
        let d = i128::from(s.end.0.saturating_sub(s.start.0));
        *weights.entry(key).or_default() += d;
        if let Some(p) = parent {
            *weights.entry(p).or_default() -= d;
        }
    }
    let mut out = String::new();
    for (k, w) in weights {
        if w > 0 {
            out.push_str(&format!("{k} {w}\n"));
        }
    }
    out
}
