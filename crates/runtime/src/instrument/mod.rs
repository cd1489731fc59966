//! Source instrumentation for call spans: rewrites a user script so every function reports its entry (and, when
//! recording, its exit, its suspensions at `await`/`yield` and its resumptions) to the host. Boa 0.22 has no
//! call hooks, so this is how flame charts and the per-call virtual-time cost are measured.
//!
//! Two modes, chosen per run:
//! - [`Mode::Count`] (not recording): `__ll$.c();` after the directive prologue of each function. The host
//!   charges `costs.js_call_ns` of virtual time per call, nothing else.
//! - [`Mode::Spans`] (recording): `const $ll_t=__ll$.e(ID);try{BODY}finally{__ll$.x($ll_t)}`, and
//!   `await E` becomes `__ll$.r($ll_t,await __ll$.s($ll_t,E))` (the same for `yield`). The entry charges the
//!   same per-call cost, so a traced run and a plain run see the same virtual time.
//!
//! Insertions never add line breaks: line numbers are unchanged and [`ColumnMap`] maps columns back.

mod appends;
mod async_stack;
mod calls;
mod class_fields;
mod collector;
mod extent;
mod field_super;
mod iteration;
mod loops;
pub use loops::LOOP_BATCH;
mod names;
mod nullish;
mod optional;
mod patterns;
mod rest;
mod scan;
mod switch_tdz;
mod tdz_writes;
mod try_finally;
mod visit;

use std::collections::BTreeMap;

use boa_engine::ast::visitor::VisitWith;
use boa_engine::ast::{
    function::FunctionBody, scope::Scope, statement::Statement, Expression, Position, Spanned,
    StatementListItem,
};
use boa_engine::interner::Interner;
use boa_engine::parser::{Parser, Source};

/// How much instrumentation to insert.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Count calls only (virtual-time cost, no spans).
    Count,
    /// Enter/exit/suspend/resume calls for call spans.
    Spans,
    /// Spans for the runtime's own JS: like `Spans`, but entering costs no virtual time (`__ll$.E`), so a traced
    /// run costs what an untraced one does.
    Runtime,
}

impl Mode {
    fn spans(self) -> bool {
        self != Mode::Count
    }

    fn enter(self) -> &'static str {
        if self == Mode::Runtime {
            "E"
        } else {
            "e"
        }
    }
}

/// A function found in the source, in source order of its body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FnInfo {
    /// Its name, or a label such as `setTimeout callback` or `(anonymous)`.
    pub name: String,
    /// 1-based line and column of its body in the original source.
    pub line: u32,
    pub column: u32,
}

/// Columns shifted by insertions, per line: maps an instrumented column back to the original one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ColumnMap {
    /// line → (original column of an insertion, inserted length in columns), sorted by column.
    lines: BTreeMap<u32, Vec<(u32, u32)>>,
}

impl ColumnMap {
    /// The original column of `column` (1-based) on `line` of the instrumented text.
    pub fn original(&self, line: u32, column: u32) -> u32 {
        let Some(inserts) = self.lines.get(&line) else {
            return column;
        };
        let mut shift = 0;
        for &(at, len) in inserts {
            // An insertion before `at` moves everything from `at` on to the right by `len`.
            if column >= at + shift + len {
                shift += len;
            } else if column >= at + shift {
                // Inside inserted text: report the position it was inserted at.
                return at;
            } else {
                break;
            }
        }
        column - shift
    }
}

/// The rewritten source.
#[derive(Debug, Clone)]
pub struct Instrumented {
    pub code: String,
    pub functions: Vec<FnInfo>,
    pub columns: ColumnMap,
    /// Every insertion as (byte offset in `code`, byte length), in order.
    pub inserts: Vec<(usize, usize)>,
}

impl Instrumented {
    /// The original text of `text`, a slice Boa took of `code` (a function's source for
    /// `Function.prototype.toString`): found in `code`, with the insertions inside it removed.
    pub fn original_of(&self, text: &str) -> Option<String> {
        let start = self.code.find(text)?;
        let end = start + text.len();
        let mut out = String::with_capacity(text.len());
        let mut at = start;
        for &(pos, len) in &self.inserts {
            if pos >= start && pos + len <= end {
                out.push_str(self.code.get(at..pos)?);
                at = pos + len;
            }
        }
        out.push_str(self.code.get(at..end)?);
        Some(out)
    }
}

