//! `host.listenerTrampolines(cls)`: the functions events.js calls listeners through, named after the emitter's
//! class (`__ll_emit$Cls`, `__ll_emitN$Cls` for an array of listeners, `__ll_once$Cls` / `__ll_onceN$Cls`
//! inside a once wrapper called without / with arguments; `__ll_dispatch$Cls` and `__ll_handle$Cls` for an EventTarget's function and `handleEvent`
//! listeners, `__ll_port$Cls` for a MessagePort's message delivered by node's per-context trampoline), so a stack taken inside a listener can show node's `Cls.<anonymous>` and `Cls.emit
//! (node:events:524:28)` frames (stack.js maps them). Compiled without instrumentation and without a host
//! call charge: they cost no virtual time.

use boa_engine::{Context, JsResult, JsValue, Script, Source};

use super::natives::arg;

/// `{ one, many, once }` for a class name that is a plain identifier; undefined otherwise (listeners are
/// then called directly and their frames keep Boa's names).
pub(super) fn listener_trampolines(
    _: &JsValue,
    args: &[JsValue],
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let cls = arg(args, 0).to_string(ctx)?.to_std_string_lossy();
    let mut chars = cls.chars();
    let identifier = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_' || c == '$')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
    if !identifier {
        return Ok(JsValue::undefined());
    }
    let src = format!(
        "({{ one: function __ll_emit${cls}(h, t, a) {{ return h.apply(t, a); }}, \
         many: function __ll_emitN${cls}(h, t, a) {{ return h.apply(t, a); }}, \
         once: function __ll_once${cls}(h, t, a) {{ return h.apply(t, a); }}, \
         onceN: function __ll_onceN${cls}(h, t, a) {{ return h.apply(t, a); }}, \
         dispatch: function __ll_dispatch${cls}(h, t, a) {{ return h.apply(t, a); }}, \
         handle: function __ll_handle${cls}(h, t, a) {{ return h.apply(t, a); }}, \
         port: function __ll_port${cls}(h, t, a) {{ return h.apply(t, a); }} }})"
    );
    let path = std::path::Path::new("node:internal/looplab/listeners");
    Script::parse(Source::from_bytes(&src).with_path(path), None, ctx)?.evaluate(ctx)
}
