//! `Atomics.wait` / `Atomics.notify` across threads. Boa cannot suspend an agent, and every thread's engine
//! takes turns on one OS thread, so a waiting thread lets the others run from inside its wait (in virtual
//! time, up to its timeout) until one of them notifies the location it waits on:
//! - a main thread runs its workers (`workers::advance`);
//! - a worker runs its parent's loop on (`event_loop::resume_parent`). It can when its parent was letting it
//!   run from its poll phase's wait (the parent's engine is then parked at that point, reachable through
//!   [`PARENT`]); not when the parent itself is inside `Atomics.wait` (both would wait for each other).

use std::cell::{Cell, RefCell};

use boa_engine::{js_string, Context, JsError, JsObject, JsResult, JsValue};

use super::natives::{arg, sh};
use super::Engine;
use crate::event_loop;
use crate::host::workers::MESSAGE_LATENCY_NS;
use crate::host::Stop;

/// How many workers may be blocked in `Atomics.wait` inside each other's waits (each one nests the parent's
/// loop a level deeper on the native stack).
const MAX_NESTED_WAITS: usize = 16;

thread_local! {
    /// The parent engine while it lets its workers run from its poll phase's wait, else null.
    static PARENT: Cell<*mut Engine> = const { Cell::new(std::ptr::null_mut()) };
}

/// Runs `f` (which runs workers) with `parent` parked: a worker blocked in `Atomics.wait` may run the parent's
/// loop on from inside `f`.
pub(super) fn parked<R>(parent: &mut Engine, f: impl FnOnce() -> R) -> R {
    // SAFETY (of the use in `wait_in_worker`): the pointer comes from this `&mut`, which is not used again
    // until `f` returns; `f` reaches the parent only through this pointer, one use at a time (a nested
    // `parked` call stacks a reborrow of it, restored in turn), and the pointer is cleared afterwards.
    let previous = PARENT.with(|p| p.replace(parent as *mut Engine));
    let result = f();
    PARENT.with(|p| p.set(previous));
    result
}

/// Runs `f` on the parked parent engine `parent` (from [`PARENT`], taken out of it while `f` runs).
#[allow(unsafe_code)]
fn with_parent<R>(parent: *mut Engine, f: impl FnOnce(&mut Engine) -> R) -> R {
    // SAFETY: `parent` was made by `parked` from the parent's `&mut Engine`, whose frame (the parent's poll
    // phase, in `advance_workers`) is below this one on the stack and does not touch the engine until the
    // workers it runs return; PARENT was cleared, so this is the only live reference made from it until `f`
    // returns (a nested `parked` inside `f` stacks a reborrow of this one).
    f(unsafe { &mut *parent })
}

/// Runs `f` with no parent parked (the parent is running JavaScript: its workers cannot run it on).
fn unparked<R>(f: impl FnOnce() -> R) -> R {
    let previous = PARENT.with(|p| p.replace(std::ptr::null_mut()));
    let result = f();
    PARENT.with(|p| p.set(previous));
    result
}

/// Objects every thread's engine sees as the same (all engines run on one OS thread and one GC heap; a
/// `JsObject` held here stays rooted), and the threads waiting in `Atomics.wait`.
#[derive(Default)]
pub(crate) struct Threads {
    /// Shared objects (SharedArrayBuffers sent to a worker), by index.
    pub objects: RefCell<Vec<JsObject>>,
    /// Who waits where.
    pub waiters: RefCell<Vec<Waiter>>,
}

/// A thread blocked in `Atomics.wait` on one location.
pub(crate) struct Waiter {
    buffer: JsObject,
    byte: u64,
    /// The notifier's virtual time, once notified.
    woken_at: Option<u64>,
}

/// `atomicsWait(buffer, byteIndex, timeoutMs)` on a thread whose workers may notify it: `'ok'` (notified; the
/// clock moved to the notification), `'timed-out'` (the clock moved by the timeout), `'never'` (no timeout and
/// no worker can notify any more: node would block forever), or `''` when this thread has no worker to wait
/// for (a worker, or a main thread without workers).
pub(super) fn wait(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(buffer) = arg(args, 0).as_object() else {
        return Ok(js_string!("").into());
    };
    let byte = arg(args, 1).to_number(ctx)?.max(0.0) as u64;
    let ms = arg(args, 2).to_number(ctx)?;
    let s = sh(ctx)?;
    if s.host.borrow().parent.is_some() {
        return wait_in_worker(&s, buffer, byte, ms);
    }
    let now = {
        let h = s.host.borrow();
        if h.workers.is_empty() {
            return Ok(js_string!("").into());
        }
        h.clock.now_ns()
    };
    let (deadline, index) = begin_wait(&s, buffer, byte, now, ms);
    let woken = loop {
        let progressed = unparked(|| super::workers::advance(&s, deadline));
        let woken = woken_at(&s, index);
        if woken.is_some() || !progressed || s.host.borrow().stop.is_some() {
            break woken;
        }
    };
    s.handles.waiters.borrow_mut().truncate(index);
    let h = s.host.borrow();
    Ok(match woken {
        Some(at) => {
            // The wake-up travels like a message: what the worker posted before notifying is there.
            h.clock
                .advance_to(at.saturating_add(MESSAGE_LATENCY_NS).max(now));
            js_string!("ok").into()
        }
        None if deadline != u64::MAX => {
            h.clock.advance_to(deadline);
            js_string!("timed-out").into()
        }
        None => js_string!("never").into(),
    })
}