/// One text insertion at a byte offset of the original source.
struct Edit {
    pos: usize,
    /// Closings sort before openings at the same offset; inner closings first, outer openings first (by depth,
    /// then by the order the pairs were opened in).
    close: bool,
    depth: usize,
    seq: usize,
    text: String,
    /// A module prologue: before everything else inserted at its offset (a module may open with `await`).
    first: bool,
    /// Part of a nullish-read check (`nullish.rs`).
    nullish: bool,
    /// Part of a catch-and-finally rewrite (`try_finally.rs`).
    try_fix: bool,
    /// An optional rewrite (loop counting, `loops.rs`; deferred field initializers, `class_fields.rs`; their
    /// `super` accesses, `field_super.rs`; `import()` and `eval` calls, `calls.rs`): dropped when the result
    /// does not parse.
    optional: bool,
}

/// Rewrites `src` (a script, or a module when `module`) in `mode`. Function ids start at `first_id`.
/// Returns `None` when the source does not parse: the caller compiles the original to report the error.
pub fn instrument(src: &str, module: bool, mode: Mode, first_id: u32) -> Option<Instrumented> {
    instrument_file(src, module, mode, first_id, None)
}

/// [`instrument`] for the user's file `file`: its async functions also report their activations, awaits and
/// returns (`async_stack.rs`), from which errors get V8's `at async fn` frames.
pub fn instrument_file(
    src: &str,
    module: bool,
    mode: Mode,
    first_id: u32,
    file: Option<&str>,
) -> Option<Instrumented> {
    let mut interner = Interner::default();
    let scope = Scope::new_global();
    let mut parser = Parser::new(Source::from_bytes(src));
    let index = LineIndex::new(src);
    let (script, module_ast) = if module {
        (None, Some(parser.parse_module(&scope, &mut interner).ok()?))
    } else {
        (Some(parser.parse_script(&scope, &mut interner).ok()?), None)
    };
    let mut v = Collector {
        src,
        index: &index,
        interner: &interner,
        mode,
        first_id,
        edits: Vec::new(),
        functions: Vec::new(),
        depth: 0,
        hints: crate::DetMap::default(),
        rest_keys: 0,
        assign_target: false,
        file: file
            .filter(|_| mode != Mode::Runtime)
            .map(async_stack::js_string),
        async_bodies: crate::DetMap::default(),
        v8_names: crate::DetMap::default(),
        fn_stack: Vec::new(),
        receiver_bodies: Default::default(),
        string_vars: Default::default(),
        statement_starts: crate::DetMap::default(),
        nullish_reads: nullish::wanted(src, file),
        this_arrows: crate::DetMap::default(),
    };
    if let Some(ast) = &module_ast {
        // A module's top level is tracked like an async function's body (its awaits are top-level awaits).
        let tracked = v.file.is_some();
        v.fn_stack.push(tracked);
        let _ = ast.visit_with(&mut v);
    }
    let module_act = module_ast
        .as_ref()
        .and(v.file.as_deref())
        .map(|f| format!("const $ll_a=__ll$.ae(null,\"\",{f});"));
    if let Some(ast) = &script {
        let _ = ast.visit_with(&mut v);
    }
    let Collector {
        mut edits,
        functions,
        ..
    } = v;
    // An ES module reads `__ll$` from the global lexical scope (`calls::install`), not from a declaration of
    // its own: in an import cycle a hoisted function runs before its module's body.
    // A module's prologue goes first, after a hashbang line if there is one (`#!` must stay at offset 0).
    let top = if src.starts_with("#!") {
        src.find('\n').map_or(src.len(), |i| i + 1)
    } else {
        0
    };
    if module && mode.spans() {
        // Top-level await in a module has no enclosing function: give it a token that means "none".
        edits.push(Edit {
            pos: top,
            close: false,
            depth: 0,
            seq: usize::MAX,
            text: "var $ll_t;".into(),
            first: true,
            nullish: false,
            try_fix: false,
            optional: false,
        });
    }
    if let Some(text) = module_act {
        // The module's own activation, for V8's `at async file:///...` frame of a top-level await.
        edits.push(Edit {
            pos: top,
            close: false,
            depth: 0,
            seq: usize::MAX,
            text,
            first: true,
            nullish: false,
            try_fix: false,
            optional: false,
        });
    }
    // Optional rewrites of user files (`optional.rs`).
    if mode != Mode::Runtime {
        let found = match (&script, &module_ast) {
            (Some(s), _) => optional::edits(src, &index, &interner, s, Some(s), file),
            (_, Some(m)) => optional::edits(src, &index, &interner, m, None, file),
            _ => Vec::new(),
        };
        for (pos, text, close, inner) in found {
            edits.push(Edit {
                pos,
                close,
                depth: if inner { usize::MAX } else { 0 },
                seq: 0,
                text,
                first: !close && !inner,
                nullish: false,
                try_fix: false,
                optional: true,
            });
        }
    }
    // Catch-and-finally statements and some finally blocks (`try_finally.rs`; not in the runtime's own code).
    let found = if mode == Mode::Runtime {
        None
    } else {
        try_finally::find(src)
    };
    if let Some(found) = found {
        let catch_finally = count_catch_finally(script.as_ref(), module_ast.as_ref());
        // All of the catch-and-finally statements, or none.
        let rewrites = if found.rewrites.len() == catch_finally {
            found.rewrites
        } else {
            Vec::new()
        };
        let pairs = rewrites
            .iter()
            .map(|r| (r.open, r.close, "try{", "}"))
            .chain(
                found
                    .wraps
                    .iter()
                    .map(|&(o, c)| (o, c, "const __ll_fin=()=>{", "};__ll_fin();")),
            );
        for (open, close, open_text, close_text) in pairs {
            for (pos, close, text) in [(open, false, open_text), (close, true, close_text)] {
                edits.push(Edit {
                    pos,
                    close,
                    depth: 0,
                    seq: 0,
                    text: text.into(),
                    first: false,
                    nullish: false,
                    try_fix: true,
                    optional: false,
                });
            }
        }
    }
    let (code, columns, inserts) = apply(src, &index, &mut edits);
    // The rewrite is checked: the result must parse with no catch-and-finally statement left.
    let (code, columns, inserts) =
        if edits.iter().any(|e| e.try_fix) && !rewritten_all(&code, module) {
            edits.retain(|e| !e.try_fix);
            apply(src, &index, &mut edits)
        } else {
            (code, columns, inserts)
        };
    // The nullish-read openings and the loop counters are checked: should one ever break the code (an
    // expression Boa spans wrongly, a loop body the scan misplaced), the file goes without them rather than
    // fail to compile. The rewrite with everything is parsed once; on failure the nullish checks go first.
    let mut out = (code, columns, inserts);
    for drop in [|e: &Edit| e.nullish, |e: &Edit| e.optional] {
        if !edits.iter().any(|e| e.nullish || e.optional) || parses(&out.0, module) {
            break;
        }
        edits.retain(|e| !drop(e));
        out = apply(src, &index, &mut edits);
    }
    let (code, columns, inserts) = out;
    Some(Instrumented {
        code,
        functions,
        columns,
        inserts,
    })
}

