//! The receiver (`this`) of each user function on the stack, by stack depth, for V8's method frame names
//! (`at Child.fail`, `at Number.run`, a plain `at greet` for a method called without one). Boa's frames keep
//! no receiver, so instrumented functions report theirs on entry (`c(this)` / `e(id, this)`); functions whose
//! `this` is not their caller's (arrows, constructors, accessors) report none, and an async function resumed
//! at another depth clears its slot (`host.clearReceiver`). stack_receivers.js takes a copy of the table when an error
//! is made, thrown or caught (`host.receiverTable()`) and names the error's frames from it when its stack is
//! read. The table is cleared after each callback, so it keeps no object alive for long.

use boa_engine::object::builtins::JsArray;
use boa_engine::{Context, JsResult, JsValue};

use super::Shared;

/// Slots past the current depth a copy keeps: the frames of an error thrown deeper and caught here.
const COPY_ABOVE: usize = 64;

/// Records the receiver of the function entered at `depth` (`None`: it has none of its caller's).
pub(crate) fn record(ctx: &Context, depth: usize, receiver: Option<&JsValue>) {
    let Some(sh) = ctx.get_data::<Shared>() else {
        return;
    };
    let mut table = sh.receivers.borrow_mut();
    if table.len() <= depth {
        table.resize(depth + 1, JsValue::null());
    }
    // `null` marks "unknown"; a call without a receiver (undefined, or null) is V8's top level.
    table[depth] = match receiver {
        None => JsValue::null(),
        Some(v) if v.is_null_or_undefined() => JsValue::undefined(),
        Some(v) => v.clone(),
    };
}

/// `receiverTable()`: a copy of the table (index = depth), up to a little above the caller's depth.
pub(crate) fn table(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let depth = ctx.stack_trace().size_hint().0;
    let items: Vec<JsValue> = match ctx.get_data::<Shared>() {
        Some(sh) => {
            let table = sh.receivers.borrow();
            table.iter().take(depth + COPY_ABOVE).cloned().collect()
        }
        None => Vec::new(),
    };
    Ok(JsArray::from_iter(items, ctx).into())
}

/// `clearReceiver(k)`: forgets the receiver `k` frames below the caller (an async function resumed there);
/// `clearReceiver(k, value)` records `value` there instead (the receiver the function was first called with).
pub(crate) fn clear(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let depth = ctx.stack_trace().size_hint().0;
    let k = args
        .first()
        .and_then(JsValue::as_number)
        .unwrap_or(1.0)
        .max(0.0) as usize;
    if let (Some(sh), Some(d)) = (ctx.get_data::<Shared>(), depth.checked_sub(k)) {
        let value = match args.get(1) {
            None => JsValue::null(),
            Some(v) if v.is_null_or_undefined() => JsValue::undefined(),
            Some(v) => v.clone(),
        };
        // (Resumed in a later callback, after the table was reset: it grows to the slot.)
        let mut table = sh.receivers.borrow_mut();
        if table.len() <= d {
            table.resize(d + 1, JsValue::null());
        }
        table[d] = value;
    }
    Ok(JsValue::undefined())
}

/// Forgets every receiver (between callbacks: no user frame is left on the stack).
pub(crate) fn reset(sh: &Shared) {
    sh.receivers.borrow_mut().clear();
}
