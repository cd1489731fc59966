//! Loop iterations cost virtual time: each loop body of a user file counts down a counter local to its
//! function and asks the host to charge a batch of iterations when it reaches zero (`__ll$.l()`, which
//! charges `LOOP_BATCH` × `costs.loop_iteration_ns` and returns the next batch). So a blocking
//! `for (let i = 0; i < 1e8; i++) {}` delays timers as it does in node, where only calls and host calls counted
//! before. Boa 0.22 keeps its own iteration count private.
//!
//! - A function body with a loop of its own (not one in a nested function) starts with
//!   `;var $ll_k=LOOP_BATCH;` (after its directive prologue); an ES module with a top-level loop starts with it.
//!   A local counter is a register in Boa: a closure variable cost twice as much per iteration.
//! - A block body `{...}` starts with `if(!--$ll_k)$ll_k=__ll$.l();`; any other body statement `S` becomes
//!   `if(!--$ll_k&&($ll_k=__ll$.l())<0);else S` (one statement, whatever `else` follows the loop).
//!
//! Boa keeps no positions for statements, so bodies are found by a token scan (`scan.rs`) from the loop's
//! keyword, and checked against the syntax tree: the keywords found must match the tree's loops one to one, in
//! order and kind, with each loop's condition or iterable inside the header found. Otherwise the file keeps
//! its loops uncounted (as before), which [`super::instrument_file`] also does when the result does not parse.

use std::ops::ControlFlow;

use boa_engine::ast::function::FunctionBody;
use boa_engine::ast::statement::iteration::{
    DoWhileLoop, ForInLoop, ForLoop, ForOfLoop, WhileLoop,
};
use boa_engine::ast::visitor::{VisitWith, Visitor};
use boa_engine::ast::{Expression, Spanned};

use super::scan::{pairs, tokens, Tok};
use super::{extent, LineIndex};

/// Iterations charged per host call. The last partial batch of a function activation goes uncharged: under
/// 1 µs at the default cost of 1 ns an iteration.
pub const LOOP_BATCH: u32 = 1000;

/// A block body's first statement.
fn block_text() -> String {
    "if(!--$ll_k)$ll_k=__ll$.l();".into()
}

/// Before any other body statement.
const WRAP_TEXT: &str = "if(!--$ll_k&&($ll_k=__ll$.l())<0);else ";

/// A function's (or module's) counter.
fn declaration() -> String {
    format!(";var $ll_k={LOOP_BATCH};")
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    For,
    While,
    Do,
}

/// A loop of the syntax tree: its kind and an offset inside its header (None for `for(;;)` without one).
struct TreeLoop {
    kind: Kind,
    anchor: Option<usize>,
}

struct Finder<'a> {
    src: &'a str,
    index: &'a LineIndex,
    loops: Vec<TreeLoop>,
    /// Block function bodies as (offset of `{`, offset past `}`, offset after the directive prologue).
    bodies: Vec<(usize, usize, usize)>,
}

impl Finder<'_> {
    fn start_of(&self, e: &Expression) -> usize {
        let src = extent::Src {
            text: self.src,
            index: self.index,
        };
        self.index.offset(self.src, extent::extent(e, &src).start())
    }

    fn push(&mut self, kind: Kind, anchor: Option<&Expression>) {
        let anchor = anchor.map(|e| self.start_of(e));
        self.loops.push(TreeLoop { kind, anchor });
    }
}

impl<'ast> Visitor<'ast> for Finder<'_> {
    type BreakTy = ();

    fn visit_function_body(&mut self, node: &'ast FunctionBody) -> ControlFlow<()> {
        let span = node.span();
        let start = self.index.offset(self.src, span.start());
        let end = self.index.offset(self.src, span.end());
        if self.src.as_bytes().get(start) == Some(&b'{') {
            let at = super::after_directives(self.src, self.index, node, start);
            self.bodies.push((start, end, at));
        }
        node.visit_with(self)
    }

    fn visit_while_loop(&mut self, node: &'ast WhileLoop) -> ControlFlow<()> {
        self.push(Kind::While, Some(node.condition()));
        node.visit_with(self)
    }

    fn visit_do_while_loop(&mut self, node: &'ast DoWhileLoop) -> ControlFlow<()> {
        self.push(Kind::Do, Some(node.cond()));
        node.visit_with(self)
    }

    fn visit_for_loop(&mut self, node: &'ast ForLoop) -> ControlFlow<()> {
        let anchor = node.condition().or(node.final_expr());
        self.push(Kind::For, anchor);
        node.visit_with(self)
    }

    fn visit_for_in_loop(&mut self, node: &'ast ForInLoop) -> ControlFlow<()> {
        self.push(Kind::For, Some(node.target()));
        node.visit_with(self)
    }

    fn visit_for_of_loop(&mut self, node: &'ast ForOfLoop) -> ControlFlow<()> {
        self.push(Kind::For, Some(node.iterable()));
        node.visit_with(self)
    }
}

