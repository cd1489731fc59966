//! The virtual clock and the cost model that advances it while synchronous JavaScript runs.
//!
//! Real elapsed time is never read. Virtual time only moves when:
//! - JavaScript calls into the host (any Looplab native, including reading the clock through `Date.now()`,
//!   `new Date()` or `performance.now()`): [`CostModel::host_call_ns`] each;
//! - a user loop iterates: [`CostModel::loop_iteration_ns`] per iteration, charged every
//!   [`crate::instrument::LOOP_BATCH`] iterations;
//! - a callback is entered (main module, tick, microtask, timer, immediate, I/O completion):
//!   [`CostModel::callback_ns`] each;
//! - the loop waits in the poll phase: the clock jumps to the next due timer or I/O completion;
//! - the loop starts after the main module with [`crate::LoopEntry::TimersFirst`]: +1 ms.
//!
//! So `const t = Date.now(); while (Date.now() - t < 50) {}` ends after 50 000 clock reads and really delays
//! a 10 ms timer by 40 ms, exactly as in Node. The model is the same whether trace recording is on or off.

use std::cell::Cell;
use std::rc::Rc;

/// Deterministic costs charged to the virtual clock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CostModel {
    /// Charged for every call from JS into a host function (clock reads included).
    pub host_call_ns: u64,
    /// Charged every time a JS callback is entered.
    pub callback_ns: u64,
    /// Charged for every call of a user-code JavaScript function (counted by source instrumentation).
    pub js_call_ns: u64,
    /// Charged for every iteration of a loop in user code (counted by source instrumentation, charged in
    /// batches of [`crate::instrument::LOOP_BATCH`]).
    pub loop_iteration_ns: u64,
}

impl CostModel {
    /// The documented default: 1 µs per host call and per callback, 100 ns per user function call, 1 ns per
    /// loop iteration (node runs `for (let i = 0; i < 1e8; i++) {}` in 60-100 ms).
    pub const DEFAULT: CostModel = CostModel {
        host_call_ns: 1_000,
        callback_ns: 1_000,
        js_call_ns: 100,
        loop_iteration_ns: 1,
    };
}

/// Shared virtual clock (nanoseconds since the run started).
#[derive(Debug, Clone, Default)]
pub(crate) struct VirtualClock {
    now_ns: Rc<Cell<u64>>,
}

impl VirtualClock {
    pub(crate) fn now_ns(&self) -> u64 {
        self.now_ns.get()
    }
    pub(crate) fn advance(&self, ns: u64) {
        self.now_ns.set(self.now_ns.get().saturating_add(ns));
    }
    /// Jumps forward to `ns` (never backwards).
    pub(crate) fn advance_to(&self, ns: u64) {
        if ns > self.now_ns.get() {
            self.now_ns.set(ns);
        }
    }
}
