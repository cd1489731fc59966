//! `-x ** 2`: a unary operator right before an exponentiation's base is a SyntaxError in JavaScript, which
//! Boa reports as some other token (`missing ) after argument list`, `Unexpected token '**'`). V8 names it and
//! marks from the operator through the `**`.

use super::text::{code_chars, is_id_part, word_at, Text};
use super::SyntaxReport;

const MESSAGE: &str =
    "Unary operator used immediately before exponentiation expression. Parenthesis must be used \
to disambiguate operator precedence";

/// The first `-x ** y` (or `+`, `!`, `~`, `typeof`, `void`, `delete`, `await` before the base) at or before
/// `line`, as V8 reports it.
pub(super) fn unary_before_exponent(text: &Text, line: u32) -> Option<SyntaxReport> {
    let cs = code_chars(text);
    let mut k = 0;
    while k + 1 < cs.len() {
        if cs[k].1 > line {
            return None;
        }
        let is_pow =
            cs[k].0 == '*' && cs[k + 1].0 == '*' && cs.get(k + 2).map(|c| c.0) != Some('=');
        let after_star = k > 0 && cs[k - 1].0 == '*';
        if is_pow && !after_star {
            if let Some(start) = unary_start(&cs, k) {
                let (_, l, c) = cs[start];
                let (_, el, ec) = cs[k + 1];
                let len = if el == l { ec + 1 - c } else { 1 };
                return Some(text.report(MESSAGE.into(), l, c, len));
            }
            k += 2;
            continue;
        }
        k += 1;
    }
    None
}

/// Where the unary operator before the base ending just before index `pow` starts, if there is one.
fn unary_start(cs: &[(char, u32, u32)], pow: usize) -> Option<usize> {
    let mut i = skip_space_back(cs, pow)?;
    // The base: names, numbers, `.`/`?.` chains, calls and subscripts, a string.
    let mut seen = false;
    loop {
        let c = cs[i].0;
        if is_id_part(c) || c == '.' || c == '?' && cs.get(i + 1).map(|c| c.0) == Some('.') {
            seen = true;
        } else if c == ')' || c == ']' {
            i = matching_back(cs, i)?;
            seen = true;
        } else if c == '"' || c == '\'' || c == '`' {
            i = (0..i).rev().find(|&j| cs[j].0 == c)?;
            seen = true;
        } else {
            i += 1;
            break;
        }
        if i == 0 {
            break;
        }
        i -= 1;
    }
    if !seen || i == 0 {
        return None;
    }
    let op = skip_space_back(cs, i)?;
    let c = cs[op].0;
    if matches!(c, '-' | '+' | '!' | '~') {
        // `--x ** 2` is an update expression (allowed); `a - x ** 2` a binary minus.
        let before = skip_space_back(cs, op).map(|j| cs[j].0);
        if op > 0 && cs[op - 1].0 == c && matches!(c, '-' | '+') {
            return None;
        }
        let operand_before =
            before.is_some_and(|b| is_id_part(b) || matches!(b, ')' | ']' | '"' | '\'' | '`'));
        let keyword_before = before.is_some_and(is_id_part) && {
            let end = skip_space_back(cs, op)?;
            let mut s = end;
            while s > 0 && is_id_part(cs[s - 1].0) {
                s -= 1;
            }
            matches!(
                word_at(cs, s).as_deref(),
                Some(
                    "return"
                        | "typeof"
                        | "void"
                        | "delete"
                        | "await"
                        | "case"
                        | "in"
                        | "of"
                        | "yield"
                )
            )
        };
        return (!operand_before || keyword_before).then_some(op);
    }
    if is_id_part(c) {
        let mut s = op;
        while s > 0 && is_id_part(cs[s - 1].0) {
            s -= 1;
        }
        if matches!(
            word_at(cs, s).as_deref(),
            Some("typeof" | "void" | "delete" | "await")
        ) {
            return Some(s);
        }
    }
    None
}

/// The index of the last non-space char before `i`.
fn skip_space_back(cs: &[(char, u32, u32)], i: usize) -> Option<usize> {
    (0..i).rev().find(|&j| !cs[j].0.is_whitespace())
}

/// The index of the bracket opening the one closing at `i`.
fn matching_back(cs: &[(char, u32, u32)], i: usize) -> Option<usize> {
    let close = cs[i].0;
    let open = if close == ')' { '(' } else { '[' };
    let mut depth = 0;
    for j in (0..=i).rev() {
        if cs[j].0 == close {
            depth += 1;
        } else if cs[j].0 == open {
            depth -= 1;
            if depth == 0 {
                return Some(j);
            }
        }
    }
    None
}
