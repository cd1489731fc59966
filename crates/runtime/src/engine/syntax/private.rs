//! V8's reports for private names (`#x`) that Boa words its own way: a private name used outside every class
//! that declares it, and a private field declared twice in one class.

use super::text::{is_id_part, is_id_start, Text};
use super::SyntaxReport;

/// A `#name` in the source: where it is (a use: its `.`), whether it is declared (not after a `.`), whether an accessor
/// (`get #x` / `set #x`) declares it, and the classes around it, innermost last.
struct Private {
    name: String,
    line: u32,
    col: u32,
    declared: bool,
    accessor: Option<&'static str>,
    classes: Vec<usize>,
}

/// Every `#name` of `text` with the class bodies around it (strings and comments skipped).
fn privates(text: &Text) -> Vec<Private> {
    let mut out = Vec::new();
    // The open braces: Some(class id) for a class body.
    let mut braces: Vec<Option<usize>> = Vec::new();
    let mut classes = 0usize;
    // A `class` keyword seen whose body has not opened yet, at this paren depth.
    let mut pending: Option<usize> = None;
    let mut parens = 0usize;
    let mut in_block = false;
    let mut prev_word = String::new();
    for (n, l) in text.lines.iter().enumerate() {
        let mut i = 0;
        while i < l.len() {
            let c = l[i];
            if in_block {
                if c == '*' && l.get(i + 1) == Some(&'/') {
                    in_block = false;
                    i += 1;
                }
            } else if c == '/' && l.get(i + 1) == Some(&'/') {
                break;
            } else if c == '/' && l.get(i + 1) == Some(&'*') {
                in_block = true;
                i += 1;
            } else if c == '"' || c == '\'' || c == '`' {
                i += 1;
                while i < l.len() && l[i] != c {
                    if l[i] == '\\' {
                        i += 1;
                    }
                    i += 1;
                }
            } else if c == '(' || c == '[' {
                parens += 1;
            } else if c == ')' || c == ']' {
                parens = parens.saturating_sub(1);
            } else if c == '{' {
                if pending == Some(parens) {
                    braces.push(Some(classes));
                    classes += 1;
                    pending = None;
                } else {
                    braces.push(None);
                }
            } else if c == '}' {
                braces.pop();
            } else if c == '#' && l.get(i + 1).is_some_and(|c| is_id_start(*c)) {
                let name: String = l[i + 1..].iter().take_while(|c| is_id_part(**c)).collect();
                let mut k = i;
                while k > 0 && l[k - 1] == ' ' {
                    k -= 1;
                }
                let accessor = match prev_word.as_str() {
                    "get" => Some("get"),
                    "set" => Some("set"),
                    _ => None,
                };
                let used = k > 0 && l[k - 1] == '.';
                out.push(Private {
                    line: n as u32 + 1,
                    // A use is marked at its `.`.
                    col: if used { k as u32 } else { i as u32 + 1 },
                    declared: !used,
                    accessor,
                    classes: braces.iter().flatten().copied().collect(),
                    name: name.clone(),
                });
                i += name.chars().count();
                prev_word.clear();
            } else if is_id_start(c) {
                let word: String = l[i..].iter().take_while(|c| is_id_part(**c)).collect();
                let after_dot = i > 0 && l[i - 1] == '.';
                if word == "class" && !after_dot {
                    pending = Some(parens);
                }
                i += word.chars().count();
                prev_word = word;
                continue;
            }
            if !c.is_whitespace() && !is_id_part(c) {
                prev_word.clear();
            }
            i += 1;
        }
    }
    out
}

/// `#name` used where no enclosing class declares it: V8's report at the name.
pub(super) fn undeclared_private(text: &Text) -> Option<SyntaxReport> {
    let all = privates(text);
    let declares = |class: usize, name: &str| {
        all.iter()
            .any(|p| p.declared && p.name == name && p.classes.last() == Some(&class))
    };
    let bad = all
        .iter()
        .find(|p| !p.declared && !p.classes.iter().any(|c| declares(*c, &p.name)))?;
    Some(text.report(
        format!(
            "Private field '#{}' must be declared in an enclosing class",
            bad.name
        ),
        bad.line,
        bad.col,
        1,
    ))
}

/// A private name declared twice in one class (a getter and a setter may share it): V8 marks the end of the
/// second field declaration (its `;`).
pub(super) fn duplicate_private(text: &Text) -> Option<SyntaxReport> {
    let all = privates(text);
    for (k, p) in all.iter().enumerate() {
        if !p.declared || p.classes.is_empty() {
            continue;
        }
        let first = all[..k].iter().find(|q| {
            q.declared
                && q.name == p.name
                && q.classes == p.classes
                && !(q.accessor.is_some() && p.accessor.is_some() && q.accessor != p.accessor)
        });
        if first.is_none() {
            continue;
        }
        let line = text.line(p.line);
        let semi = line[p.col as usize..].iter().position(|c| *c == ';')?;
        return Some(text.report(
            format!("Identifier '#{}' has already been declared", p.name),
            p.line,
            p.col + semi as u32 + 1,
            1,
        ));
    }
    None
}