/// The insertions that count the loops of `src`: (byte offset, text, goes first at its offset). Empty when
/// there is no loop, or when the scan and the tree disagree.
pub(super) fn edits(
    src: &str,
    index: &LineIndex,
    tree: &impl VisitWith,
    module: bool,
) -> Vec<(usize, String)> {
    let mut f = Finder {
        src,
        index,
        loops: Vec::new(),
        bodies: Vec::new(),
    };
    let _ = tree.visit_with(&mut f);
    if f.loops.is_empty() {
        return Vec::new();
    }
    find(src, &f.loops, &f.bodies, module).unwrap_or_default()
}

/// A loop keyword of the scan: its kind, offset, header (token indexes of `(` and `)`) and body token.
struct Found {
    kind: Kind,
    at: usize,
    header: Option<(usize, usize)>,
    body: usize,
}

fn find(
    src: &str,
    loops: &[TreeLoop],
    bodies: &[(usize, usize, usize)],
    module: bool,
) -> Option<Vec<(usize, String)>> {
    let toks = tokens(src)?;
    let pair = pairs(&toks)?;
    let punct = |k: usize, c: u8| toks.get(k).is_some_and(|t| t.kind == Tok::Punct(c));
    let word = |k: usize, w: &str| {
        toks.get(k)
            .is_some_and(|t| t.kind == Tok::Word && &src[t.start..t.end] == w)
    };
    let mut found: Vec<Found> = Vec::new();
    for (k, t) in toks.iter().enumerate() {
        if t.kind != Tok::Word || (k > 0 && (punct(k - 1, b'.') || punct(k - 1, b'#'))) {
            continue;
        }
        // A property name (`{ for: 1 }`) is no loop.
        if punct(k + 1, b':') {
            continue;
        }
        let kind = match &src[t.start..t.end] {
            "for" => Kind::For,
            "while" => Kind::While,
            "do" => Kind::Do,
            _ => continue,
        };
        let header = match kind {
            Kind::Do => None,
            Kind::For if word(k + 1, "await") => Some(k + 2),
            _ => Some(k + 1),
        };
        let (header, body) = match header {
            Some(open) => {
                if !punct(open, b'(') {
                    continue;
                }
                let close = *pair.get(open)?;
                ((Some((open, close))), close + 1)
            }
            None => (None, k + 1),
        };
        if body >= toks.len() {
            return None;
        }
        found.push(Found {
            kind,
            at: t.start,
            header,
            body,
        });
    }
    let inside = |f: &Found, at: usize| {
        f.header
            .is_some_and(|(o, c)| toks[o].start < at && at < toks[c].start)
    };
    // A do-while's `while (...)` is its condition, not a loop of its own.
    for l in loops.iter().filter(|l| l.kind == Kind::Do) {
        let at = l.anchor?;
        let tail = found
            .iter()
            .position(|f| f.kind == Kind::While && inside(f, at))?;
        found.remove(tail);
    }
    if found.len() != loops.len() {
        return None;
    }
    let mut out = Vec::new();
    let mut counted: Vec<usize> = Vec::new();
    let mut top = false;
    for (f, l) in found.iter().zip(loops) {
        if f.kind != l.kind
            || l.anchor
                .is_some_and(|a| l.kind != Kind::Do && !inside(f, a))
        {
            return None;
        }
        let body = &toks[f.body];
        if body.kind == Tok::Punct(b'{') {
            out.push((body.end, block_text()));
        } else {
            out.push((body.start, WRAP_TEXT.to_string()));
        }
        // The innermost function body around the keyword keeps the counter.
        match bodies
            .iter()
            .enumerate()
            .filter(|(_, b)| b.0 < f.at && f.at < b.1)
            .max_by_key(|(_, b)| b.0)
        {
            Some((i, _)) => {
                if !counted.contains(&i) {
                    counted.push(i);
                }
            }
            None => top = true,
        }
    }
    for i in counted {
        out.push((bodies[i].2, declaration()));
    }
    if top {
        // A module's own loops (user scripts are wrapped in a function, so a script's would need its
        // directive prologue kept first: left uncounted).
        if !module {
            return None;
        }
        let start = if src.starts_with("#!") {
            src.find('\n').map_or(src.len(), |i| i + 1)
        } else {
            0
        };
        out.push((start, declaration()));
    }
    Some(out)
}
