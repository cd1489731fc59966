//! V8's reports for private names (`#x`) that Boa words its own way: a private name used outside every class
//! that declares it, and a private field declared twice in one class.

use super::text::{code_chars, is_id_part, word_at, Text};
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
    let cs = code_chars(text);
    let mut out = Vec::new();
    // The open braces: Some(class id) for a class body.
    let mut braces: Vec<Option<usize>> = Vec::new();
    let mut classes = 0usize;
    // A `class` keyword seen whose body has not opened yet, at this paren depth.
    let mut pending: Option<usize> = None;
    let mut parens = 0usize;
    let mut prev_word = String::new();
    let mut k = 0;
    while k < cs.len() {
        let (c, line, col) = cs[k];
        match c {
            '(' | '[' => parens += 1,
            ')' | ']' => parens = parens.saturating_sub(1),
            '{' if pending == Some(parens) => {
                braces.push(Some(classes));
                classes += 1;
                pending = None;
            }
            '{' => braces.push(None),
            '}' => {
                braces.pop();
            }
            _ => {}
        }
        if c == '#' {
            if let Some(name) = word_at(&cs, k + 1) {
                let mut j = k;
                while j > 0 && cs[j - 1].0 == ' ' {
                    j -= 1;
                }
                let used = j > 0 && cs[j - 1].0 == '.';
                let accessor = match prev_word.as_str() {
                    "get" => Some("get"),
                    "set" => Some("set"),
                    _ => None,
                };
                out.push(Private {
                    line,
                    // A use is marked at its `.`.
                    col: if used { cs[j - 1].2 } else { col },
                    declared: !used,
                    accessor,
                    classes: braces.iter().flatten().copied().collect(),
                    name: name.clone(),
                });
                k += 1 + name.chars().count();
                prev_word.clear();
                continue;
            }
        }
        if let Some(word) = word_at(&cs, k) {
            if word == "class" && !(k > 0 && cs[k - 1].0 == '.') {
                pending = Some(parens);
            }
            k += word.chars().count();
            prev_word = word;
            continue;
        }
        if !c.is_whitespace() && !is_id_part(c) {
            prev_word.clear();
        }
        k += 1;
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
