//! Text renderings of a trace: the readable timeline `looplab trace` prints.

use std::collections::HashMap;
use std::fmt::Write as _;

use crate::event::{
    Outcome, Queue, SourceLoc, Stamped, Stream, StreamSide, TaskId, TraceEvent, VTime,
};

/// Formats a virtual time as milliseconds with microsecond precision, e.g. `12.345ms`.
pub fn format_time(t: VTime) -> String {
    let us = t.0 / 1_000;
    format!("{}.{:03}ms", us / 1_000, us % 1_000)
}

fn site(loc: &Option<SourceLoc>) -> String {
    match loc {
        Some(l) => format!(" ({}:{})", l.file, l.line),
        None => String::new(),
    }
}

fn side_name(side: StreamSide) -> &'static str {
    match side {
        StreamSide::Readable => "readable",
        StreamSide::Writable => "writable",
    }
}

fn one_line(text: &str) -> String {
    let trimmed = text.strip_suffix('\n').unwrap_or(text);
    let mut s = trimmed.replace('\n', "\\n");
    if s.chars().count() > 70 {
        s = s.chars().take(67).collect::<String>() + "...";
    }
    s
}

/// Renders the whole trace as a timeline, one line per event, indented by callback nesting.
pub fn render_timeline(events: &[Stamped]) -> String {
    let mut out = String::new();
    let mut labels: HashMap<TaskId, (String, Option<SourceLoc>)> = HashMap::new();
    let mut depth = 0usize;
    let mut phase = "main";
    for s in events {
        let time = format!("{:>12}", format_time(s.at));
        let indent = "  ".repeat(depth);
        let line = match &s.event {
            TraceEvent::RunStarted { entry, epoch_ms } => {
                format!("run {entry} (epoch {epoch_ms} ms, UTC)")
            }
            TraceEvent::PhaseEntered {
                iteration,
                phase: p,
            } => {
                phase = p.name();
                format!("── loop {iteration}: {} ──", p.name())
            }
            TraceEvent::PhaseLeft { .. } => continue,
            TraceEvent::TaskQueued {
                task,
                queue,
                label,
                site: loc,
                due,
                duration,
                ..
            } => {
                labels.insert(*task, (label.clone(), loc.clone()));
                let mut l = format!(
                    "{indent}+ {} #{} {label}{}",
                    queue.name(),
                    task.0,
                    site(loc)
                );
                if let Some(d) = due {
                    let _ = write!(l, " due {}", format_time(*d));
                }
                if let Some(d) = duration {
                    let _ = write!(l, " takes {}", format_time(*d));
                }
                l
            }
            TraceEvent::TaskStarted {
                task,
                queue,
                worker,
            } => {
                let (label, loc) = labels.get(task).cloned().unwrap_or_default();
                if *queue == Queue::ThreadPool {
                    let w = worker
                        .map(|w| format!(" on worker {}", w.0))
                        .unwrap_or_default();
                    format!("{indent}⚙ {} #{} {label}{w}", queue.name(), task.0)
                } else {
                    let l = format!(
                        "{indent}▶ {} #{} {label}{}",
                        queue.name(),
                        task.0,
                        site(&loc)
                    );
                    depth += 1;
                    l
                }
            }
            TraceEvent::TaskFinished {
                task,
                queue,
                outcome,
            } => {
                if *queue == Queue::ThreadPool {
                    format!("{indent}✓ {} #{} done", queue.name(), task.0)
                } else {
                    depth = depth.saturating_sub(1);
                    match outcome {
                        Outcome::Returned => continue,
                        Outcome::Threw => {
                            format!("{}✗ {} #{} threw", "  ".repeat(depth), queue.name(), task.0)
                        }
                    }
                }
            }
            TraceEvent::TaskCancelled { task, queue } => {
                format!("{indent}- {} #{} cancelled", queue.name(), task.0)
            }
            TraceEvent::Output { stream, text } => {
                let tag = match stream {
                    Stream::Stdout => "stdout",
                    Stream::Stderr => "stderr",
                };
                format!("{indent}» {tag}: {}", one_line(text))
            }
            TraceEvent::UncaughtError {
                origin,
                message,
                handled,
            } => {
                let h = if *handled { " (handled)" } else { "" };
                format!("{indent}! {origin:?}: {}{h}", one_line(message))
            }
            TraceEvent::ProcessEvent { name } => format!("{indent}◆ process '{name}'"),
            TraceEvent::ModulePhase {
                phase,
                format,
                path,
            } => format!("{indent}◇ {format} {phase} {path}"),
            TraceEvent::StreamCreated {
                stream,
                kind,
                label,
                object_mode,
            } => {
                let om = if *object_mode { " objectMode" } else { "" };
                format!(
                    "{indent}≈ stream #{} {} '{label}'{om}",
                    stream.0,
                    kind.name()
                )
            }
            TraceEvent::StreamLevel {
                stream,
                side,
                length,
                hwm,
            } => format!(
                "{indent}≈ #{} {} buffer {length}/{hwm}",
                stream.0,
                side_name(*side)
            ),
            TraceEvent::StreamData {
                stream,
                side,
                amount,
            } => {
                let verb = match side {
                    StreamSide::Readable => "push",
                    StreamSide::Writable => "write",
                };
                format!("{indent}≈ #{} {verb} {amount}", stream.0)
            }
            TraceEvent::StreamFlowing { stream, flowing } => {
                let state = match flowing {
                    Some(true) => "flowing",
                    Some(false) => "paused",
                    None => "not flowing",
                };
                format!("{indent}≈ #{} {state}", stream.0)
            }
            TraceEvent::StreamSignal { stream, signal } => {
                format!("{indent}≈ #{} {}", stream.0, signal.name())
            }
            TraceEvent::StreamPipe { src, dst, piped } => {
                let verb = if *piped { "pipe" } else { "unpipe" };
                format!("{indent}≈ {verb} #{} -> #{}", src.0, dst.0)
            }
            TraceEvent::MemorySample { .. }
            | TraceEvent::FnDefined { .. }
            | TraceEvent::FnEnter { .. }
            | TraceEvent::FnExit { .. } => continue,
            TraceEvent::Socket {
                socket,
                role,
                local,
                remote,
                state,
                sent,
                received,
                in_flight,
                unread,
            } => format!(
                "{indent}⇄ socket #{socket} {role} {local} ⇄ {remote} {state} (sent {sent} B, received {received} B, in flight {in_flight} B, unread {unread} B)"
            ),
            TraceEvent::HttpRequest {
                id,
                method,
                url,
                status,
                done,
                client,
                ..
            } => {
                let who = if *client { "client" } else { "http" };
                if *done {
                    format!("{indent}⇠ {who} #{id} {status} {method} {url}")
                } else {
                    format!("{indent}⇢ {who} #{id} {method} {url}")
                }
            }
            TraceEvent::HttpPool {
                name,
                active,
                free,
                queued,
            } => format!("{indent}⇄ pool {name} active {active}, free {free}, queued {queued}"),
            TraceEvent::LimitReached { limit, message } => format!("■ limit {limit}: {message}"),
            TraceEvent::Exited { code } => format!("■ exit code {code}"),
        };
        let _ = writeln!(out, "{time}  {phase:<12} {line}");
    }
    out
}
