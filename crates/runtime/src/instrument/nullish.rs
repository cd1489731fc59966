//! Which value a failed property read met: Boa's message for `x.p` on null and on undefined is the same
//! ("cannot convert 'null' or 'undefined' to object"), V8's names it. The instrumenter rewrites the object of
//! each property access in user code so that, only when it is nullish, the host hears the value and where:
//! `a.b` becomes `(a??__ll$.n(a,LINE,COL)).b`; an object that is a call or another non-repeatable expression
//! goes through a slot instead, `((__ll$.v=f())??__ll$.n(__ll$.v,LINE,COL)).b`, so it runs once.
//! LINE and COL are where the `.` or `[` is (the instrumented text's line, the UTF-16 index in that line):
//! v8_messages.js matches them with the access it finds from Boa's error position.
//!
//! The cost on the path that does not fail is one `??` test per access (~3% on a member-heavy loop). `n` only
//! runs when the read is about to throw; a repeated object (`a.b` of `a.b.c`) is read a second time then,
//! never otherwise. Packages under `node_modules` and files over 128 KiB are left as they are (their reads
//! keep the guess from the source text).
//!
//! An optional chain cannot be wrapped so (`a?.b.c`: when `a` is nullish the whole chain is undefined), and
//! Boa keeps no position for a read that fails inside one. Its plain property reads after the first `?.`
//! become computed reads that note their place first: `a?.items.length` becomes
//! `a?.items[(__ll$.ocp=LINE*100000+COL,"length")]/*.length*/` (the old text kept in a comment, so no column
//! moves), `a?.b[k]` becomes `a?.b[(__ll$.ocp=POS,__ll$.ock=k)]`: property stores, not calls, as they run on
//! every such read (a loop of chained reads ran 2× slower through a function). Should the read throw,
//! v8_messages.js takes its place (and the key from the source text or `ock`) from there.

use boa_engine::ast::expression::access::{
    PropertyAccess, PropertyAccessField, SimplePropertyAccess,
};
use boa_engine::ast::expression::{Expression, Optional, OptionalOperationKind};
use boa_engine::ast::Spanned;

use super::{extent, Collector, Mode};

/// Globals a program reads properties of all the time and that are never nullish: left as they are.
const NEVER_NULLISH: &[&str] = &[
    "console",
    "Math",
    "JSON",
    "Object",
    "Array",
    "Promise",
    "process",
    "Reflect",
    "Number",
    "String",
    "Symbol",
    "Buffer",
    "require",
    "module",
    "exports",
    "globalThis",
    "Date",
    "Intl",
    "BigInt",
    "Atomics",
    "Error",
    "__ll$",
];

/// Files past this size get no checks: each check costs text, and the rewritten file is parsed once more to
/// make sure it still parses (acorn's 246 KB took 0.55 s to load with them, 0.41 s without).
const MAX_SOURCE: usize = 128 * 1024;

/// Whether a file gets the checks: the user's own code, not packages under `node_modules` nor large files.
pub(super) fn wanted(src: &str, file: Option<&str>) -> bool {
    src.len() <= MAX_SOURCE && !file.is_some_and(|f| f.contains("/node_modules/"))
}

/// How the object is handed to the host when it is nullish.
enum Hand {
    /// Repeated: a name or a chain of names (single line, no calls).
    Again(String),
    /// Through the `__ll$.v` slot.
    Slot,
}

/// Text that reads the same value again without side effects: names, `.name`, `#name`, `[name]`, `[0]`,
/// `['key']`, and arithmetic over them (`[r - 1][c + 1]`, a grid's neighbour), on one line. (No `++`/`--`,
/// calls or comments.)
fn repeatable(text: &str) -> bool {
    !text.is_empty()
        && !text.contains("++")
        && !text.contains("--")
        && !text.contains("//")
        && !text.contains("/*")
        && text.bytes().all(|b| {
            b.is_ascii_alphanumeric()
                || matches!(
                    b,
                    b'_' | b'$'
                        | b'.'
                        | b'#'
                        | b'['
                        | b']'
                        | b' '
                        | b'+'
                        | b'-'
                        | b'*'
                        | b'/'
                        | b'%'
                )
                || b == b'\''
                || b == b'"'
        })
}