/// When the waiter at `index` was notified (virtual ns), if it was.
fn woken_at(s: &super::Shared, index: usize) -> Option<u64> {
    s.handles
        .waiters
        .borrow()
        .get(index)
        .and_then(|w| w.woken_at)
}

/// Registers a waiter on `buffer` at `byte`: its deadline (`u64::MAX` without a timeout) and its index in
/// the waiters list.
fn begin_wait(s: &super::Shared, buffer: JsObject, byte: u64, now: u64, ms: f64) -> (u64, usize) {
    let deadline = if ms.is_finite() {
        now.saturating_add((ms.max(0.0) * 1e6) as u64)
    } else {
        u64::MAX
    };
    let mut waiters = s.handles.waiters.borrow_mut();
    waiters.push(Waiter {
        buffer,
        byte,
        woken_at: None,
    });
    (deadline, waiters.len() - 1)
}

/// A worker's `Atomics.wait`: its parent's loop runs on until it notifies the location, the timeout passes
/// (the parent's poll phase wakes then), the parent terminates the worker or the run stops.
fn wait_in_worker(s: &super::Shared, buffer: JsObject, byte: u64, ms: f64) -> JsResult<JsValue> {
    let parent = PARENT.with(|p| p.replace(std::ptr::null_mut()));
    if parent.is_null() || s.handles.waiters.borrow().len() >= MAX_NESTED_WAITS {
        PARENT.with(|p| p.set(parent));
        return Ok(js_string!("").into());
    }
    let (now, link) = {
        let h = s.host.borrow();
        (h.clock.now_ns(), h.parent.clone())
    };
    let (deadline, index) = begin_wait(s, buffer, byte, now, ms);
    let threads = s.handles.clone();
    let terminated = || link.as_ref().is_some_and(|l| l.borrow().terminated);
    let resumed = with_parent(parent, |engine| {
        let bounded = deadline != u64::MAX;
        if bounded {
            engine.sh.host.borrow_mut().wake_bounds.push(deadline);
        }
        let resumed = event_loop::resume_parent(engine, &|js| {
            threads
                .waiters
                .borrow()
                .get(index)
                .is_none_or(|w| w.woken_at.is_some())
                || js.host().borrow().clock.now_ns() >= deadline
                || terminated()
        });
        if bounded {
            let mut h = engine.sh.host.borrow_mut();
            if let Some(at) = h.wake_bounds.iter().position(|d| *d == deadline) {
                h.wake_bounds.remove(at);
            }
        }
        resumed
    });
    PARENT.with(|p| p.set(parent));
    let woken = woken_at(s, index);
    s.handles.waiters.borrow_mut().truncate(index);
    if !resumed || terminated() {
        // The parent's run ended (or it terminated this worker) while it waited: the worker stops here.
        let mut h = s.host.borrow_mut();
        if h.stop.is_none() {
            h.stop = Some(Stop::Exit(1));
        }
        return Err(JsError::from(
            boa_engine::error::RuntimeLimitError::StackSize,
        ));
    }
    let h = s.host.borrow();
    Ok(match woken {
        Some(at) => {
            h.clock
                .advance_to(at.saturating_add(MESSAGE_LATENCY_NS).max(now));
            js_string!("ok").into()
        }
        None => {
            h.clock.advance_to(deadline);
            js_string!("timed-out").into()
        }
    })
}

/// `atomicsNotify(buffer, byteIndex, count)`: wakes up to `count` threads waiting on that location (in the
/// order they began waiting); returns how many. A worker that woke someone parks at its next poll phase, so
/// the woken thread runs from the notifier's time.
pub(super) fn notify(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(buffer) = arg(args, 0).as_object() else {
        return Ok(JsValue::from(0));
    };
    let byte = arg(args, 1).to_number(ctx)?.max(0.0) as u64;
    let count = arg(args, 2).to_number(ctx)?;
    let s = sh(ctx)?;
    let now = s.host.borrow().clock.now_ns();
    let mut woken = 0u32;
    for w in s.handles.waiters.borrow_mut().iter_mut() {
        if f64::from(woken) >= count {
            break;
        }
        if w.woken_at.is_none() && w.byte == byte && w.buffer == buffer {
            w.woken_at = Some(now);
            woken += 1;
        }
    }
    if woken > 0 {
        if let Some(link) = &s.host.borrow().parent {
            link.borrow_mut().posted += 1;
        }
    }
    Ok(JsValue::from(woken))
}

/// `takeMail(threadId, channel)`: the first message on a port's channel that has arrived by now, taken out of
/// the link before the poll phase would deliver it (`receiveMessageOnPort`), or null. On a worker the link is
/// its parent's (`threadId` unused).
pub(super) fn take_mail(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = arg(args, 0).to_number(ctx)? as u32;
    let channel = arg(args, 1).to_number(ctx)? as u32;
    let s = sh(ctx)?;
    let h = s.host.borrow();
    let now = h.clock.now_ns();
    let taken = if let Some(link) = &h.parent {
        let mut l = link.borrow_mut();
        let at = l
            .to_worker
            .iter()
            .position(|(due, c, _)| *due <= now && *c == channel);
        at.and_then(|i| l.to_worker.remove(i))
            .map(|(_, _, data)| data)
    } else {
        h.workers
            .iter()
            .find(|l| l.borrow().id == id)
            .and_then(|link| link.borrow_mut().take_message(now, channel))
    };
    Ok(taken.map_or_else(JsValue::null, |data| js_string!(data.as_str()).into()))
}
