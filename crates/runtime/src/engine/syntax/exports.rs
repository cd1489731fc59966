//! V8's reports for an ES module's export list that Boa words its own way: an exported name with no binding
//! (`export { nope }`), a name exported twice (`Duplicate export of 'a'`) and two default exports.

use super::text::{code_chars, is_id_part, word_at, Text};
use super::SyntaxReport;

/// One exported name: the name, where V8 marks it (line, col, length) and, for a `{ ... }` clause without
/// `from`, the local binding it exports.
struct Export {
    name: String,
    line: u32,
    col: u32,
    len: u32,
    local: Option<String>,
}

fn skip_space(cs: &[(char, u32, u32)], mut k: usize) -> usize {
    while k < cs.len() && cs[k].0.is_whitespace() {
        k += 1;
    }
    k
}

/// Every exported name of the module, in source order.
fn exports(text: &Text) -> Vec<Export> {
    let cs = code_chars(text);
    let mut out = Vec::new();
    let mut k = 0;
    while k < cs.len() {
        let Some(w) = word_at(&cs, k) else {
            k += 1;
            continue;
        };
        let before = if k > 0 { cs[k - 1].0 } else { ' ' };
        k += w.chars().count();
        if w != "export" || before == '.' || is_id_part(before) {
            continue;
        }
        let j = skip_space(&cs, k);
        match cs.get(j).map(|c| c.0) {
            Some('{') => {
                let close = cs[j..]
                    .iter()
                    .position(|c| c.0 == '}')
                    .map_or(cs.len(), |p| j + p);
                let after = skip_space(&cs, close + 1);
                let reexport = word_at(&cs, after).as_deref() == Some("from");
                let mut m = j + 1;
                while m < close {
                    m = skip_space(&cs, m);
                    let Some(local) = word_at(&cs, m) else {
                        m += 1;
                        continue;
                    };
                    let from = m;
                    let mut end = m + local.chars().count();
                    let mut name = local.clone();
                    let a = skip_space(&cs, end);
                    if word_at(&cs, a).as_deref() == Some("as") {
                        let b = skip_space(&cs, a + 2);
                        if let Some(exported) = word_at(&cs, b) {
                            end = b + exported.chars().count();
                            name = exported;
                        }
                    }
                    let (_, line, col) = cs[from];
                    let len = if cs[end - 1].1 == line {
                        cs[end - 1].2 + 1 - col
                    } else {
                        1
                    };
                    out.push(Export {
                        name,
                        line,
                        col,
                        len,
                        local: (!reexport).then_some(local),
                    });
                    m = end;
                }
                k = close;
            }
            Some(_) => {
                let kw = word_at(&cs, j).unwrap_or_default();
                if kw == "default" {
                    // V8 marks `default` to the end of the exported expression on its line.
                    let (_, line, col) = cs[j];
                    let end = cs[j..]
                        .iter()
                        .take_while(|c| c.1 == line && c.0 != ';' && c.0 != '\n')
                        .count();
                    let text_len = cs[j..j + end]
                        .iter()
                        .rev()
                        .skip_while(|c| c.0 == ' ')
                        .count();
                    out.push(Export {
                        name: "default".into(),
                        line,
                        col,
                        len: text_len as u32,
                        local: None,
                    });
                    continue;
                }
                let mut d = j;
                for skip in ["async", "function", "class", "const", "let", "var"] {
                    if word_at(&cs, d).as_deref() == Some(skip) {
                        d = skip_space(&cs, d + skip.len());
                        if cs.get(d).map(|c| c.0) == Some('*') {
                            d = skip_space(&cs, d + 1);
                        }
                    }
                }
                if d != j {
                    if let Some(name) = word_at(&cs, d) {
                        let (_, line, col) = cs[d];
                        let len = name.chars().count() as u32;
                        out.push(Export {
                            name,
                            line,
                            col,
                            len,
                            local: None,
                        });
                    }
                }
            }
            None => {}
        }
    }
    out
}

/// `export { nope }` with no binding `nope`: V8 marks the name.
pub(super) fn undefined_export(message: &str, text: &Text) -> Option<SyntaxReport> {
    let name = message.split('`').nth(1)?;
    let e = exports(text)
        .into_iter()
        .find(|e| e.local.as_deref() == Some(name))?;
    let len = name.chars().count() as u32;
    Some(text.report(
        format!("Export '{name}' is not defined in module"),
        e.line,
        e.col,
        len,
    ))
}

/// A name exported twice: V8 marks the second export (`b as a`).
pub(super) fn duplicate_export(message: &str, text: &Text) -> Option<SyntaxReport> {
    let name = message.split('`').nth(1)?;
    let name = if name == "*default*" { "default" } else { name };
    let second = exports(text)
        .into_iter()
        .filter(|e| e.name == name)
        .nth(1)?;
    let message = if name == "default" {
        "Identifier '.default' has already been declared".to_string()
    } else {
        format!("Duplicate export of '{name}'")
    };
    Some(text.report(message, second.line, second.col, second.len.max(1)))
}
