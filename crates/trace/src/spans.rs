//! Pure fold from a trace to time spans on tracks: every callback on the main thread (nested as it ran), every
//! thread-pool job on its worker, and every loop phase. Flame charts and the exporters are drawn from these.

use std::collections::HashMap;

use crate::event::{Phase, Queue, SourceLoc, Stamped, TaskId, TraceEvent, VTime};

/// Where a span is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Track {
    /// The JavaScript thread: callbacks, nested as they ran.
    Main,
    /// The event loop's phases (one span per phase visit).
    Phases,
    /// A libuv thread-pool worker.
    Worker(u32),
}

impl Track {
    /// Human-readable track name.
    pub fn name(self) -> String {
        match self {
            Track::Main => "JavaScript (main thread)".to_string(),
            Track::Phases => "event loop phases".to_string(),
            Track::Worker(w) => format!("threadpool worker {w}"),
        }
    }
}

/// One closed interval of virtual time.
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    pub track: Track,
    /// Callback label (`setTimeout callback`, `pbkdf2`...) or phase name.
    pub name: String,
    /// The queue (or `phase`) it came from.
    pub category: &'static str,
    pub start: VTime,
    pub end: VTime,
    /// Nesting depth on its track (0 = outermost).
    pub depth: usize,
    pub site: Option<SourceLoc>,
    pub task: Option<TaskId>,
}

struct Open {
    name: String,
    category: &'static str,
    start: VTime,
    site: Option<SourceLoc>,
    task: Option<TaskId>,
    /// Set for a JavaScript function call (category `function`).
    func: Option<u32>,
}

fn phase_name(p: Phase) -> &'static str {
    p.name()
}

/// All spans of the trace, sorted by track, then start time, then depth. Spans still open at the end of the
/// trace (a run stopped by a limit) are closed at the last event's time, so the result is always balanced.
pub fn spans(events: &[Stamped]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut labels: HashMap<TaskId, (String, Option<SourceLoc>)> = HashMap::new();
    let mut funcs: HashMap<u32, (String, SourceLoc)> = HashMap::new();
    let mut main: Vec<Open> = Vec::new();
    let mut workers: HashMap<TaskId, (u32, Open)> = HashMap::new();
    let mut phase: Option<(Phase, VTime)> = None;
    let mut last = VTime(0);
    for s in events {
        last = last.max(s.at);
        match &s.event {
            TraceEvent::TaskQueued {
                task, label, site, ..
            } => {
                labels.insert(*task, (label.clone(), site.clone()));
            }
            TraceEvent::TaskStarted {
                task,
                queue,
                worker,
            } => {
                let (name, site) = labels
                    .get(task)
                    .cloned()
                    .unwrap_or_else(|| (queue.name().to_string(), None));
                let name = if *queue == Queue::Main {
                    "(main module)".to_string()
                } else {
                    name
                };
                let open = Open {
                    name,
                    category: queue.name(),
                    start: s.at,
                    site,
                    task: Some(*task),
                    func: None,
                };
                match (queue, worker) {
                    (Queue::ThreadPool, Some(w)) => {
                        workers.insert(*task, (w.0, open));
                    }
                    _ => main.push(open),
                }
            }
            TraceEvent::TaskFinished { task, queue, .. } => {
                if *queue == Queue::ThreadPool {
                    if let Some((w, open)) = workers.remove(task) {
                        out.push(close(Track::Worker(w), open, s.at, 0));
                    }
                } else if let Some(pos) = main.iter().rposition(|o| o.task == Some(*task)) {
                    // Anything opened inside it and not closed is closed with it (keeps spans balanced).
                    while main.len() > pos {
                        if let Some(open) = main.pop() {
                            let depth = main.len();
                            out.push(close(Track::Main, open, s.at, depth));
                        }
                    }
                }
            }
            TraceEvent::FnDefined { func, name, site } => {
                funcs.insert(*func, (name.clone(), site.clone()));
            }
            TraceEvent::FnEnter { func } => {
                let (name, site) = funcs.get(func).cloned().map_or_else(
                    || (format!("function #{func}"), None),
                    |(n, l)| (n, Some(l)),
                );
                // The runtime's own JS (`node:internal/...`) is marked as such.
                let runtime = site.as_ref().is_some_and(|l| l.file.starts_with("node:"));
                main.push(Open {
                    name,
                    category: if runtime { "runtime" } else { "function" },
                    start: s.at,
                    site,
                    task: None,
                    func: Some(*func),
                });
            }
            TraceEvent::FnExit { func } if main.last().is_some_and(|o| o.func == Some(*func)) => {
                if let Some(open) = main.pop() {
                    let depth = main.len();
                    out.push(close(Track::Main, open, s.at, depth));
                }
            }
            TraceEvent::PhaseEntered { phase: p, .. } => phase = Some((*p, s.at)),
            TraceEvent::PhaseLeft { phase: p, .. } => {
                if let Some((open, start)) = phase.take() {
                    if open == *p && s.at > start {
                        out.push(Span {
                            track: Track::Phases,
                            name: phase_name(*p).to_string(),
                            category: "phase",
                            start,
                            end: s.at,
                            depth: 0,
                            site: None,
                            task: None,
                        });
                    }
                }
            }
            _ => {}
        }
    }
    while let Some(open) = main.pop() {
        let depth = main.len();
        out.push(close(Track::Main, open, last, depth));
    }
    for (_, (w, open)) in workers {
        let end = last.max(open.start);
        out.push(close(Track::Worker(w), open, end, 0));
    }
    out.sort_by_key(|a| (a.track, a.start, a.depth, a.end));
    out
}

fn close(track: Track, open: Open, end: VTime, depth: usize) -> Span {
    Span {
        track,
        name: open.name,
        category: open.category,
        start: open.start,
        end: end.max(open.start),
        depth,
        site: open.site,
        task: open.task,
    }
}