/// How many `try` statements in the tree have both a `catch` and a `finally`.
fn count_catch_finally(
    script: Option<&boa_engine::ast::Script>,
    module: Option<&boa_engine::ast::Module>,
) -> usize {
    let mut c = try_finally::CountCatchFinally::default();
    if let Some(s) = script {
        let _ = s.visit_with(&mut c);
    }
    if let Some(m) = module {
        let _ = m.visit_with(&mut c);
    }
    c.0
}

/// Whether `code` parses with no catch-and-finally `try` left (`try_finally.rs`).
fn rewritten_all(code: &str, module: bool) -> bool {
    let mut interner = Interner::default();
    let scope = Scope::new_global();
    let mut parser = Parser::new(Source::from_bytes(code));
    if module {
        parser
            .parse_module(&scope, &mut interner)
            .is_ok_and(|m| count_catch_finally(None, Some(&m)) == 0)
    } else {
        parser
            .parse_script(&scope, &mut interner)
            .is_ok_and(|s| count_catch_finally(Some(&s), None) == 0)
    }
}

/// Whether `code` parses (as a module when `module`).
fn parses(code: &str, module: bool) -> bool {
    let mut interner = Interner::default();
    let scope = Scope::new_global();
    let mut parser = Parser::new(Source::from_bytes(code));
    if module {
        parser.parse_module(&scope, &mut interner).is_ok()
    } else {
        parser.parse_script(&scope, &mut interner).is_ok()
    }
}

