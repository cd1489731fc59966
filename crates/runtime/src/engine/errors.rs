//! Boa error texts turned into what node shows: throw-site frames and V8-worded syntax errors.

/// The user-code frames of a Boa error's display (`    at f (/main.js:3:9)`, innermost first: the throw
/// site), rewritten V8-style with the CommonJS wrapper line removed.
pub(crate) fn throw_frames(display: &str, columns: &super::calls::Columns) -> String {
    let mut out = String::new();
    for line in display.lines() {
        let Some(rest) = line.strip_prefix("    at ") else {
            continue;
        };
        // A frame of eval or `new Function` code keeps Boa's own text (and positions, `?` where it kept none):
        // js/v8_messages_eval.js reads it.
        if rest.starts_with("<eval> (eval at :") || rest.starts_with("anonymous (unknown at :") {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let (name, inner) = match rest.rsplit_once(" (") {
            Some((n, r)) => (n, r.trim_end_matches(')')),
            None => ("", rest),
        };
        let mut parts = inner.rsplitn(3, ':');
        let (Some(col), Some(ln), Some(file)) = (parts.next(), parts.next(), parts.next()) else {
            continue;
        };
        let (Ok(ln), Ok(col)) = (ln.parse::<u32>(), col.parse::<u32>()) else {
            continue;
        };
        if file.starts_with("node:") || file.is_empty() {
            continue;
        }
        let col = super::calls::original_column(columns, file, ln, col);
        let ln = ln.saturating_sub(super::WRAPPER_LINES);
        out.push_str(&format!("    at {name} ({file}:{ln}:{col})\n"));
    }
    out
}

/// Splits Boa's "SyntaxError: unexpected token ';', primary expression at line 2, col 9" into a V8-style
/// message and the position in user coordinates (wrapper line removed; 0 when unknown).
pub(crate) fn parse_syntax_error(boa_message: &str) -> (String, u32, u32) {
    let first = boa_message.lines().next().unwrap_or_default();
    let msg = first.trim_start_matches("SyntaxError: ");
    let (text, line, col) = match msg.rfind(" at line ") {
        Some(i) => {
            let rest = &msg[i + " at line ".len()..];
            let mut parts = rest.split(", col ");
            let line = parts
                .next()
                .and_then(|l| l.trim().parse::<u32>().ok())
                .unwrap_or(0);
            let col = parts
                .next()
                .and_then(|c| c.split_whitespace().next()?.parse::<u32>().ok())
                .unwrap_or(0);
            (&msg[..i], line, col)
        }
        None => (msg, 0, 0),
    };
    let text = text.trim();
    let text = match text.strip_prefix("unexpected token ") {
        Some(rest) => format!(
            "Unexpected token {}",
            rest.split(", ").next().unwrap_or(rest)
        ),
        None => text.to_string(),
    };
    (text, line.saturating_sub(super::WRAPPER_LINES), col)
}

/// `isNativeError(v)`: whether `v` is an error object (V8's IsNativeError: it has [[ErrorData]]), told without
/// reading any of its properties (inspect's checks must not run a `Symbol.toStringTag` getter).
pub(crate) fn is_native_error(
    _: &boa_engine::JsValue,
    args: &[boa_engine::JsValue],
    _: &mut boa_engine::Context,
) -> boa_engine::JsResult<boa_engine::JsValue> {
    let yes = args
        .first()
        .and_then(boa_engine::JsValue::as_object)
        .is_some_and(|o| o.is::<boa_engine::builtins::error::Error>());
    Ok(yes.into())
}
