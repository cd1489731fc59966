//! Async context propagation for AsyncLocalStorage: the current context "frame" (a JS `Map` from storage to
//! store, or `undefined`) is captured whenever a callback is scheduled (nextTick, timers, immediates,
//! thread-pool and fs callbacks, queueMicrotask, promise reactions at `.then()` time) and restored while it runs,
//! where Node's async_hooks-based AsyncLocalStorage propagates it. EventEmitter listeners run in the emitter's
//! caller context, as in Node.

use boa_engine::job::JobCallback;
use boa_engine::object::builtins::JsFunction;
use boa_engine::{Context, Finalize, JsData, JsResult, JsValue, Trace};

use super::natives::arg;
use super::shared;

/// The frame a promise reaction was registered in (the `[[HostDefined]]` of its JobCallback).
#[derive(Trace, Finalize, JsData)]
struct Frame(JsValue);

/// Runs `f` with `frame` as the current async context, then puts the previous one back.
pub(crate) fn call_in<R>(
    frame: &JsValue,
    ctx: &mut Context,
    f: impl FnOnce(&mut Context) -> R,
) -> R {
    let Some(sh) = shared(ctx) else { return f(ctx) };
    let prev = sh.frame.replace(frame.clone());
    let out = f(ctx);
    *sh.frame.borrow_mut() = prev;
    out
}

/// HostMakeJobCallback: remember the current frame with the reaction.
pub(crate) fn make_job_callback(callback: JsFunction, ctx: &mut Context) -> JobCallback {
    let frame = shared(ctx).map_or_else(JsValue::undefined, |sh| sh.frame.borrow().clone());
    JobCallback::new(callback, Frame(frame))
}

/// HostCallJobCallback: run the reaction in the frame it was registered in.
pub(crate) fn call_job_callback(
    job: &JobCallback,
    this: &JsValue,
    args: &[JsValue],
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let frame = job
        .host_defined()
        .downcast_ref::<Frame>()
        .map_or_else(JsValue::undefined, |f| f.0.clone());
    call_in(&frame, ctx, |ctx| job.callback().call(this, args, ctx))
}

/// `getFrame()`: the current async context frame.
pub(super) fn get_frame(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    Ok(shared(ctx).map_or_else(JsValue::undefined, |sh| sh.frame.borrow().clone()))
}

/// `setFrame(frame)`: replaces the current async context frame (AsyncLocalStorage.run/enterWith/exit).
pub(super) fn set_frame(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    if let Some(sh) = shared(ctx) {
        *sh.frame.borrow_mut() = arg(args, 0);
    }
    Ok(JsValue::undefined())
}
