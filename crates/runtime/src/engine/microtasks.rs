//! Running the microtask queue one job at a time: the engine's checkpoint drain, and `host.runMicrotask()`,
//! which the bootstrap's `__ll_runMicrotasks` trampoline calls when the drain happens inside node's
//! `processTicksAndRejections` (so the callbacks' stacks show node's `runMicrotasks()` frame under them).

use std::cell::RefCell;

use boa_engine::{Context, JsResult, JsValue};
use looplab_trace::{Outcome, Queue, TraceEvent};

use super::executor::Microtask;
use super::{esm, natives, Shared};

/// Runs the next queued microtask: `None` when the queue is empty or the run is stopping, else the job's result.
pub(crate) fn run_one(sh: &Shared, ctx: &mut Context) -> Option<JsResult<()>> {
    let (task, job) = sh.executor.pop()?;
    {
        let mut host = sh.host.borrow_mut();
        if host.stop.is_some() {
            return None;
        }
        host.emit(TraceEvent::TaskStarted {
            task,
            queue: Queue::Microtask,
            worker: None,
        });
        host.charge_callback();
    }
    let result = match job {
        Microtask::Promise(j) => j.call(ctx).map(|_| ()),
        Microtask::Native(j) => j.call(ctx).map(|_| ()),
        Microtask::Generic(j) => j.call(ctx).map(|_| ()),
        Microtask::Async(j) => {
            let cell = RefCell::new(ctx);
            match esm::block_on(j.call(&cell)) {
                Some(r) => r.map(|_| ()),
                None => Err(boa_engine::JsNativeError::error()
                    .with_message("module loading did not complete")
                    .into()),
            }
        }
    };
    let outcome = if result.is_ok() {
        Outcome::Returned
    } else {
        Outcome::Threw
    };
    sh.host.borrow_mut().emit(TraceEvent::TaskFinished {
        task,
        queue: Queue::Microtask,
        outcome,
    });
    Some(result)
}

/// `host.runMicrotask()`: runs one microtask; true if one ran, false when none is left. A job that throws
/// (a queueMicrotask callback) throws out of here, to the engine's uncaught-exception handling.
pub(crate) fn run_microtask(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let sh = natives::sh(ctx)?;
    match run_one(&sh, ctx) {
        None => Ok(JsValue::from(false)),
        Some(r) => r.map(|()| JsValue::from(true)),
    }
}
