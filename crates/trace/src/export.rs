//! Exports a trace to the formats existing profilers open: Chrome Trace Event JSON (Perfetto, chrome://tracing),
//! V8's `.cpuprofile` (Chrome DevTools) and speedscope's file format. All three are built from the same spans
//! fold ([`crate::spans`]), so they agree with each other and with `looplab trace`.

use std::collections::{BTreeMap, HashMap};

use serde_json::{json, Value};

use crate::event::{Queue, Stamped, StreamSide, TraceEvent, VTime};
use crate::spans::{spans, Span, Track};

/// The export formats `looplab export --format` accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    Chrome,
    CpuProfile,
    Speedscope,
}

impl ExportFormat {
    /// Parses a `--format` value.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "chrome" | "perfetto" => Some(ExportFormat::Chrome),
            "cpuprofile" => Some(ExportFormat::CpuProfile),
            "speedscope" => Some(ExportFormat::Speedscope),
            _ => None,
        }
    }
}

/// Exports `events` (named `name` in the viewer) in `format`.
pub fn export(events: &[Stamped], format: ExportFormat, name: &str) -> Value {
    match format {
        ExportFormat::Chrome => to_chrome_trace(events, name),
        ExportFormat::CpuProfile => to_cpuprofile(events),
        ExportFormat::Speedscope => to_speedscope(events, name),
    }
}

fn us(t: VTime) -> f64 {
    t.0 as f64 / 1000.0
}

fn tid(track: Track) -> u64 {
    match track {
        Track::Main => 1,
        Track::Phases => 2,
        Track::Worker(w) => 10 + u64::from(w),
    }
}

fn site_text(s: &Span) -> Option<String> {
    s.site.as_ref().map(|l| format!("{}:{}", l.file, l.line))
}

