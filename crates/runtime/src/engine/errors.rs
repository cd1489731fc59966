//! Node-style texts for errors that have no JS error object to print (syntax errors in the main module).

/// `file:line`, the source line, a caret, the message and Node's footer, as node prints a SyntaxError.
pub(crate) fn syntax_error_text(path: &str, src: &str, boa_message: &str) -> String {
    // Boa: "SyntaxError: <message> at line L, col C" (positions include the wrapper line).
    let msg = boa_message.trim_start_matches("SyntaxError: ");
    let (text, line, col) = match msg.rfind(" at line ") {
        Some(i) => {
            let rest = &msg[i + " at line ".len()..];
            let mut parts = rest.split(", col ");
            let line = parts.next().and_then(|l| l.trim().parse::<usize>().ok());
            let col = parts.next().and_then(|c| c.trim().parse::<usize>().ok());
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
    out.push_str(&format!("SyntaxError: {text}\n\nNode.js {}\n", crate::config::NODE_VERSION));
    out
}

/// The innermost user-code frame of a Boa error's display (`    at f (/main.js:3:9)`): the throw site,
/// as (file, line without the wrapper line, column).
pub(crate) fn throw_site(display: &str) -> Option<(String, u32, u32)> {
    for line in display.lines() {
        let Some(rest) = line.strip_prefix("    at ") else { continue };
        let inner = rest.rsplit_once(" (").map_or(rest, |(_, r)| r).trim_end_matches(')');
        let mut parts = inner.rsplitn(3, ':');
        let col = parts.next()?.parse::<u32>().ok();
        let ln = parts.next()?.parse::<u32>().ok();
        let file = parts.next()?;
        if file.starts_with("node:") || file.is_empty() {
            continue;
        }
        if let (Some(ln), Some(col)) = (ln, col) {
            return Some((file.to_string(), ln.saturating_sub(super::WRAPPER_LINES), col));
        }
    }
    None
}
