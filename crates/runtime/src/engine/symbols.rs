//! `Symbol.for` made atomic across threads. Boa's global symbol registry is shared by every context in the
//! process, and its get-or-create is a lookup followed by an insert: two threads asking for a new key at the
//! same moment each made a symbol and the registry kept the later one, so the earlier thread's next
//! `Symbol.for` of that key returned a different symbol (its `util.inspect.custom` methods went unseen). The
//! runtime's `Symbol.for` converts the key first (user `toString` may run) and then asks Boa's original under
//! one process-wide lock. One thread (the browser worker, the CLI) only pays an uncontended lock.

use std::sync::{Mutex, PoisonError};

use boa_engine::{js_string, Context, JsObject, JsResult, JsValue, NativeFunction};

static REGISTRY: Mutex<()> = Mutex::new(());

/// Replaces `Symbol.for` (same name, length and attributes) with the locked version.
pub(crate) fn install(ctx: &mut Context) -> JsResult<()> {
    let symbol = ctx.intrinsics().constructors().symbol().constructor();
    let original = symbol.get(js_string!("for"), ctx)?;
    let Some(original) = original.as_object() else {
        return Ok(());
    };
    let native = NativeFunction::from_copy_closure_with_captures(
        |_this, args, original: &JsObject, ctx| {
            let key = args.first().cloned().unwrap_or_default().to_string(ctx)?;
            let _registry = REGISTRY.lock().unwrap_or_else(PoisonError::into_inner);
            original.call(&JsValue::undefined(), &[key.into()], ctx)
        },
        original.clone(),
    );
    super::calls::replace_method(ctx, &symbol, "for", 1, native)
}