impl Collector<'_> {
    /// The start offsets of expression statements: an object rewritten there must not start with `(`, which
    /// would continue the line above when it has no semicolon (`void 0,` goes first).
    pub(super) fn note_statement_start(&mut self, e: &Expression) {
        if self.mode == Mode::Runtime || !self.nullish_reads {
            return;
        }
        let (s, _) = self.offsets(extent::extent(e, &self.src_ref()));
        self.statement_starts.insert(s, ());
    }

    /// Rewrites the object of `access` (see the module docs).
    pub(super) fn nullish_access(&mut self, access: &PropertyAccess) {
        if self.mode == Mode::Runtime || !self.nullish_reads {
            return;
        }
        let PropertyAccess::Simple(sa) = access else {
            return;
        };
        let Some(hand) = self.hand_for(sa) else {
            return;
        };
        let (ts, te) = self.offsets(extent::extent(sa.target(), &self.src_ref()));
        let Some(dot) = dot_after(self.src, te) else {
            return;
        };
        let (line, col) = self.line_col(dot);
        // A statement that opens with `(` already continues the line above: it stays as it is.
        let lead = if self.statement_starts.remove(&ts).is_some()
            && self.src.as_bytes().get(ts) != Some(&b'(')
        {
            "void 0,"
        } else {
            ""
        };
        // A computed key that reads the same again goes along: V8's message names its value.
        let key = match sa.field() {
            PropertyAccessField::Expr(k) => {
                let (ks, ke) = self.offsets(extent::extent(k, &self.src_ref()));
                let text = self.src.get(ks..ke).unwrap_or("");
                let simple = matches!(
                    k.as_ref(),
                    Expression::Identifier(_)
                        | Expression::Literal(_)
                        | Expression::PropertyAccess(_)
                        | Expression::Binary(_)
                ) || (matches!(k.as_ref(), Expression::Unary(_))
                    && text.starts_with('-'));
                if simple && repeatable(text) {
                    format!(",{text}")
                } else {
                    String::new()
                }
            }
            PropertyAccessField::Const(_) => String::new(),
        };
        match hand {
            Hand::Again(text) => {
                self.nullish_edit(ts, false, format!("{lead}("));
                self.nullish_edit(te, true, format!("??__ll$.n({text},{line},{col}{key}))"));
            }
            Hand::Slot => {
                self.nullish_edit(ts, false, format!("{lead}((__ll$.v="));
                self.nullish_edit(te, true, format!(")??__ll$.n(__ll$.v,{line},{col}{key}))"));
            }
        }
    }

    /// Makes each plain property read after an optional chain's first `?.` note its place (see the module
    /// docs), a called one too (`a?.b.map(f)`: a computed member call keeps its `this`), so that the last place
    /// noted before a throw is always the failing read's.
    pub(super) fn nullish_optional(&mut self, opt: &Optional) {
        if self.mode == Mode::Runtime || !self.nullish_reads {
            return;
        }
        let chain = opt.chain();
        for op in chain {
            let OptionalOperationKind::SimplePropertyAccess { field } = op.kind() else {
                continue;
            };
            if op.shorted() {
                continue;
            }
            let (s, e) = self.offsets(op.span());
            let Some(dot) = dot_after(self.src, s) else {
                continue;
            };
            let (line, col) = self.line_col(dot);
            let pos = u64::from(line) * 100_000 + col as u64;
            match field {
                PropertyAccessField::Const(name) => {
                    let name = self.interner.resolve_expect(name.sym()).to_string();
                    // Only `.name` (spaces and line breaks may come between), never a comment inside.
                    let text = self.src.get(dot + 1..e).unwrap_or("");
                    if self.src.as_bytes().get(dot) != Some(&b'.') || text.trim() != name {
                        continue;
                    }
                    let key = super::async_stack::js_string(&name);
                    self.nullish_edit(dot, false, format!("[(__ll$.ocp={pos},{key})]/*"));
                    self.nullish_edit(e, true, "*/".into());
                }
                PropertyAccessField::Expr(k) => {
                    let (ks, ke) = self.offsets(extent::extent(k, &self.src_ref()));
                    if self.src.as_bytes().get(dot) != Some(&b'[') || ks <= dot || ke > e {
                        continue;
                    }
                    self.nullish_edit(ks, false, format!("(__ll$.ocp={pos},__ll$.ock="));
                    self.nullish_edit(ke, true, ")".into());
                }
            }
        }
    }

    /// The line (of the text as given) and UTF-16 column of offset `at`.
    pub(super) fn line_col(&self, at: usize) -> (u32, usize) {
        let (line, _) = self.index.position(self.src, at);
        let line_start = self
            .index
            .starts
            .get(line as usize - 1)
            .copied()
            .unwrap_or(0);
        let col = self
            .src
            .get(line_start..at)
            .map_or(0, |t| t.encode_utf16().count());
        (line, col)
    }

    pub(super) fn nullish_edit(&mut self, pos: usize, close: bool, text: String) {
        self.edit(pos, close, text);
        if let Some(e) = self.edits.last_mut() {
            e.nullish = true;
        }
    }

    fn hand_for(&self, sa: &SimplePropertyAccess) -> Option<Hand> {
        let target = sa.target();
        let text = || {
            let (s, e) = self.offsets(extent::extent(target, &self.src_ref()));
            self.src.get(s..e).unwrap_or("").to_string()
        };
        match target {
            Expression::Identifier(id) => {
                let name = self.interner.resolve_expect(id.sym()).to_string();
                if name == "undefined" || NEVER_NULLISH.contains(&name.as_str()) {
                    return None;
                }
                Some(Hand::Again(name))
            }
            Expression::PropertyAccess(PropertyAccess::Simple(_) | PropertyAccess::Private(_)) => {
                let t = text();
                Some(if repeatable(&t) {
                    Hand::Again(t)
                } else {
                    Hand::Slot
                })
            }
            Expression::Call(_) | Expression::Parenthesized(_) | Expression::TaggedTemplate(_) => {
                Some(Hand::Slot)
            }
            _ => None,
        }
    }
}

/// The offset of the `.` or `[` of a member access whose object ends at `at` (whitespace and comments may
/// come between).
fn dot_after(src: &str, at: usize) -> Option<usize> {
    let b = src.as_bytes();
    let mut i = at;
    while i < b.len() {
        match b[i] {
            b' ' | b'\t' | b'\n' | b'\r' => i += 1,
            b'/' if b.get(i + 1) == Some(&b'/') => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i = src.get(i + 2..)?.find("*/").map(|k| i + 2 + k + 2)?;
            }
            b'.' | b'[' => return Some(i),
            _ => return None,
        }
    }
    None
}