/// Chrome Trace Event format (JSON object form): one thread per track (main thread, loop phases, each pool
/// worker), a complete (`X`) event per span, counters (`C`) for queue lengths, stream buffers and memory, and
/// instant events for uncaught errors and limits.
pub fn to_chrome_trace(events: &[Stamped], name: &str) -> Value {
    let all = spans(events);
    let mut out: Vec<Value> = Vec::new();
    out.push(json!({"name": "process_name", "ph": "M", "pid": 1, "tid": 0, "args": {"name": format!("looplab: {name}")}}));
    let mut tracks: Vec<Track> = all.iter().map(|s| s.track).collect();
    tracks.push(Track::Main);
    tracks.sort();
    tracks.dedup();
    for t in &tracks {
        out.push(json!({"name": "thread_name", "ph": "M", "pid": 1, "tid": tid(*t), "args": {"name": t.name()}}));
        out.push(json!({"name": "thread_sort_index", "ph": "M", "pid": 1, "tid": tid(*t), "args": {"sort_index": tid(*t)}}));
    }
    for s in &all {
        let mut args = json!({});
        if let Some(site) = site_text(s) {
            args["site"] = json!(site);
        }
        if let Some(task) = s.task {
            args["task"] = json!(task.0);
        }
        out.push(json!({
            "name": s.name, "cat": s.category, "ph": "X", "pid": 1, "tid": tid(s.track),
            "ts": us(s.start), "dur": us(VTime(s.end.0 - s.start.0)), "args": args,
        }));
    }
    // Counters: waiting tasks per queue, each stream side's buffer, and memory samples.
    let mut waiting: BTreeMap<&'static str, i64> = BTreeMap::new();
    let mut queue_of: HashMap<u64, Queue> = HashMap::new();
    let mut stream_names: HashMap<u64, String> = HashMap::new();
    let mut flows: std::collections::HashSet<u64> = std::collections::HashSet::new();
    for s in events {
        let ts = us(s.at);
        match &s.event {
            TraceEvent::TaskQueued {
                task,
                queue,
                trigger,
                ..
            } => {
                if let (Some(_), true) = (trigger, *queue != Queue::ThreadPool) {
                    // Causality arrow (a flow event) from the scheduling callback to this task's start.
                    out.push(
                        json!({"name": "scheduled", "cat": "causality", "ph": "s", "id": task.0,
                        "pid": 1, "tid": tid(Track::Main), "ts": ts}),
                    );
                    flows.insert(task.0);
                }
                queue_of.insert(task.0, *queue);
                *waiting.entry(queue.name()).or_default() += 1;
                out.push(queue_counter(ts, &waiting));
            }
            TraceEvent::TaskStarted { task, queue, .. }
            | TraceEvent::TaskCancelled { task, queue }
                if queue_of.remove(&task.0).is_some() =>
            {
                if flows.remove(&task.0) {
                    let started = matches!(s.event, TraceEvent::TaskStarted { .. });
                    if started {
                        out.push(
                            json!({"name": "scheduled", "cat": "causality", "ph": "f", "bp": "e",
                            "id": task.0, "pid": 1, "tid": tid(Track::Main), "ts": ts}),
                        );
                    }
                }
                *waiting.entry(queue.name()).or_default() -= 1;
                out.push(queue_counter(ts, &waiting));
            }
            TraceEvent::StreamCreated {
                stream,
                kind,
                label,
                ..
            } => {
                stream_names.insert(
                    stream.0,
                    format!("stream #{} {} '{label}'", stream.0, kind.name()),
                );
            }
            TraceEvent::StreamLevel {
                stream,
                side,
                length,
                hwm,
            } => {
                let base = stream_names
                    .get(&stream.0)
                    .cloned()
                    .unwrap_or_else(|| format!("stream #{}", stream.0));
                let side = match side {
                    StreamSide::Readable => "readable",
                    StreamSide::Writable => "writable",
                };
                out.push(json!({"name": format!("{base} {side} buffer"), "ph": "C", "pid": 1, "tid": 0, "ts": ts,
                    "args": {"buffered": length, "highWaterMark": hwm}}));
            }
            TraceEvent::MemorySample {
                heap_bytes,
                vfs_bytes,
            } => {
                out.push(
                    json!({"name": "memory", "ph": "C", "pid": 1, "tid": 0, "ts": ts,
                    "args": {"heap bytes": heap_bytes, "vfs bytes": vfs_bytes}}),
                );
            }
            TraceEvent::UncaughtError { message, .. } => {
                out.push(json!({"name": "uncaught error", "ph": "i", "s": "g", "pid": 1, "tid": 1, "ts": ts,
                    "args": {"message": message}}));
            }
            TraceEvent::LimitReached { limit, message } => {
                out.push(json!({"name": format!("limit {limit}"), "ph": "i", "s": "g", "pid": 1, "tid": 1, "ts": ts,
                    "args": {"message": message}}));
            }
            _ => {}
        }
    }
    json!({
        "traceEvents": out,
        "displayTimeUnit": "ms",
        "otherData": {"generator": "looplab", "clock": "virtual time (µs since the run started)"},
    })
}

fn queue_counter(ts: f64, waiting: &BTreeMap<&'static str, i64>) -> Value {
    let args: serde_json::Map<String, Value> = waiting
        .iter()
        .map(|(k, v)| ((*k).to_string(), json!((*v).max(0))))
        .collect();
    json!({"name": "queued tasks", "ph": "C", "pid": 1, "tid": 0, "ts": ts, "args": args})
}

