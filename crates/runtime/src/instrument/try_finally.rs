//! `try {A} catch (e) {B} finally {C}` becomes `try {try{A} catch (e) {B}} finally {C}`: the same statement
//! (ECMA-262 evaluates the two alike), worked around a Boa 0.22 bug. Boa compiles a catch-and-finally `try` so
//! that an exception thrown from the `catch` block is rethrown after the `finally` from the VM's one "pending
//! exception" slot, which anything caught in between overwrites: a `try {} catch {}` inside the `finally`, or
//! another function awaiting in such a `finally` meanwhile, lost the error (the function returned normally) or
//! threw another call's. A `try`/`finally` alone keeps the exception in a register of its own frame.
//!
//! Boa keeps no positions for blocks, so the braces are found by a scan of the text (strings, templates,
//! comments and regular expressions skipped); [`super::instrument_file`] counts the statements in the syntax
//! tree before and after, and drops the rewrite unless it found and fixed every one of them.

use std::ops::ControlFlow;

use boa_engine::ast::statement::Try;
use boa_engine::ast::visitor::{VisitWith, Visitor};

/// Where to insert, as byte offsets of the original text: `try{` just inside each try block's `{`, and `}`
/// just before the `finally` keyword.
pub(super) struct Rewrite {
    pub open: usize,
    pub close: usize,
}

/// Counts `try` statements that have both a `catch` and a `finally`.
#[derive(Default)]
pub(super) struct CountCatchFinally(pub usize);

impl<'ast> Visitor<'ast> for CountCatchFinally {
    type BreakTy = ();

    fn visit_try(&mut self, node: &'ast Try) -> ControlFlow<()> {
        if node.catch().is_some() && node.finally().is_some() {
            self.0 += 1;
        }
        node.visit_with(self)
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Tok {
    Word,
    Punct(u8),
    Value,
}

struct Token {
    kind: Tok,
    start: usize,
    end: usize,
}

/// Words after which a `/` starts a regular expression, not a division.
const BEFORE_REGEX: &[&str] = &[
    "return",
    "typeof",
    "instanceof",
    "in",
    "of",
    "new",
    "delete",
    "void",
    "throw",
    "case",
    "do",
    "else",
    "yield",
    "await",
];

/// The tokens of `src` that matter for brace matching: words, punctuation and value-like literals.
/// None when the text cannot be scanned (an unterminated literal or comment).
fn tokens(src: &str) -> Option<Vec<Token>> {
    let b = src.as_bytes();
    let mut out: Vec<Token> = Vec::new();
    // Per open template substitution: the brace depth inside it (its `}` resumes the template).
    let mut templates: Vec<usize> = Vec::new();
    let mut depth = 0usize;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => i += 1,
            b'/' if b.get(i + 1) == Some(&b'/') => {
                i = src[i..].find('\n').map_or(b.len(), |k| i + k);
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i = src[i + 2..].find("*/").map(|k| i + 2 + k + 2)?;
            }
            b'/' if regex_allowed(src, out.last()) => {
                let start = i;
                i = skip_regex(b, i + 1)?;
                out.push(Token {
                    kind: Tok::Value,
                    start,
                    end: i,
                });
            }
            b'\'' | b'"' => {
                let start = i;
                i = skip_string(b, i + 1, c)?;
                out.push(Token {
                    kind: Tok::Value,
                    start,
                    end: i,
                });
            }
            // A template's text, from its opening backquote or from the `}` that ends one of its `${...}`.
            b'`' | b'}' if c == b'`' || templates.last() == Some(&depth) => {
                if c == b'}' {
                    templates.pop();
                }
                let start = i;
                let (end, opened) = skip_template(b, i + 1)?;
                i = end;
                if opened {
                    templates.push(depth);
                }
                out.push(Token {
                    kind: Tok::Value,
                    start,
                    end: i,
                });
            }
            b'{' | b'}' | b'(' | b')' | b'[' | b']' => {
                if c == b'{' {
                    depth += 1;
                } else if c == b'}' {
                    depth = depth.checked_sub(1)?;
                }
                out.push(Token {
                    kind: Tok::Punct(c),
                    start: i,
                    end: i + 1,
                });
                i += 1;
            }
            _ if c.is_ascii_alphanumeric() || c == b'_' || c == b'$' || c == b'\\' || c >= 0x80 => {
                let start = i;
                while i < b.len()
                    && (b[i].is_ascii_alphanumeric()
                        || b[i] == b'_'
                        || b[i] == b'$'
                        || b[i] == b'\\'
                        || b[i] >= 0x80)
                {
                    // Non-ASCII: a whole UTF-8 sequence (identifiers, or a space such as U+00A0: harmless here).
                    i += 1;
                }
                // `1.5e-3`'s `.`, `-` and digits: a number is a value, whatever follows it.
                let kind = if c.is_ascii_digit() {
                    Tok::Value
                } else {
                    Tok::Word
                };
                out.push(Token {
                    kind,
                    start,
                    end: i,
                });
            }
            _ => {
                out.push(Token {
                    kind: Tok::Punct(c),
                    start: i,
                    end: i + 1,
                });
                i += 1;
            }
        }
    }
    Some(out)
}

