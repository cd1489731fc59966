//! The `host` natives that compile and read user source: `compile` (the CommonJS wrapper, syntax errors with
//! V8's messages), `syntaxMessage` for eval/new Function text, and the source lines, texts and file list that
//! the messages and frames JS reads.

use boa_engine::object::builtins::JsArray;
use boa_engine::{js_string, Context, JsResult, JsValue};

use super::natives::{arg, num, sh};
use super::shared;

/// `compile(source, filename)` → `[fn]`, or `[null, message, line, column]` for a syntax error. The source is
/// wrapped in the CommonJS function (`exports, require, module, __filename, __dirname`), one line above.
pub(super) fn compile(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = sh(ctx)?;
    let src = arg(args, 0).to_string(ctx)?.to_std_string_lossy();
    let path = arg(args, 1).to_string(ctx)?.to_std_string_lossy();
    remember_source(&s, &path, &src);
    let body = src
        .strip_prefix("#!")
        .map_or_else(|| src.clone(), |rest| format!("//{rest}"));
    let wrapped = format!(
        "(function __looplab_main__(exports, require, module, __filename, __dirname) {{\n{body}\n}})"
    );
    // Instrumented for call spans/costs; `__ll$` is bound by an outer function on the wrapper's line, so no
    // user line moves.
    let code = super::calls::instrument_source(&s, &path, &wrapped, false, super::WRAPPER_LINES);
    let wrapped = if code == wrapped {
        wrapped
    } else {
        format!("(function(__ll$){{return {code}}})(globalThis[Symbol.for('looplab.calls')])")
    };
    let parsed = boa_engine::Script::parse(
        boa_engine::Source::from_bytes(&wrapped).with_path(std::path::Path::new(&path)),
        None,
        ctx,
    );
    // Boa's own verdict, then V8's wording and place for a failure, or the early error Boa misses.
    let engine_error = parsed.as_ref().err().map(ToString::to_string);
    let report = super::syntax::check_cjs_body(&body, engine_error.as_deref());
    let out = match (report, parsed.and_then(|script| script.evaluate(ctx))) {
        (None, Ok(f)) => vec![f],
        (Some(r), _) => syntax_failure(&r.message, r.line, r.column, r.length, ctx),
        (None, Err(e)) => {
            let (message, line, col) = super::errors::parse_syntax_error(&e.to_string());
            syntax_failure(&message, line, col, 1, ctx)
        }
    };
    Ok(JsArray::from_iter(out, ctx).into())
}

/// `syntaxMessage(source, engineError)`: V8's message for the syntax error in `source` (script text given to
/// `eval` or `new Function`, parsed as a function body), or undefined. With `engineError` (Boa's message, when
/// Boa rejected it) the parse failure is explained; without it, only the early errors Boa misses are reported.
/// A true third argument asks for the place too (see below).
pub(super) fn syntax_message(
    _: &JsValue,
    args: &[JsValue],
    ctx: &mut Context,
) -> JsResult<JsValue> {
    let src = arg(args, 0).to_string(ctx)?.to_std_string_lossy();
    let engine = arg(args, 1);
    let engine_error = if engine.is_undefined() || engine.is_null() {
        None
    } else {
        Some(engine.to_string(ctx)?.to_std_string_lossy())
    };
    let Some(r) = super::syntax::check_cjs_body(&src, engine_error.as_deref()) else {
        return Ok(JsValue::undefined());
    };
    if !arg(args, 2).to_boolean() {
        return Ok(JsValue::from(js_string!(r.message)));
    }
    // With `withPlace`: `[message, line, column, length]`, as `syntax_failure` gives them.
    let out = syntax_failure(&r.message, r.line, r.column, r.length, ctx);
    Ok(JsArray::from_iter(out.into_iter().skip(1), ctx).into())
}

/// `[null, message, line, column, length]`: a syntax error for modules.js to throw.
fn syntax_failure(
    message: &str,
    line: u32,
    col: u32,
    len: u32,
    _ctx: &mut Context,
) -> Vec<JsValue> {
    vec![
        JsValue::null(),
        JsValue::from(js_string!(message)),
        JsValue::from(line),
        JsValue::from(col),
        if len == super::syntax::NO_MARK {
            JsValue::from(-1)
        } else {
            JsValue::from(len)
        },
    ]
}

/// Keeps the text a module was compiled from as its source (`sourceLine`/`sourceText`): a file the program
/// wrote to the virtual file system and then loaded is not among the scenario's files, and a scenario file
/// may have been rewritten before it was loaded.
pub(super) fn remember_source(s: &super::Shared, path: &str, text: &str) {
    let mut files = s.files.borrow_mut();
    if files.get(path).is_none_or(|known| known != text) {
        files.insert(path.to_string(), text.to_string());
    }
}

pub(super) fn source_line(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(s) = shared(ctx) else {
        return Ok(JsValue::undefined());
    };
    let file = arg(args, 0).to_string(ctx)?.to_std_string_escaped();
    let line = num(args, 1, ctx)? as usize;
    let files = s.files.borrow();
    match files
        .get(&file)
        .and_then(|src| src.lines().nth(line.saturating_sub(1)))
    {
        Some(l) => Ok(JsValue::from(js_string!(l))),
        None => Ok(JsValue::undefined()),
    }
}

/// The whole text of a loaded source file (v8_messages.js searches it for declarations).
pub(super) fn source_text(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(s) = shared(ctx) else {
        return Ok(JsValue::undefined());
    };
    let file = arg(args, 0).to_string(ctx)?.to_std_string_escaped();
    let files = s.files.borrow();
    Ok(files.get(&file).map_or(JsValue::undefined(), |src| {
        JsValue::from(js_string!(src.as_str()))
    }))
}

/// The paths of the files compiled so far (user modules), sorted: for scans over all user code (the
/// scenario's other files are not the program's). All scenario files if none of them was compiled yet.
pub(super) fn source_files(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(s) = shared(ctx) else {
        return Ok(JsValue::undefined());
    };
    let files = s.files.borrow();
    // Instrumented runtime files (a traced run) are not the scenario's.
    let compiled: Vec<String> = s
        .columns
        .borrow()
        .keys()
        .filter(|k| files.contains_key(*k))
        .cloned()
        .collect();
    let names: Vec<JsValue> = if compiled.is_empty() {
        files.keys().cloned().collect::<Vec<_>>()
    } else {
        compiled
    }
    .into_iter()
    .map(|k| JsValue::from(js_string!(k.as_str())))
    .collect();
    Ok(boa_engine::object::builtins::JsArray::from_iter(names, ctx).into())
}