/// The source with `edits` inserted, its column map and where each insertion went.
fn apply(
    src: &str,
    index: &LineIndex,
    edits: &mut [Edit],
) -> (String, ColumnMap, Vec<(usize, usize)>) {
    edits.sort_by(|a, b| {
        a.pos
            .cmp(&b.pos)
            .then(b.first.cmp(&a.first))
            .then(b.close.cmp(&a.close))
            .then(if a.close {
                b.depth.cmp(&a.depth)
            } else {
                a.depth.cmp(&b.depth)
            })
            // At one depth, the pair opened last (the inner one) closes first.
            .then(if a.close {
                b.seq.cmp(&a.seq)
            } else {
                a.seq.cmp(&b.seq)
            })
    });
    let mut code = String::with_capacity(src.len() + edits.len() * 24);
    let mut columns = ColumnMap::default();
    let mut inserts = Vec::with_capacity(edits.len());
    let mut at = 0;
    for e in edits.iter() {
        code.push_str(&src[at..e.pos]);
        at = e.pos;
        inserts.push((code.len(), e.text.len()));
        code.push_str(&e.text);
        let (line, col) = index.position(src, e.pos);
        columns
            .lines
            .entry(line)
            .or_default()
            .push((col, e.text.chars().count() as u32));
    }
    code.push_str(&src[at..]);
    (code, columns, inserts)
}

/// Offset just after the directive prologue (`"use strict";`...) of a block body starting at `open`.
fn after_directives(src: &str, index: &LineIndex, body: &FunctionBody, open: usize) -> usize {
    let mut at = open + 1;
    for item in body.statements() {
        let StatementListItem::Statement(st) = item else {
            break;
        };
        let Statement::Expression(Expression::Literal(lit)) = st.as_ref() else {
            break;
        };
        if !matches!(
            lit.kind(),
            boa_engine::ast::expression::literal::LiteralKind::String(_)
        ) {
            break;
        }
        at = index.offset(src, lit.span().end());
    }
    at
}

/// Maps Boa positions (1-based line, code-point column; lines end at `\n`, `\r\n`, `\r`, U+2028, U+2029)
/// to byte offsets and back.
struct LineIndex {
    starts: Vec<usize>,
    /// Per line: all ASCII, so a column is a byte offset (bundles have very long lines).
    ascii: Vec<bool>,
}

impl LineIndex {
    fn new(src: &str) -> Self {
        let mut starts = vec![0];
        let mut it = src.char_indices().peekable();
        while let Some((i, c)) = it.next() {
            match c {
                '\r' => {
                    if let Some(&(_, '\n')) = it.peek() {
                        it.next();
                        starts.push(i + 2);
                    } else {
                        starts.push(i + 1);
                    }
                }
                '\n' => starts.push(i + 1),
                '\u{2028}' | '\u{2029}' => starts.push(i + c.len_utf8()),
                _ => {}
            }
        }
        let ascii = (0..starts.len())
            .map(|i| {
                let end = starts.get(i + 1).copied().unwrap_or(src.len());
                src.get(starts[i]..end).is_some_and(str::is_ascii)
            })
            .collect();
        LineIndex { starts, ascii }
    }

