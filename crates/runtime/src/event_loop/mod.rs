//! The libuv-style event loop: one file per phase, driven in Node 20's order
//! (timers → pending → idle/prepare → poll → check → close), with Node's nextTick + microtask drain after
//! every single callback. Phases see tasks only as [`TaskId`]s; running JavaScript goes through [`Js`].

pub(crate) mod check;
pub(crate) mod close;
pub(crate) mod idle;
pub(crate) mod immediates;
pub(crate) mod pending;
pub(crate) mod poll;
pub(crate) mod timers;

use std::cell::RefCell;
use std::rc::Rc;

use looplab_trace::{Phase, Queue, TaskId, TraceEvent};

use crate::config::LoopEntry;
use crate::host::Host;

/// How a callback ended, as far as the loop cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CallResult {
    /// It returned normally.
    Returned,
    /// It threw and an `uncaughtException` listener handled it: the loop goes on.
    Threw,
    /// The process is exiting (or a limit stopped it): unwind.
    Stopped,
}

/// Where node's JavaScript calls `runNextTicks()` between two callbacks of one phase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TicksSite {
    /// `listOnTimeout`, between two timers of one list.
    TimerList,
    /// `processTimers`, between two timer lists.
    Timers,
    /// `processImmediate`, between two immediates.
    Immediates,
}

impl TicksSite {
    /// The name `frames.js` knows the site by.
    pub(crate) fn name(self) -> &'static str {
        match self {
            TicksSite::TimerList => "list",
            TicksSite::Timers => "timers",
            TicksSite::Immediates => "immediate",
        }
    }
}

/// What the loop needs from the JavaScript engine.
pub(crate) trait Js {
    /// The shared host state.
    fn host(&self) -> &Rc<RefCell<Host>>;
    /// Runs the callback stored for `task`, routing exceptions to the uncaught-exception machinery.
    fn call_task(&mut self, task: TaskId, queue: Queue) -> CallResult;
    /// Forgets the callback stored for `task` (it will not run again).
    fn drop_task(&mut self, task: TaskId);
    /// Node's `runNextTicks()`: drain nextTicks, microtasks and promise rejections.
    fn run_next_ticks(&mut self);
    /// The same, called from node's JS timer code at `site` (between two timers or immediates): the
    /// callbacks it runs show that caller's frames under theirs.
    fn run_next_ticks_at(&mut self, site: TicksSite);
    /// Emits `process.emit('beforeExit', code)`.
    fn emit_before_exit(&mut self);
    /// Runs queued async_hooks `destroy` callbacks (node's native immediate at the start of the check phase).
    fn flush_async_destroys(&mut self);
    /// Lets this thread's workers run until their next event lies past `bound_ns`; true if one of them
    /// posted something for this thread or ended (this thread's next event may then come sooner).
    fn advance_workers(&mut self, bound_ns: u64) -> bool;
    /// Delivers the mail due by now: worker messages, output and exits on a parent, parent messages on a
    /// worker.
    fn deliver_mail(&mut self);
}

/// Whether the run is stopping.
pub(crate) fn stopped(js: &dyn Js) -> bool {
    js.host().borrow().stop.is_some()
}

fn phase<F: FnOnce(&mut dyn Js)>(js: &mut dyn Js, phase: Phase, body: F) {
    let iteration = {
        let mut host = js.host().borrow_mut();
        let iteration = host.iteration;
        host.emit(TraceEvent::PhaseEntered { iteration, phase });
        iteration
    };
    body(js);
    js.host()
        .borrow_mut()
        .emit(TraceEvent::PhaseLeft { iteration, phase });
}

/// A loop iteration starts: count it, note the loop's start, update libuv's cached time.
fn begin_iteration(js: &mut dyn Js) {
    let mut host = js.host().borrow_mut();
    host.iteration += 1;
    if host.loop_start_ns.is_none() {
        host.loop_start_ns = Some(host.clock.now_ns());
    }
    host.libuv_now();
}

/// Where a worker's loop stands between two slices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Slice {
    /// Its main script ran; the loop has not started.
    Start,
    /// Parked in a poll phase's wait.
    AtPoll,
    /// The loop ended (or the worker stopped).
    Done,
}