/// speedscope's file format: one evented profile per track (main thread, each pool worker, loop phases), in
/// nanoseconds of virtual time.
pub fn to_speedscope(events: &[Stamped], name: &str) -> Value {
    let all = spans(events);
    let end = events.iter().map(|s| s.at).max().unwrap_or(VTime(0));
    let mut frames: Vec<Value> = Vec::new();
    let mut frame_ids: HashMap<(String, Option<String>, u32), usize> = HashMap::new();
    let mut by_track: BTreeMap<Track, Vec<&Span>> = BTreeMap::new();
    for s in &all {
        by_track.entry(s.track).or_default().push(s);
    }
    by_track.entry(Track::Main).or_default();
    let mut profiles = Vec::new();
    for (track, list) in by_track {
        let mut evs: Vec<Value> = Vec::new();
        let mut stack: Vec<(&Span, usize)> = Vec::new();
        for s in list {
            while let Some((top, f)) = stack.last() {
                if top.end <= s.start && !(top.start == s.start && top.depth < s.depth) {
                    evs.push(json!({"type": "C", "frame": f, "at": top.end.0}));
                    stack.pop();
                } else {
                    break;
                }
            }
            let key = (
                s.name.clone(),
                s.site.as_ref().map(|l| l.file.clone()),
                s.site.as_ref().map_or(0, |l| l.line),
            );
            let next = frame_ids.len();
            let f = *frame_ids.entry(key).or_insert_with(|| {
                let mut frame = json!({"name": s.name});
                if let Some(l) = &s.site {
                    frame["file"] = json!(l.file);
                    frame["line"] = json!(l.line);
                    frame["col"] = json!(l.column);
                }
                frames.push(frame);
                next
            });
            evs.push(json!({"type": "O", "frame": f, "at": s.start.0}));
            stack.push((s, f));
        }
        while let Some((top, f)) = stack.pop() {
            evs.push(json!({"type": "C", "frame": f, "at": top.end.0}));
        }
        profiles.push(json!({
            "type": "evented",
            "name": track.name(),
            "unit": "nanoseconds",
            "startValue": 0,
            "endValue": end.0,
            "events": evs,
        }));
    }
    json!({
        "$schema": "https://www.speedscope.app/file-format-schema.json",
        "shared": {"frames": frames},
        "profiles": profiles,
        "name": name,
        "activeProfileIndex": 0,
        "exporter": "looplab",
    })
}