fn regex_allowed(src: &str, prev: Option<&Token>) -> bool {
    match prev {
        None => true,
        Some(t) => match t.kind {
            Tok::Value => false,
            Tok::Word => BEFORE_REGEX.contains(&&src[t.start..t.end]),
            // After `)` or `]` a `/` divides; after a block's `}` it starts a literal (after an object
            // literal's it would divide, which the count check catches).
            Tok::Punct(p) => !matches!(p, b')' | b']'),
        },
    }
}

fn skip_string(b: &[u8], mut i: usize, quote: u8) -> Option<usize> {
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'\n' => return None,
            c if c == quote => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

/// Past a template's text from `i`: the offset after its closing backquote (false) or after a `${` (true).
fn skip_template(b: &[u8], mut i: usize) -> Option<(usize, bool)> {
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'`' => return Some((i + 1, false)),
            b'$' if b.get(i + 1) == Some(&b'{') => return Some((i + 2, true)),
            _ => i += 1,
        }
    }
    None
}

fn skip_regex(b: &[u8], mut i: usize) -> Option<usize> {
    let mut class = false;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'\n' => return None,
            b'[' => {
                class = true;
                i += 1;
            }
            b']' => {
                class = false;
                i += 1;
            }
            b'/' if !class => {
                i += 1;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'$')
                {
                    i += 1;
                }
                return Some(i);
            }
            _ => i += 1,
        }
    }
    None
}

/// What [`find`] found to change.
#[derive(Default)]
pub(super) struct Found {
    /// Catch-and-finally statements to nest.
    pub rewrites: Vec<Rewrite>,
    /// Finally blocks to run in an arrow of their own, as (offset after `{`, offset of `}`): see [`find`].
    pub wraps: Vec<(usize, usize)>,
}

/// Words that stop a finally block from moving into an arrow function: they mean something else there.
const STAYS: &[&str] = &[
    "await",
    "yield",
    "return",
    "break",
    "continue",
    "var",
    "function",
    "arguments",
];

