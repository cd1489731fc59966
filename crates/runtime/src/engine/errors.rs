//! Node-style texts for errors that have no JS error object to print (syntax errors in the main module).

/// `file:line`, the source line, a caret, the message and Node's footer, as node prints a SyntaxError.
pub(crate) fn syntax_error_text(path: &str, src: &str, boa_message: &str) -> String {
    // Boa: "SyntaxError: <message> at line L, col C" (positions include the wrapper line).
    let first = boa_message.lines().next().unwrap_or_default();
    let msg = first.trim_start_matches("SyntaxError: ");
    let (text, line, col) = match msg.rfind(" at line ") {
        Some(i) => {
            let rest = &msg[i + " at line ".len()..];
            let mut parts = rest.split(", col ");
            let line = parts.next().and_then(|l| l.trim().parse::<usize>().ok());
            let col = parts
                .next()
                .and_then(|c| c.split_whitespace().next()?.parse::<usize>().ok());
            (&msg[..i], line, col)
        }
        None => (msg, None, None),
    };
    let mut out = String::new();
    if let Some(line) = line {
        let line = line.saturating_sub(super::WRAPPER_LINES as usize).max(1);
        out.push_str(&format!("{path}:{line}\n"));
        if let Some(source) = src.lines().nth(line - 1) {
            out.push_str(source);
            out.push('\n');
            out.push_str(&" ".repeat(col.unwrap_or(1).saturating_sub(1)));
            out.push_str("^\n");
        }
        out.push('\n');
    }
    let text = text.trim();
    let text = text.strip_prefix("SyntaxError: ").unwrap_or(text);
    // Boa says "unexpected token ';', primary expression"; V8 says "Unexpected token ';'".
    let v8_style;
    let text = match text.strip_prefix("unexpected token ") {
        Some(rest) => {
            v8_style = format!(
                "Unexpected token {}",
                rest.split(", ").next().unwrap_or(rest)
            );
            v8_style.as_str()
        }
        None => text,
    };
    out.push_str(&format!(
        "SyntaxError: {text}\n\nNode.js {}\n",
        crate::config::NODE_VERSION
    ));
    out
}

/// The user-code frames of a Boa error's display (`    at f (/main.js:3:9)`, innermost first: the throw
/// site), rewritten V8-style with the CommonJS wrapper line removed.
pub(crate) fn throw_frames(display: &str) -> String {
    let mut out = String::new();
    for line in display.lines() {
        let Some(rest) = line.strip_prefix("    at ") else {
            continue;
        };
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
            let line = parts.next().and_then(|l| l.trim().parse::<u32>().ok()).unwrap_or(0);
            let col = parts.next().and_then(|c| c.split_whitespace().next()?.parse::<u32>().ok()).unwrap_or(0);
            (&msg[..i], line, col)
        }
        None => (msg, 0, 0),
    };
    let text = text.trim();
    let text = match text.strip_prefix("unexpected token ") {
        Some(rest) => format!("Unexpected token {}", rest.split(", ").next().unwrap_or(rest)),
        None => text.to_string(),
    };
    (text, line.saturating_sub(super::WRAPPER_LINES), col)
}