    /// Byte offset of a Boa position (clamped to the source).
    fn offset(&self, src: &str, p: Position) -> usize {
        let line = (p.line_number() as usize).saturating_sub(1);
        let Some(&start) = self.starts.get(line) else {
            return src.len();
        };
        let col = (p.column_number() as usize).saturating_sub(1);
        if self.ascii.get(line).copied().unwrap_or(false) {
            let end = self.starts.get(line + 1).copied().unwrap_or(src.len());
            return (start + col).min(end).min(src.len());
        }
        src[start..]
            .char_indices()
            .nth(col)
            .map_or(src.len(), |(i, _)| start + i)
    }

    /// 1-based (line, column) of a byte offset.
    fn position(&self, src: &str, off: usize) -> (u32, u32) {
        let line = self.starts.partition_point(|&s| s <= off).max(1);
        let start = self.starts.get(line - 1).copied().unwrap_or(0);
        let col = if self.ascii.get(line - 1).copied().unwrap_or(false) {
            off.saturating_sub(start)
        } else {
            src.get(start..off).map_or(0, |t| t.chars().count())
        };
        (line as u32, col as u32 + 1)
    }
}

/// The offset of the `{` that follows `)` after `at` (whitespace and comments allowed between), if it does.
fn block_after_paren(src: &str, at: usize) -> Option<usize> {
    let b = src.as_bytes();
    let mut i = at;
    let mut paren = false;
    while i < b.len() {
        match b[i] {
            b' ' | b'\t' | b'\n' | b'\r' => i += 1,
            b'/' if b.get(i + 1) == Some(&b'/') => {
                i = src[i..].find('\n').map_or(b.len(), |k| i + k);
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i = src[i + 2..].find("*/").map(|k| i + 2 + k + 2)?;
            }
            b')' if !paren => {
                paren = true;
                i += 1;
            }
            b'{' if paren => return Some(i),
            _ => return None,
        }
    }
    None
}

struct Collector<'a> {
    src: &'a str,
    index: &'a LineIndex,
    interner: &'a Interner,
    mode: Mode,
    first_id: u32,
    edits: Vec<Edit>,
    functions: Vec<FnInfo>,
    depth: usize,
    /// Names for function bodies, keyed by the body's start (from a declaration, a binding, a property or a
    /// call argument).
    hints: crate::DetMap<(u32, u32), String>,
    /// Extra rest-pattern keys added so far (`rest.rs`), to name their bindings.
    rest_keys: u32,
    /// Inside the target of an assignment expression (its patterns assign rather than bind).
    assign_target: bool,
    /// The user's file as a JS string literal, when async functions are tracked (`async_stack.rs`).
    file: Option<String>,
    /// Bodies of async (non-generator) functions, keyed by the body's start: true for an arrow.
    async_bodies: crate::DetMap<(u32, u32), bool>,
    /// The names V8 gives functions (`Function.prototype.name`), keyed by the body's start.
    v8_names: crate::DetMap<(u32, u32), String>,
    /// Per enclosing function body, innermost last: whether it is a tracked async function.
    fn_stack: Vec<bool>,
    /// Bodies whose entry hook passes `this` (functions and methods, not arrows, constructors or accessors).
    receiver_bodies: crate::DetMap<(u32, u32), ()>,
    /// Names declared with a string (`let out = ''`): an append to one goes through `__ll$.ap` whatever it
    /// appends (`appends.rs`).
    string_vars: crate::DetMap<String, ()>,
    /// Start offsets of expression statements not yet given an opening (`nullish.rs`).
    statement_starts: crate::DetMap<usize, ()>,
    /// Whether property reads get their nullish check (`nullish.rs`; not in libraries).
    nullish_reads: bool,
    /// Arrow bodies that use `this` (directly or in a nested arrow), keyed by the body's start: their entry
    /// hook names `this` once, unevaluated (`0&&this`). Boa 0.22 marks only the nearest enclosing function
    /// scope as needing `this` when an arrow reads it, so an arrow two deep in a method
    /// (`new Promise(r => setTimeout(() => this.x))`) saw the global object.
    this_arrows: crate::DetMap<(u32, u32), ()>,
}

#[cfg(test)]
mod tests;