/// The catch-and-finally `try` statements found in `src`, and the finally blocks to wrap, or None when the
/// scan fails.
///
/// The second workaround: Boa 0.22 leaves a callee's stack slots behind when its exception is caught in the
/// caller (`handle_throw` truncates the stack only when nothing catches), so a `return` value waiting on the
/// stack while its `finally` catches such an exception comes back as that leftover
/// (`try { return v } finally { try { fs.unlinkSync(tmp) } catch {} }` returned the error object). A finally
/// block that catches, after a `try` or `catch` that returns, runs as `const __ll_fin=()=>{F};__ll_fin();`,
/// whose own frame takes the leftovers away (stack.js shows its frame as the enclosing function's).
pub(super) fn find(src: &str) -> Option<Found> {
    // Cheap exit for the common file without one.
    if !src.contains("finally") {
        return Some(Found::default());
    }
    let toks = tokens(src)?;
    // The matching closer of every opener, by token index.
    let mut pair = vec![usize::MAX; toks.len()];
    let mut stack: Vec<usize> = Vec::new();
    for (k, t) in toks.iter().enumerate() {
        match t.kind {
            Tok::Punct(b'{' | b'(' | b'[') => stack.push(k),
            Tok::Punct(c @ (b'}' | b')' | b']')) => {
                let open = stack.pop()?;
                let want = match c {
                    b'}' => b'{',
                    b')' => b'(',
                    _ => b'[',
                };
                if toks[open].kind != Tok::Punct(want) {
                    return None;
                }
                pair[open] = k;
            }
            _ => {}
        }
    }
    if !stack.is_empty() {
        return None;
    }
    let text = |k: usize| toks.get(k).map(|t| &src[t.start..t.end]);
    let word = |k: usize, w: &str| {
        toks.get(k)
            .is_some_and(|t| t.kind == Tok::Word && &src[t.start..t.end] == w)
    };
    let punct = |k: usize, c: u8| toks.get(k).is_some_and(|t| t.kind == Tok::Punct(c));
    let has_word = |from: usize, to: usize, words: &[&str]| {
        (from..to).any(|k| toks[k].kind == Tok::Word && text(k).is_some_and(|w| words.contains(&w)))
    };
    let mut out = Found::default();
    for k in 0..toks.len() {
        // `try {...} [catch [(...)] {...}] finally {...}`.
        if !word(k, "try") || !punct(k + 1, b'{') {
            continue;
        }
        let try_close = pair[k + 1];
        let mut after = try_close + 1;
        let mut caught = false;
        if word(after, "catch") {
            let mut at = after + 1;
            if punct(at, b'(') {
                at = pair[at] + 1;
            }
            if !punct(at, b'{') {
                continue;
            }
            caught = true;
            after = pair[at] + 1;
        }
        if !word(after, "finally") || !punct(after + 1, b'{') {
            continue;
        }
        if caught {
            out.rewrites.push(Rewrite {
                open: toks[k + 1].end,
                close: toks[after].start,
            });
        }
        let (f_open, f_close) = (after + 1, pair[after + 1]);
        if has_word(k + 1, after, &["return"])
            && has_word(f_open, f_close, &["catch"])
            && !has_word(f_open, f_close, STAYS)
        {
            out.wraps.push((toks[f_open].end, toks[f_close].start));
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rewrite(src: &str) -> String {
        let mut out = src.to_string();
        let mut edits: Vec<(usize, &str)> = Vec::new();
        let found = find(src).unwrap_or_default();
        for r in found.rewrites {
            edits.push((r.open, "try{"));
            edits.push((r.close, "}"));
        }
        for (open, close) in found.wraps {
            edits.push((open, "const __ll_fin=()=>{"));
            edits.push((close, "};__ll_fin();"));
        }
        edits.sort_by_key(|e| std::cmp::Reverse(e.0));
        for (at, text) in edits {
            out.insert_str(at, text);
        }
        out
    }

    #[test]
    fn wraps_try_and_catch_in_a_try_finally() {
        assert_eq!(
            rewrite("try { a() } catch (e) { b(e) } finally { c() }"),
            "try {try{ a() } catch (e) { b(e) } }finally { c() }"
        );
        assert_eq!(
            rewrite("try{a()}catch{b()}finally{c()}"),
            "try{try{a()}catch{b()}}finally{c()}"
        );
        // Nested: both.
        assert_eq!(
            rewrite("try { try {} catch {} finally {} } catch {} finally {}"),
            "try {try{ try {try{} catch {} }finally {} } catch {} }finally {}"
        );
    }

    #[test]
    fn leaves_other_tries_alone() {
        for src in [
            "try { a() } catch (e) { b() }",
            "try { a() } finally { c() }",
            "const s = 'try { } catch { } finally { }';",
            "const t = `try {${x}} catch {} finally {}`;",
            "// try {} catch {} finally {}",
        ] {
            assert_eq!(rewrite(src), src);
        }
    }

    #[test]
    fn skips_literals_with_braces() {
        let src = "try { const r = /[}{]/g; s = `}${ {a:1}.a }{`; } catch (e) { x = '}' } finally { y = 1 / 2 }";
        assert_eq!(
            rewrite(src),
            "try {try{ const r = /[}{]/g; s = `}${ {a:1}.a }{`; } catch (e) { x = '}' } }finally { y = 1 / 2 }"
        );
    }

    #[test]
    fn a_finally_that_catches_after_a_return_runs_in_an_arrow() {
        assert_eq!(
            rewrite("try { return v } finally { try { f() } catch {} }"),
            "try { return v } finally {const __ll_fin=()=>{ try { f() } catch {} };__ll_fin();}"
        );
        // Not when it awaits, returns or declares a `var` (the arrow would change them), nor with no return.
        for src in [
            "try { return v } finally { try { await f() } catch {} }",
            "try { return v } finally { try { f() } catch { return 1 } }",
            "try { return v } finally { try { var x = f() } catch {} }",
            "try { v() } finally { try { f() } catch {} }",
        ] {
            assert_eq!(rewrite(src), src);
        }
    }

    #[test]
    fn an_unbalanced_text_gives_up() {
        assert!(find("try { x finally").is_none());
        assert!(find("x = 'unterminated\n catch finally").is_none());
    }
}
