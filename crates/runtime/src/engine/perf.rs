//! Native side of perf_hooks: the event loop's start time and idle time, from the virtual clock, for
//! `performance.eventLoopUtilization()` and `performance.nodeTiming`; and `blockFor`, time the main thread
//! spends blocked (`Atomics.wait`).

use boa_engine::object::builtins::JsArray;
use boa_engine::{Context, JsResult, JsValue};

use super::shared;

/// `loopTimes()` → `[loopStartNs | -1, idleNs, nowNs]` (no virtual-time cost: reading it changes nothing).
pub(super) fn loop_times(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(sh) = shared(ctx) else {
        return Ok(JsValue::undefined());
    };
    let (start, idle, now) = {
        let host = sh.host.borrow();
        (
            host.loop_start_ns.map_or(-1.0, |n| n as f64),
            host.idle_ns as f64,
            host.clock.now_ns() as f64,
        )
    };
    let values = [
        JsValue::from(start),
        JsValue::from(idle),
        JsValue::from(now),
    ];
    Ok(JsArray::from_iter(values, ctx).into())
}

/// `blockFor(ms)`: the main thread blocked for `ms` of virtual time (`Atomics.wait` with a timeout that nothing
/// can cut short: no other thread can notify it).
pub(super) fn block_for(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let ms = super::natives::arg(args, 0).to_number(ctx)?;
    if let Some(sh) = shared(ctx) {
        if ms.is_finite() && ms > 0.0 {
            sh.host.borrow().clock.advance((ms * 1e6) as u64);
        }
    }
    Ok(JsValue::undefined())
}
