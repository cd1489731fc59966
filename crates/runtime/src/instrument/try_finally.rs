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

use super::scan::{pairs, tokens, Tok};

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
    let pair = pairs(&toks)?;
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