/// Runs a worker's loop from `at` until its next event lies past `bound_ns` or it posted something for its
/// parent (it parks in the poll phase), or it ends. The same phases as [`run`], one iteration at a time.
pub(crate) fn run_slice(js: &mut dyn Js, at: Slice, bound_ns: u64) -> Slice {
    let posted = |js: &dyn Js| {
        js.host()
            .borrow()
            .parent
            .as_ref()
            .map_or(0, |l| l.borrow().posted)
    };
    let posted_before = posted(js);
    let mut first = at == Slice::Start;
    let mut at_poll = at == Slice::AtPoll;
    loop {
        if stopped(js) {
            return Slice::Done;
        }
        if !at_poll {
            if first {
                let host = js.host().borrow();
                if host.config.loop_entry == LoopEntry::TimersFirst && host.loop_alive() {
                    host.clock.advance(1_000_000);
                }
            }
            first = false;
            if !js.host().borrow().loop_alive() {
                js.emit_before_exit();
                if stopped(js) || !js.host().borrow().loop_alive() {
                    return Slice::Done;
                }
            }
            begin_iteration(js);
            phase(js, Phase::Timers, timers::run_phase);
            if stopped(js) {
                return Slice::Done;
            }
            phase(js, Phase::Pending, pending::run_phase);
            phase(js, Phase::IdlePrepare, idle::run_phase);
        }
        at_poll = false;
        // Having posted something, it parks at once: its parent may answer before it goes on.
        let bound = if posted(js) != posted_before {
            0
        } else {
            bound_ns
        };
        match poll::wait(js, Some(bound)) {
            poll::Wait::Park => return Slice::AtPoll,
            poll::Wait::Stop => return Slice::Done,
            poll::Wait::Ready => {}
        }
        // (A worker's trace is not recorded: no phase events for its poll phase.)
        poll::deliver(js);
        if stopped(js) {
            return Slice::Done;
        }
        phase(js, Phase::Check, check::run_phase);
        if stopped(js) {
            return Slice::Done;
        }
        phase(js, Phase::Close, close::run_phase);
    }
}

/// A worker blocked in `Atomics.wait` lets its parent go on: the parent, which was letting its workers run
/// from its poll phase's wait, runs the rest of that poll phase and its loop on until it is back at that point
/// with `done` true (returns true), or its run stops or its loop ends (false). Then the worker resumes, and
/// the parent's outer poll phase (the same program point) goes on from the state this left.
pub(crate) fn resume_parent(js: &mut dyn Js, done: &dyn Fn(&dyn Js) -> bool) -> bool {
    loop {
        if poll::wait(js, None) != poll::Wait::Ready {
            return false;
        }
        poll::deliver(js);
        {
            let mut host = js.host().borrow_mut();
            let iteration = host.iteration;
            host.emit(TraceEvent::PhaseLeft {
                iteration,
                phase: Phase::Poll,
            });
        }
        if stopped(js) {
            return false;
        }
        phase(js, Phase::Check, check::run_phase);
        if stopped(js) {
            return false;
        }
        phase(js, Phase::Close, close::run_phase);
        if stopped(js) || !js.host().borrow().loop_alive() {
            return false;
        }
        begin_iteration(js);
        phase(js, Phase::Timers, timers::run_phase);
        if stopped(js) {
            return false;
        }
        phase(js, Phase::Pending, pending::run_phase);
        phase(js, Phase::IdlePrepare, idle::run_phase);
        {
            let mut host = js.host().borrow_mut();
            let iteration = host.iteration;
            host.emit(TraceEvent::PhaseEntered {
                iteration,
                phase: Phase::Poll,
            });
        }
        if done(js) {
            return true;
        }
    }
}

/// Runs the loop until nothing ref'd is left (including `beforeExit` revivals) or the run stops.
pub(crate) fn run(js: &mut dyn Js) {
    let mut first = true;
    loop {
        // uv_run(UV_RUN_DEFAULT)
        let mut alive = js.host().borrow().loop_alive();
        if alive && first {
            let host = js.host().borrow_mut();
            if host.config.loop_entry == LoopEntry::TimersFirst {
                host.clock.advance(1_000_000);
            }
        }
        first = false;
        while alive && !stopped(js) {
            begin_iteration(js);
            phase(js, Phase::Timers, timers::run_phase);
            if stopped(js) {
                break;
            }
            phase(js, Phase::Pending, pending::run_phase);
            phase(js, Phase::IdlePrepare, idle::run_phase);
            phase(js, Phase::Poll, poll::run_phase);
            if stopped(js) {
                break;
            }
            phase(js, Phase::Check, check::run_phase);
            if stopped(js) {
                break;
            }
            phase(js, Phase::Close, close::run_phase);
            alive = js.host().borrow().loop_alive();
        }
        if stopped(js) {
            return;
        }
        js.emit_before_exit();
        if stopped(js) || !js.host().borrow().loop_alive() {
            return;
        }
    }
}
