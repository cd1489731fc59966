//! Appends stamped trace events, numbering them, up to the configured limit.

use looplab_trace::{Stamped, TraceEvent, VTime};

/// Collects the trace of one run.
pub(crate) struct Recorder {
    enabled: bool,
    max: u64,
    events: Vec<Stamped>,
    dropped: u64,
}

impl Recorder {
    pub(crate) fn new(enabled: bool, max: u64) -> Self {
        Recorder {
            enabled,
            max,
            events: Vec::new(),
            dropped: 0,
        }
    }

    pub(crate) fn enabled(&self) -> bool {
        self.enabled
    }

    pub(crate) fn push(&mut self, at: VTime, event: TraceEvent) {
        if !self.enabled {
            return;
        }
        if self.events.len() as u64 >= self.max {
            self.dropped += 1;
            return;
        }
        let seq = self.events.len() as u64;
        self.events.push(Stamped { seq, at, event });
    }

    pub(crate) fn take(&mut self) -> Vec<Stamped> {
        std::mem::take(&mut self.events)
    }
}
