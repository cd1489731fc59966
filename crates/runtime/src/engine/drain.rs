//! Draining nextTicks, microtasks and promise rejections after a callback (node's `runNextTicks()` and
//! `processTicksAndRejections()`). Between two timers or two immediates node's own JS calls `runNextTicks()`
//! (`listOnTimeout`, `processTimers`, `processImmediate`), so the callbacks drained there show those callers'
//! frames under theirs: the drain then goes through `frames.js`'s site trampolines (`__ll_rnt*` for the
//! microtasks `runNextTicks()` runs itself, `__ll_in*` around what `processTicksAndRejections()` runs).

use boa_engine::{js_string, JsError, JsValue};
use looplab_trace::Queue;

use super::{microtasks, Engine};
use crate::event_loop::CallResult;

impl Engine {
    pub(super) fn drain_after_callback(&mut self) {
        if self.sh.host.borrow().stop.is_some() {
            return;
        }
        // A console write leaves node's afterWriteTick queued: a tick, as far as draining goes.
        let no_ticks = |e: &Engine| {
            let h = e.sh.host.borrow();
            h.ticks.is_empty() && !h.write_tick
        };
        let to_warn = |e: &Engine| e.sh.host.borrow().rejection_to_warn;
        match self.ticks_site {
            // node's runNextTicks(): its own microtask drain only when nothing else is pending.
            Some(site) => {
                if no_ticks(self)
                    && !to_warn(self)
                    && (!self.run_microtasks_at(site.name()) || (no_ticks(self) && !to_warn(self)))
                {
                    return;
                }
            }
            // node's InternalCallbackScope::Close(): the native checkpoint whenever no tick is queued (a
            // rejection to warn about waits for processTicksAndRejections, after the microtasks).
            None => {
                if no_ticks(self) && (!self.run_microtasks() || (no_ticks(self) && !to_warn(self)))
                {
                    return;
                }
            }
        }
        self.process_ticks_and_rejections();
    }

    /// V8's `RunMicrotasks`: runs every queued microtask, including ones queued meanwhile.
    pub(super) fn run_microtasks(&mut self) -> bool {
        while let Some(result) = microtasks::run_one(&self.sh, &mut self.ctx) {
            if let Err(e) = result {
                if self.handle_error(e, false) == CallResult::Stopped {
                    return false;
                }
            }
        }
        self.sh.host.borrow().stop.is_none()
    }

    /// Runs `hook` until it returns, handling what its callbacks throw on the way (each throw stops the JS
    /// drain loop; the next call goes on with the rest). False when the run stops.
    fn drain_through(&mut self, hook: &str, args: &[JsValue]) -> bool {
        loop {
            match self.hook(hook, args) {
                Ok(_) => return self.sh.host.borrow().stop.is_none(),
                Err(e) => {
                    if self.handle_error(e, false) == CallResult::Stopped {
                        return false;
                    }
                }
            }
        }
    }

    /// The microtasks `runNextTicks()` runs itself when no tick is queued, at `site`.
    fn run_microtasks_at(&mut self, site: &str) -> bool {
        self.drain_through("runNextTicksMicrotasks", &[JsValue::from(js_string!(site))])
    }

    /// A drain hook of `processTicksAndRejections` (`runMicrotasks`, `processRejections`), called through the
    /// site trampoline when node's JS called `runNextTicks()`.
    fn ticks_hook(&mut self, name: &str) -> Result<JsValue, JsError> {
        match self.ticks_site {
            Some(site) => self.hook("inSite", &Self::site_args(site.name(), name)),
            None => self.hook(name, &[]),
        }
    }

    fn site_args(site: &str, hook: &str) -> [JsValue; 2] {
        [
            JsValue::from(js_string!(site)),
            JsValue::from(js_string!(hook)),
        ]
    }

    /// The microtask drain of `processTicksAndRejections` (node's `runMicrotasks()` there): through the
    /// bootstrap's trampoline, whose frame becomes node's under each callback's.
    fn run_microtasks_in_ticks(&mut self) -> bool {
        match self.ticks_site {
            Some(site) => {
                self.drain_through("inSite", &Self::site_args(site.name(), "runMicrotasks"))
            }
            None => self.drain_through("runMicrotasks", &[]),
        }
    }

    /// Node's `processTicksAndRejections()`.
    pub(super) fn process_ticks_and_rejections(&mut self) {
        loop {
            // node's afterWriteTick runs among the ticks; it does nothing visible.
            self.sh.host.borrow_mut().write_tick = false;
            loop {
                let next = self.sh.host.borrow_mut().ticks.pop_front();
                let Some(task) = next else { break };
                let r = self.call_stored(task, Queue::NextTick);
                self.sh.store.borrow_mut().remove(task);
                // A tick that threw at startup or in a `runNextTicks()` between two timers or immediates (an
                // 'uncaughtException' listener handled it) ends node's drain: the throw leaves
                // processTimers/processImmediate, which node calls again for the rest of the phase, so the
                // rest of the queue waits for the next callback's drain (or the check phase's start).
                let ends_drain = self.startup_drain || self.ticks_site.is_some();
                if r == CallResult::Stopped || (r == CallResult::Threw && ends_drain) {
                    return;
                }
            }
            if !self.run_microtasks_in_ticks() {
                return;
            }
            let more_ticks = {
                let h = self.sh.host.borrow();
                !h.ticks.is_empty() || h.write_tick
            };
            if more_ticks {
                continue;
            }
            let again = match self.ticks_hook("processRejections") {
                Ok(v) => v.to_boolean(),
                Err(e) => {
                    self.handle_error(e, true);
                    false
                }
            };
            if self.sh.host.borrow().stop.is_some() {
                return;
            }
            if !again && self.sh.host.borrow().ticks.is_empty() && self.sh.executor.is_empty() {
                break;
            }
        }
        self.sh.host.borrow_mut().rejection_to_warn = false;
    }
}
