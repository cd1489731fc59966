//! Natives behind `async_hooks.createHook` (see `host/async_ids.rs`): the bootstrap reports `init` for the
//! resources it creates (Timeout, Immediate, TickObject); the engine calls `before`/`after` around
//! their callbacks and queues `destroy` after one-shot callbacks.

use boa_engine::object::builtins::JsArray;
use boa_engine::{Context, JsResult, JsValue};
use looplab_trace::TaskId;

use super::natives::{arg, sh};

/// `asyncHooksEnable(on)`: whether any hook is enabled.
pub(super) fn enable(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = sh(ctx)?;
    s.host.borrow_mut().async_ids.enabled = arg(args, 0).to_boolean();
    Ok(JsValue::undefined())
}

/// `asyncInit(id, type)` → the trigger id (the running task), or -1 if the type is not tracked.
pub(super) fn init(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = sh(ctx)?;
    let id = arg(args, 0).to_number(ctx)? as u64;
    let kind = arg(args, 1).to_string(ctx)?.to_std_string_escaped();
    let mut host = s.host.borrow_mut();
    let trigger = host.execution_async_id();
    if host.async_ids.init(TaskId(id), &kind, trigger) {
        Ok(JsValue::from(trigger as f64))
    } else {
        Ok(JsValue::from(-1))
    }
}

/// `asyncIds()` → `[executionAsyncId, triggerAsyncId]`. A lookup that costs no virtual time (timers.js asks
/// it for every timer's trigger id).
pub(super) fn ids(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = super::shared(ctx).ok_or_else(|| {
        boa_engine::JsNativeError::error().with_message("looplab host state missing")
    })?;
    let (exec, trigger) = {
        let host = s.host.borrow();
        let exec = host.execution_async_id();
        (exec, host.async_ids.trigger(exec))
    };
    Ok(JsArray::from_iter(
        [JsValue::from(exec as f64), JsValue::from(trigger as f64)],
        ctx,
    )
    .into())
}

/// `asyncDestroy(id)`: a reported resource was cleared before it ran (clearTimeout, clearImmediate).
pub(super) fn destroy(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = sh(ctx)?;
    let id = arg(args, 0).to_number(ctx)? as u64;
    s.host.borrow_mut().async_ids.destroy(TaskId(id));
    Ok(JsValue::undefined())
}
