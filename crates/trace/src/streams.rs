//! Pure folds over a trace's stream events: each stream's fill level and counters, and the pipe graph, at any event;
//! plus the per-stream summary `looplab trace --streams` prints.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use crate::event::{Stamped, StreamId, StreamKind, StreamSide, StreamSignal, TraceEvent};

/// One side (readable or writable) of a stream: its buffer against its highWaterMark.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SideGauge {
    /// Buffered now (bytes, or objects in object mode).
    pub length: u64,
    /// The side's highWaterMark.
    pub hwm: u64,
    /// The most ever buffered so far.
    pub peak: u64,
    /// Everything that entered this side so far (`push()` or `write()`).
    pub through: u64,
}

/// What is known about one stream after a prefix of the trace.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StreamGauge {
    pub id: StreamId,
    pub kind: StreamKind,
    pub label: String,
    pub object_mode: bool,
    pub readable: Option<SideGauge>,
    pub writable: Option<SideGauge>,
    /// `None` until the readable side is first consumed, then flowing (`true`) or paused (`false`).
    pub flowing: Option<bool>,
    /// How often `write()` returned false.
    pub write_false: u64,
    /// How many `'drain'` events were emitted.
    pub drains: u64,
    pub ended: bool,
    pub finished: bool,
    pub closed: bool,
    pub errored: bool,
}

impl StreamGauge {
    fn new(id: StreamId, kind: StreamKind, label: String, object_mode: bool) -> Self {
        StreamGauge {
            id,
            kind,
            label,
            object_mode,
            readable: None,
            writable: None,
            flowing: None,
            write_false: 0,
            drains: 0,
            ended: false,
            finished: false,
            closed: false,
            errored: false,
        }
    }

    fn side_mut(&mut self, side: StreamSide) -> &mut SideGauge {
        let slot = match side {
            StreamSide::Readable => &mut self.readable,
            StreamSide::Writable => &mut self.writable,
        };
        slot.get_or_insert_with(SideGauge::default)
    }

    /// The larger of the two sides' peaks.
    pub fn peak(&self) -> u64 {
        let r = self.readable.map_or(0, |s| s.peak);
        let w = self.writable.map_or(0, |s| s.peak);
        r.max(w)
    }
}

/// Every stream and the pipe graph after a prefix of the trace.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StreamsSnapshot {
    pub streams: BTreeMap<StreamId, StreamGauge>,
    /// Current pipe edges, source -> destination.
    pub pipes: BTreeSet<(StreamId, StreamId)>,
    /// Bytes buffered in all non-object-mode streams right now, and the most ever buffered at once.
    pub buffered_bytes: u64,
    pub peak_buffered_bytes: u64,
}

impl StreamsSnapshot {
    /// Applies one event (non-stream events are ignored).
    pub fn apply(&mut self, event: &TraceEvent) {
        match event {
            TraceEvent::StreamCreated {
                stream,
                kind,
                label,
                object_mode,
            } => {
                self.streams.insert(
                    *stream,
                    StreamGauge::new(*stream, *kind, label.clone(), *object_mode),
                );
            }
            TraceEvent::StreamLevel {
                stream,
                side,
                length,
                hwm,
            } => {
                if let Some(g) = self.streams.get_mut(stream) {
                    let object_mode = g.object_mode;
                    let s = g.side_mut(*side);
                    let before = s.length;
                    s.length = *length;
                    s.hwm = *hwm;
                    s.peak = s.peak.max(*length);
                    if !object_mode {
                        self.buffered_bytes = (self.buffered_bytes + length).saturating_sub(before);
                        self.peak_buffered_bytes =
                            self.peak_buffered_bytes.max(self.buffered_bytes);
                    }
                }
            }
            TraceEvent::StreamData {
                stream,
                side,
                amount,
            } => {
                if let Some(g) = self.streams.get_mut(stream) {
                    let s = g.side_mut(*side);
                    s.through = s.through.saturating_add(*amount);
                }
            }
            TraceEvent::StreamFlowing { stream, flowing } => {
                if let Some(g) = self.streams.get_mut(stream) {
                    g.flowing = *flowing;
                }
            }
            TraceEvent::StreamSignal { stream, signal } => {
                if let Some(g) = self.streams.get_mut(stream) {
                    match signal {
                        StreamSignal::WriteFalse => g.write_false += 1,
                        StreamSignal::Drain => g.drains += 1,
                        StreamSignal::End => g.ended = true,
                        StreamSignal::Finish => g.finished = true,
                        StreamSignal::Close => g.closed = true,
                        StreamSignal::Error => g.errored = true,
                    }
                }
            }
            TraceEvent::StreamPipe { src, dst, piped } => {
                if *piped {
                    self.pipes.insert((*src, *dst));
                } else {
                    self.pipes.remove(&(*src, *dst));
                }
            }
            _ => {}
        }
    }
}

/// Folds the events with `seq <= upto` into every stream's gauges and the pipe graph.
pub fn streams_at(events: &[Stamped], upto: u64) -> StreamsSnapshot {
    let mut snap = StreamsSnapshot::default();
    for stamped in events.iter().take_while(|s| s.seq <= upto) {
        snap.apply(&stamped.event);
    }
    snap
}

