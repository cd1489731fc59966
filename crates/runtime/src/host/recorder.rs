//! Appends stamped trace events, numbering them, up to the configured limit.

use looplab_trace::{Stamped, TraceEvent, VTime};

/// Collects the trace of one run.
pub(crate) struct Recorder {
    enabled: bool,
    max: u64,
    events: Vec<Stamped>,
    /// Sequence number of the next event (events already handed to a streaming sink are not kept).
    next_seq: u64,
    dropped: u64,
}

impl Recorder {
    pub(crate) fn new(enabled: bool, max: u64) -> Self {
        Recorder {
            enabled,
            max,
            events: Vec::new(),
            next_seq: 0,
            dropped: 0,
        }
    }

    pub(crate) fn enabled(&self) -> bool {
        self.enabled
    }

    /// Records an event; returns false when the trace is full (`limits.traceEvents`) and it was dropped.
    pub(crate) fn push(&mut self, at: VTime, event: TraceEvent) -> bool {
        if !self.enabled {
            return true;
        }
        if self.next_seq >= self.max {
            self.dropped += 1;
            return false;
        }
        let seq = self.next_seq;
        self.next_seq += 1;
        self.events.push(Stamped { seq, at, event });
        true
    }

    /// Makes room for the few events that end a run stopped by a limit (the limit message, `LimitReached`,
    /// `Exited`), so a full trace still says why it ends.
    pub(crate) fn allow_final_events(&mut self) {
        self.max = self.max.max(self.next_seq + 8);
    }

    /// Events recorded and not yet taken.
    pub(crate) fn pending(&self) -> usize {
        self.events.len()
    }

    pub(crate) fn take(&mut self) -> Vec<Stamped> {
        std::mem::take(&mut self.events)
    }
}
