//! The stack of running instrumented JS function calls (see `crate::instrument`), kept only while recording:
//! turns the instrumented code's enter/exit/suspend/resume calls into balanced `FnEnter`/`FnExit` events.
//!
//! Each call activation gets a token. A call suspended at `await`/`yield` leaves the stack and waits in
//! `suspended` until it resumes. When a callback (macrotask or microtask) ends, frames it left open (an
//! implicit `await` of `for await`, an uncatchable stop) are moved to `suspended` too: the trace fold closes
//! their spans with the callback.

use looplab_trace::TraceEvent;

#[derive(Default)]
pub(crate) struct CallStack {
    next_token: u64,
    stack: Vec<(u64, u32)>,
    suspended: crate::DetMap<u64, u32>,
}

impl CallStack {
    /// A call of `func` starts: returns its token and the event to record.
    pub(crate) fn enter(&mut self, func: u32) -> (u64, TraceEvent) {
        self.next_token += 1;
        let token = self.next_token;
        self.stack.push((token, func));
        (token, TraceEvent::FnEnter { func })
    }

    /// The call `token` returned or threw (its `finally` ran). Frames above it are closed with it; `out`
    /// receives one `FnExit` per closed frame (no allocation: this runs on every call).
    pub(crate) fn exit(&mut self, token: u64, mut out: impl FnMut(TraceEvent)) {
        if let Some(pos) = self.stack.iter().rposition(|&(t, _)| t == token) {
            while self.stack.len() > pos {
                if let Some((_, func)) = self.stack.pop() {
                    out(TraceEvent::FnExit { func });
                }
            }
        } else {
            self.suspended.remove(&token);
        }
    }

    /// The call `token` suspends at `await`/`yield`.
    pub(crate) fn suspend(&mut self, token: u64) -> Option<TraceEvent> {
        match self.stack.last() {
            Some(&(t, func)) if t == token => {
                self.stack.pop();
                self.suspended.insert(token, func);
                Some(TraceEvent::FnExit { func })
            }
            _ => None,
        }
    }

    /// The call `token` resumes after `await`/`yield`.
    pub(crate) fn resume(&mut self, token: u64) -> Option<TraceEvent> {
        let func = self.suspended.remove(&token)?;
        self.stack.push((token, func));
        Some(TraceEvent::FnEnter { func })
    }

    /// A callback ended: whatever it left running is suspended (its spans close with the callback).
    pub(crate) fn settle(&mut self) {
        for (token, func) in self.stack.drain(..) {
            self.suspended.insert(token, func);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_suspension_and_settling_stay_balanced() {
        let mut c = CallStack::default();
        let (a, _) = c.enter(1);
        let (b, _) = c.enter(2);
        assert_eq!(c.suspend(b), Some(TraceEvent::FnExit { func: 2 }));
        // Not on top: a suspend of `b` again does nothing.
        assert_eq!(c.suspend(b), None);
        let mut out = Vec::new();
        c.exit(a, |e| out.push(e));
        assert_eq!(out, vec![TraceEvent::FnExit { func: 1 }]);
        assert_eq!(c.resume(b), Some(TraceEvent::FnEnter { func: 2 }));
        c.settle();
        out.clear();
        c.exit(b, |e| out.push(e));
        assert!(out.is_empty(), "a settled frame exits without an event");
        assert!(c.suspended.is_empty());
    }
}