/// Every pipe edge that ever existed in the trace (the graph of the whole run), source -> destination.
pub fn pipe_edges(events: &[Stamped]) -> BTreeSet<(StreamId, StreamId)> {
    events
        .iter()
        .filter_map(|s| match &s.event {
            TraceEvent::StreamPipe {
                src,
                dst,
                piped: true,
            } => Some((*src, *dst)),
            _ => None,
        })
        .collect()
}

fn side_text(side: Option<SideGauge>, unit: &str) -> String {
    match side {
        Some(s) => format!(
            "peak {}/{} {unit}, {} {unit} through",
            s.peak, s.hwm, s.through
        ),
        None => "-".to_string(),
    }
}

/// Renders a per-stream summary of the whole trace: peak buffered against highWaterMark, bytes through, false
/// returns from `write()`, drains, how it ended, and the pipe graph.
pub fn render_stream_summary(events: &[Stamped]) -> String {
    let mut snap = StreamsSnapshot::default();
    for s in events {
        snap.apply(&s.event);
    }
    let mut out = String::new();
    if snap.streams.is_empty() {
        out.push_str("streams: none\n");
        return out;
    }
    let _ = writeln!(
        out,
        "streams: {} (peak buffered in byte streams at once: {} bytes)",
        snap.streams.len(),
        snap.peak_buffered_bytes
    );
    for g in snap.streams.values() {
        let unit = if g.object_mode { "objects" } else { "bytes" };
        let mut ends = Vec::new();
        for (flag, name) in [
            (g.ended, "end"),
            (g.finished, "finish"),
            (g.errored, "error"),
            (g.closed, "close"),
        ] {
            if flag {
                ends.push(name);
            }
        }
        let ends = if ends.is_empty() {
            "open".to_string()
        } else {
            ends.join("+")
        };
        let _ = writeln!(
            out,
            "  #{} {} '{}' [{ends}]",
            g.id.0,
            g.kind.name(),
            g.label
        );
        if g.readable.is_some() {
            let _ = writeln!(out, "      readable: {}", side_text(g.readable, unit));
        }
        if g.writable.is_some() {
            let _ = writeln!(
                out,
                "      writable: {}; write() false {}x, drain {}x",
                side_text(g.writable, unit),
                g.write_false,
                g.drains
            );
        }
    }
    let edges = pipe_edges(events);
    if !edges.is_empty() {
        out.push_str("pipes:\n");
        for (src, dst) in edges {
            let name = |id: StreamId| {
                snap.streams
                    .get(&id)
                    .map_or_else(String::new, |g| format!(" '{}'", g.label))
            };
            let _ = writeln!(out, "  #{}{} -> #{}{}", src.0, name(src), dst.0, name(dst));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::event::VTime;

    fn stamp(events: Vec<TraceEvent>) -> Vec<Stamped> {
        events
            .into_iter()
            .enumerate()
            .map(|(i, event)| Stamped {
                seq: i as u64,
                at: VTime(i as u64),
                event,
            })
            .collect()
    }

    #[test]
    fn levels_peaks_and_pipes_fold() {
        let a = StreamId(1);
        let b = StreamId(2);
        let ev = stamp(vec![
            TraceEvent::StreamCreated {
                stream: a,
                kind: StreamKind::Readable,
                label: "ReadStream".into(),
                object_mode: false,
            },
            TraceEvent::StreamCreated {
                stream: b,
                kind: StreamKind::Writable,
                label: "Writable".into(),
                object_mode: false,
            },
            TraceEvent::StreamPipe {
                src: a,
                dst: b,
                piped: true,
            },
            TraceEvent::StreamLevel {
                stream: b,
                side: StreamSide::Writable,
                length: 10,
                hwm: 8,
            },
            TraceEvent::StreamSignal {
                stream: b,
                signal: StreamSignal::WriteFalse,
            },
            TraceEvent::StreamLevel {
                stream: b,
                side: StreamSide::Writable,
                length: 0,
                hwm: 8,
            },
            TraceEvent::StreamSignal {
                stream: b,
                signal: StreamSignal::Drain,
            },
            TraceEvent::StreamPipe {
                src: a,
                dst: b,
                piped: false,
            },
        ]);
        let mid = streams_at(&ev, 4);
        assert_eq!(mid.pipes.len(), 1);
        assert_eq!(mid.streams[&b].writable.map(|s| s.length), Some(10));
        assert_eq!(mid.buffered_bytes, 10);
        let end = streams_at(&ev, 7);
        assert!(end.pipes.is_empty());
        let g = &end.streams[&b];
        assert_eq!((g.write_false, g.drains, g.peak()), (1, 1, 10));
        assert_eq!(end.buffered_bytes, 0);
        assert_eq!(end.peak_buffered_bytes, 10);
        let text = render_stream_summary(&ev);
        assert!(text.contains("write() false 1x, drain 1x"), "{text}");
        assert!(text.contains("#1 'ReadStream' -> #2 'Writable'"), "{text}");
    }
}
