//! The `host` natives behind timers.js: setTimeout/setInterval timers (create, clear, ref, refresh) and
//! setImmediate's immediates, each a task in the loop's queues with its callback kept in the callback store.

use boa_engine::{js_string, Context, JsResult, JsValue};
use looplab_trace::{Queue, TraceEvent, VTime};

use super::natives::{arg, args_vec, fn_label, num, sh, task_arg};
use super::{callsite, Callback};

pub(super) fn timer_create(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = sh(ctx)?;
    let this = arg(args, 0);
    let func = arg(args, 1);
    let cb_args = args_vec(&arg(args, 2), ctx)?;
    let msecs = num(args, 3, ctx)?;
    let repeat = arg(args, 4).to_boolean();
    let label = fn_label(&func, ctx);
    let site = callsite(ctx);
    let (task, now) = {
        let mut host = s.host.borrow_mut();
        let task = host.new_task();
        let now = host.libuv_now();
        let due = VTime(((now as f64 + msecs) * 1_000_000.0) as u64);
        host.queued_with(task, Queue::Timers, label, site, Some(due), None);
        host.timers
            .create(task, msecs, repeat.then_some(msecs), now);
        (task, now)
    };
    // node's `timer._idleStart`: the loop time the timer was inserted at (timers.js reserves the field's place).
    if let Some(obj) = this.as_object() {
        obj.set(js_string!("_idleStart"), now as f64, false, ctx)?;
    }
    s.store.borrow_mut().insert(
        task,
        Callback {
            func,
            this,
            args: cb_args,
            frame: s.frame.borrow().clone(),
        },
    );
    Ok(JsValue::from(task.0 as f64))
}

pub(super) fn timer_clear(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = sh(ctx)?;
    let task = task_arg(args, 0, ctx)?;
    let mut host = s.host.borrow_mut();
    if host.timers.clear(task) {
        host.emit(TraceEvent::TaskCancelled {
            task,
            queue: Queue::Timers,
        });
    }
    Ok(JsValue::undefined())
}

pub(super) fn timer_ref(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = sh(ctx)?;
    let task = task_arg(args, 0, ctx)?;
    s.host
        .borrow_mut()
        .timers
        .set_ref(task, arg(args, 1).to_boolean());
    Ok(JsValue::undefined())
}

pub(super) fn timer_has_ref(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = sh(ctx)?;
    let task = task_arg(args, 0, ctx)?;
    let r = s.host.borrow().timers.has_ref(task);
    Ok(JsValue::from(r))
}

pub(super) fn timer_refresh(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = sh(ctx)?;
    let task = task_arg(args, 0, ctx)?;
    let mut host = s.host.borrow_mut();
    let now = host.libuv_now();
    host.timers.refresh(task, now);
    Ok(JsValue::undefined())
}

pub(super) fn immediate_create(
    _: &JsValue,
    args: &[JsValue],
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let s = sh(ctx)?;
    let this = arg(args, 0);
    let func = arg(args, 1);
    let cb_args = args_vec(&arg(args, 2), ctx)?;
    let label = fn_label(&func, ctx);
    let site = callsite(ctx);
    let mut host = s.host.borrow_mut();
    let task = host.new_task();
    host.queued(task, Queue::Check, label, site);
    host.immediates.push(task);
    s.store.borrow_mut().insert(
        task,
        Callback {
            func,
            this,
            args: cb_args,
            frame: s.frame.borrow().clone(),
        },
    );
    Ok(JsValue::from(task.0 as f64))
}

pub(super) fn immediate_clear(
    _: &JsValue,
    args: &[JsValue],
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let s = sh(ctx)?;
    let task = task_arg(args, 0, ctx)?;
    let mut host = s.host.borrow_mut();
    if host.immediates.clear(task) {
        host.emit(TraceEvent::TaskCancelled {
            task,
            queue: Queue::Check,
        });
        s.store.borrow_mut().remove(task);
    }
    Ok(JsValue::undefined())
}

pub(super) fn immediate_ref(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = sh(ctx)?;
    let task = task_arg(args, 0, ctx)?;
    s.host
        .borrow_mut()
        .immediates
        .set_ref(task, arg(args, 1).to_boolean());
    Ok(JsValue::undefined())
}

pub(super) fn immediate_has_ref(
    _: &JsValue,
    args: &[JsValue],
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let s = sh(ctx)?;
    let task = task_arg(args, 0, ctx)?;
    let r = s.host.borrow().immediates.has_ref(task);
    Ok(JsValue::from(r))
}

/// `activeTimerCounts()` → `[refed timers, refed immediates]` (process.getActiveResourcesInfo).
pub(super) fn active_timer_counts(
    _: &JsValue,
    _: &[JsValue],
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let s = sh(ctx)?;
    let (timers, immediates) = {
        let host = s.host.borrow();
        (host.timers.ref_count(), host.immediates.ref_count)
    };
    let counts = [
        JsValue::from(timers as f64),
        JsValue::from(immediates as f64),
    ];
    Ok(boa_engine::object::builtins::JsArray::from_iter(counts, ctx).into())
}