/// V8's `.cpuprofile` (what Chrome DevTools' Performance panel loads): a call tree of the main thread's spans,
/// sampled every `interval` of virtual time (about 20 000 samples per run, at least 1 µs apart); moments with
/// no callback running are `(idle)`.
pub fn to_cpuprofile(events: &[Stamped]) -> Value {
    let main: Vec<Span> = spans(events)
        .into_iter()
        .filter(|s| s.track == Track::Main)
        .collect();
    let end = events.iter().map(|s| s.at).max().unwrap_or(VTime(0)).0;
    let interval = (end / 20_000).max(1_000);
    // Node 1 = (root), 2 = (idle); others are paths of span names.
    let mut nodes: Vec<(String, String, i64, Vec<usize>, u64)> = vec![
        ("(root)".into(), String::new(), -1, vec![2], 0),
        ("(idle)".into(), String::new(), -1, vec![], 0),
    ];
    let mut child_of: HashMap<(usize, String, String, i64), usize> = HashMap::new();
    let mut samples = Vec::new();
    let mut deltas = Vec::new();
    let mut t = 0u64;
    let mut prev = 0u64;
    // A sweep over the spans (sorted by start): `active` holds those open at t.
    let mut next = 0usize;
    let mut active: Vec<&Span> = Vec::new();
    while t <= end {
        while next < main.len() && main[next].start.0 <= t {
            active.push(&main[next]);
            next += 1;
        }
        active.retain(|s| t < s.end.0);
        let mut stack = active.clone();
        stack.sort_by_key(|s| s.depth);
        let mut node = 1usize;
        if stack.is_empty() {
            node = 2;
        }
        for s in stack {
            let file = s.site.as_ref().map(|l| l.file.clone()).unwrap_or_default();
            let line = s.site.as_ref().map_or(-1, |l| i64::from(l.line) - 1);
            let key = (node, s.name.clone(), file.clone(), line);
            let id = match child_of.get(&key) {
                Some(id) => *id,
                None => {
                    nodes.push((s.name.clone(), file, line, vec![], 0));
                    let id = nodes.len();
                    nodes[node - 1].3.push(id);
                    child_of.insert(key, id);
                    id
                }
            };
            node = id;
        }
        nodes[node - 1].4 += 1;
        samples.push(node);
        deltas.push((t - prev) / 1000);
        prev = t;
        t += interval;
    }
    let nodes: Vec<Value> = nodes
        .into_iter()
        .enumerate()
        .map(|(i, (name, url, line, children, hits))| {
            json!({
                "id": i + 1,
                "callFrame": {"functionName": name, "scriptId": "0", "url": url, "lineNumber": line, "columnNumber": -1},
                "hitCount": hits,
                "children": children,
            })
        })
        .collect();
    json!({
        "nodes": nodes,
        "startTime": 0,
        "endTime": end / 1000,
        "samples": samples,
        "timeDeltas": deltas,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::{Outcome, TaskId};

    fn stamp(events: Vec<(u64, TraceEvent)>) -> Vec<Stamped> {
        events
            .into_iter()
            .enumerate()
            .map(|(i, (at, event))| Stamped {
                seq: i as u64,
                at: VTime(at),
                event,
            })
            .collect()
    }

    fn sample() -> Vec<Stamped> {
        let q = |task, queue, label: &str| TraceEvent::TaskQueued {
            trigger: None,
            task: TaskId(task),
            queue,
            label: label.into(),
            site: None,
            due: None,
            duration: None,
        };
        let start = |task, queue| TraceEvent::TaskStarted {
            task: TaskId(task),
            queue,
            worker: None,
        };
        let fin = |task, queue| TraceEvent::TaskFinished {
            task: TaskId(task),
            queue,
            outcome: Outcome::Returned,
        };
        stamp(vec![
            (0, start(1, Queue::Main)),
            (1_000, q(2, Queue::Timers, "setTimeout callback")),
            (5_000, fin(1, Queue::Main)),
            (10_000, start(2, Queue::Timers)),
            (12_000, q(3, Queue::NextTick, "tick")),
            (20_000, fin(2, Queue::Timers)),
            (20_000, start(3, Queue::NextTick)),
            (21_000, fin(3, Queue::NextTick)),
        ])
    }

    #[test]
    fn speedscope_events_are_balanced_and_ordered() {
        let v = to_speedscope(&sample(), "t");
        let evs = v["profiles"][0]["events"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let mut depth = 0i64;
        let mut at = 0u64;
        for e in &evs {
            let t = e["at"].as_u64().unwrap_or(0);
            assert!(t >= at, "events out of order: {evs:?}");
            at = t;
            depth += if e["type"] == "O" { 1 } else { -1 };
            assert!(depth >= 0);
        }
        assert_eq!(depth, 0);
        assert_eq!(evs.len(), 6);
    }

    #[test]
    fn chrome_has_complete_events_and_counters() {
        let v = to_chrome_trace(&sample(), "t");
        let evs = v["traceEvents"].as_array().cloned().unwrap_or_default();
        let x: Vec<_> = evs.iter().filter(|e| e["ph"] == "X").collect();
        assert_eq!(x.len(), 3);
        assert!(x
            .iter()
            .any(|e| e["name"] == "setTimeout callback" && e["dur"] == 10.0));
        assert!(evs
            .iter()
            .any(|e| e["ph"] == "C" && e["name"] == "queued tasks"));
    }

    #[test]
    fn cpuprofile_samples_match_time_deltas() {
        let v = to_cpuprofile(&sample());
        let samples = v["samples"].as_array().map_or(0, Vec::len);
        let deltas = v["timeDeltas"].as_array().map_or(0, Vec::len);
        assert_eq!(samples, deltas);
        assert!(samples > 3);
        let names: Vec<String> = v["nodes"]
            .as_array()
            .cloned()
            .unwrap_or_default()
            .iter()
            .map(|n| {
                n["callFrame"]["functionName"]
                    .as_str()
                    .unwrap_or("")
                    .to_string()
            })
            .collect();
        assert!(
            names.contains(&"setTimeout callback".to_string()),
            "{names:?}"
        );
    }
}
