//! Syntax errors V8 explains by the construct around the failing token: a shorthand property with an
//! initializer in an object literal (`{ a = 1 }`, legal only as a destructuring target), and a token that
//! cannot continue an expression inside a call's arguments (V8 then expects the `)`).

use super::text::{code_chars, is_id_part, Text};
use super::SyntaxReport;

/// Words after which a `(` opens a statement's head, not a call's arguments.
const HEAD_WORDS: [&str; 6] = ["if", "while", "for", "switch", "catch", "with"];

/// `{ a = 1 }` in an object literal: V8's "Invalid shorthand property initializer", marking `a = 1`.
pub(super) fn shorthand_initializer(text: &Text) -> Option<SyntaxReport> {
    let cs = code_chars(text);
    let significant = |k: usize| (0..k).rev().find(|&j| !cs[j].0.is_whitespace());
    // For each open bracket: whether it is an object literal's brace.
    let mut stack: Vec<bool> = Vec::new();
    let mut k = 0;
    while k < cs.len() {
        let c = cs[k].0;
        match c {
            '{' => {
                let literal = significant(k).is_some_and(|j| {
                    matches!(cs[j].0, '=' | '(' | ',' | ':' | '[' | '?' | '|' | '&')
                        || ends_with_word(&cs, j, "return")
                });
                stack.push(literal);
            }
            '(' | '[' => stack.push(false),
            '}' | ')' | ']' => {
                stack.pop();
            }
            _ => {}
        }
        let in_literal = stack.last().copied().unwrap_or(false);
        if in_literal && (c == '{' || c == ',') {
            if let Some(report) = initializer_after(text, &cs, k + 1) {
                return Some(report);
            }
        }
        k += 1;
    }
    None
}

/// A `name = value` property starting after index `from` (spaces skipped): its report.
fn initializer_after(text: &Text, cs: &[(char, u32, u32)], from: usize) -> Option<SyntaxReport> {
    let start = (from..cs.len()).find(|&j| !cs[j].0.is_whitespace())?;
    let mut end = start;
    while end < cs.len() && is_id_part(cs[end].0) {
        end += 1;
    }
    if end == start || cs[start].0.is_ascii_digit() {
        return None;
    }
    let eq = (end..cs.len()).find(|&j| !cs[j].0.is_whitespace())?;
    let next = cs.get(eq + 1).map(|c| c.0);
    if cs[eq].0 != '=' || next == Some('=') || next == Some('>') {
        return None;
    }
    // The value runs to the `,` or `}` closing the property (at its own depth).
    let mut depth = 0i32;
    let mut last = eq;
    for (j, &(c, _, _)) in cs.iter().enumerate().skip(eq + 1) {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth == 0 => break,
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => break,
            _ => {}
        }
        if !c.is_whitespace() {
            last = j;
        }
    }
    let (line, col) = (cs[start].1, cs[start].2);
    let len = if cs[last].1 == line {
        cs[last].2 + 1 - col
    } else {
        1
    };
    Some(text.report(
        "Invalid shorthand property initializer".into(),
        line,
        col,
        len,
    ))
}

/// Whether the word ending at index `j` is `word`.
fn ends_with_word(cs: &[(char, u32, u32)], j: usize, word: &str) -> bool {
    let n = word.chars().count();
    if j + 1 < n {
        return false;
    }
    let from = j + 1 - n;
    let matches = cs[from..=j].iter().map(|c| c.0).eq(word.chars());
    matches && (from == 0 || !is_id_part(cs[from - 1].0))
}

/// Whether (line, col) lies directly inside a call's parentheses (`f(a ?? b || c)`).
pub(super) fn inside_call_args(text: &Text, line: u32, col: u32) -> bool {
    let cs = code_chars(text);
    let mut stack: Vec<bool> = Vec::new();
    for (k, &(c, l, cl)) in cs.iter().enumerate() {
        if (l, cl) >= (line, col) {
            break;
        }
        match c {
            '(' => {
                let prev = (0..k).rev().find(|&j| !cs[j].0.is_whitespace());
                let call = prev.is_some_and(|j| {
                    (is_id_part(cs[j].0) || matches!(cs[j].0, ')' | ']'))
                        && !HEAD_WORDS.iter().any(|w| ends_with_word(&cs, j, w))
                });
                stack.push(call);
            }
            '[' | '{' => stack.push(false),
            ')' | ']' | '}' => {
                stack.pop();
            }
            _ => {}
        }
    }
    stack.last().copied().unwrap_or(false)
}
