//! Instrumentation for V8's async stack frames (`at async main (file:3:5)`): each async (non-generator) user
//! function reports its activation, where it awaits, what it returns and when a rejection resumes it, so
//! `js/async_stack.js` can tell which awaiting functions an error's function was running for. Boa keeps no
//! link from a promise to the function awaiting it, so the links come from here.
//!
//! - Body: `const $ll_a=__ll$.ae(this,"name","file");try{try{BODY}catch($ll_e){throw __ll$.ax($ll_a,$ll_e)}}
//!   finally{__ll$.af($ll_a)}` (`void 0` for an arrow's `this`), after the call-count or span prologue.
//! - `await E` becomes `__ll$.ar($ll_a,await __ll$.as($ll_a,LINE,COL,KIND,E))`, KIND naming a `Promise.all`,
//!   `allSettled` or `any` operand (V8 adds `at async Promise.all (index N)`).
//! - The elements of an awaited `Promise.all([...])` literal become `__ll$.ai($ll_a,E,INDEX)`.
//! - `new X(...)` becomes `__ll$.ne(new X(...))` for a capitalised class that may make an error, in any user function.
//! - `return E` becomes `return __ll$.rt($ll_a,E,KIND)`; a `catch (e)` clause starts with `__ll$.ak($ll_a,e);`.
//!
//! Like every insertion, none adds a line, and the awaited value and the number of ticks are unchanged.

use boa_engine::ast::{
    expression::access::{PropertyAccess, PropertyAccessField},
    expression::Await,
    function::FunctionBody,
    statement::Return,
    Expression, Spanned,
};

use super::{extent, Collector};

/// `s` as a JavaScript string literal.
pub(super) fn js_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The combinator an awaited call is (`Promise.all(...)`): its number for `__ll$.as`, 0 for none.
fn combinator(callee: Option<&str>) -> u8 {
    match callee {
        Some("Promise.all") => 1,
        Some("Promise.allSettled") => 2,
        Some("Promise.any") => 3,
        _ => 0,
    }
}

/// The wrapper's try opens twice and closes as `try{try{BODY}catch{}}finally{}`: a `try` with both a catch
/// and a finally loses an exception thrown from its catch in Boa 0.22 (see `try_finally.rs`).
const TRY: &str = "try{try{";
const CATCH: &str = "}catch($ll_e){throw __ll$.ax($ll_a,$ll_e)}}finally{__ll$.af($ll_a)";

impl Collector<'_> {
    /// Whether the innermost enclosing function is a tracked async function.
    pub(super) fn tracking(&self) -> bool {
        self.file.is_some() && self.fn_stack.last() == Some(&true)
    }

    /// The activation prologue of `body` if it is a tracked async function's.
    pub(super) fn async_body(&mut self, body: &FunctionBody) -> Option<String> {
        let p = body.span().start();
        let key = (p.line_number(), p.column_number());
        let name = self.v8_names.remove(&key).unwrap_or_default();
        let arrow = self.async_bodies.remove(&key)?;
        let file = self.file.as_deref()?;
        // An arrow has no receiver of its own (`null`: unknown, so its frame is named from the source).
        let this = if arrow { "null" } else { "this" };
        Some(format!(
            "const $ll_a=__ll$.ae({this},{},{file});",
            js_string(&name)
        ))
    }

    /// Wraps a tracked async function's body (`start..end`, a block when `block`) with `open` (from
    /// [`Self::async_body`]) after the mode's own prologue, and the catch and finally that close it.
    pub(super) fn async_wrap(
        &mut self,
        body: &FunctionBody,
        id: u32,
        block: bool,
        (start, end): (usize, usize),
        open: &str,
        this: &str,
    ) {
        let (head, tail) = if self.mode.spans() {
            let comma = if this.is_empty() { "" } else { "," };
            (
                format!(
                    ";const $ll_t=__ll$.{}({id}{comma}{this});{open}{TRY}",
                    self.mode.enter()
                ),
                format!("{CATCH};__ll$.x($ll_t)}}"),
            )
        } else {
            (
                format!(";__ll$.c({this});{open}{TRY}"),
                format!("{CATCH}}}"),
            )
        };
        if block {
            let at = self.after_directives(body, start);
            let close = self.src[..end].rfind('}').unwrap_or(end).max(at);
            if close == at {
                self.edit(at, false, format!("{head}{tail}"));
            } else {
                self.edit(at, false, head);
                self.edit(close, true, tail);
            }
        } else {
            // A concise arrow: its expression becomes a block's `return` (which [`Self::tracked_return`] wraps).
            let (start, end) = self.concise(body).unwrap_or((start, end));
            self.edit(start, false, format!("{{{head}return("));
            self.edit(end, true, format!("){tail}}}"));
        }
    }

    /// `await E` in a tracked function, `s..` the `await` and `ts..te` its operand.
    pub(super) fn tracked_await(&mut self, node: &Await, s: usize, (ts, te): (usize, usize)) {
        let (kind, elements) = self.awaited_combinator(node.target());
        self.elements(elements);
        let (line, col) = self.index.position(self.src, s);
        let spans = self.mode.spans();
        let glued = self.glued_to_keyword(ts);
        let mut open = String::from("__ll$.ar($ll_a,");
        if spans {
            open.push_str("__ll$.r($ll_t,");
        }
        self.edit(s, false, open);
        let mut inner = String::from(if glued { " " } else { "" });
        if spans {
            inner.push_str("__ll$.s($ll_t,");
        }
        inner.push_str(&format!("__ll$.as($ll_a,{line},{col},{kind},"));
        self.edit(ts, false, inner);
        self.edit(te, true, (if spans { "))))" } else { "))" }).into());
    }

    /// The combinator an awaited expression calls (through `.then`/`.catch`/`.finally` calls on its result),
    /// and the extents of its array literal's elements.
    fn awaited_combinator(&self, mut e: &Expression) -> (u8, Vec<(usize, usize)>) {
        loop {
            let Expression::Call(call) = e else {
                return (0, Vec::new());
            };
            if let Expression::PropertyAccess(PropertyAccess::Simple(p)) = call.function() {
                if let PropertyAccessField::Const(id) = p.field() {
                    let name = self.interner.resolve_expect(id.sym()).to_string();
                    if matches!(name.as_str(), "then" | "catch" | "finally") {
                        e = p.target();
                        continue;
                    }
                }
            }
            let kind = combinator(self.short_text(call.function()).as_deref());
            let mut elements = Vec::new();
            if let (true, [Expression::ArrayLiteral(arr)]) = (kind != 0, call.args()) {
                for el in arr.as_ref().iter().flatten() {
                    if !matches!(el, Expression::Spread(_)) {
                        elements.push(self.offsets(extent::extent(el, &self.src_ref())));
                    }
                }
            }
            return (kind, elements);
        }
    }

    /// `new X(...)` in user code (X an error class by its name, `may_make_error`) becomes `__ll$.ne(new X(...))`: an error made and never thrown
    /// (returned, logged) also takes its async frames where it was made.
    pub(super) fn new_error(&mut self, e: &Expression) {
        let Expression::New(n) = e else { return };
        if self.file.is_none() {
            return;
        }
        let name = match n.constructor() {
            Expression::Identifier(id) => self.interner.resolve_expect(id.sym()).to_string(),
            Expression::PropertyAccess(PropertyAccess::Simple(p)) => match p.field() {
                PropertyAccessField::Const(id) => {
                    self.interner.resolve_expect(id.sym()).to_string()
                }
                PropertyAccessField::Expr(_) => return,
            },
            _ => return,
        };
        if !may_make_error(&name) {
            return;
        }
        let (s, t) = self.offsets(extent::extent(e, &self.src_ref()));
        self.edit(s, false, "__ll$.ne(".into());
        self.edit(t, true, ")".into());
    }

    /// Each element of a combinator's array literal notes its index on the async calls it starts.
    fn elements(&mut self, elements: Vec<(usize, usize)>) {
        for (i, (s, e)) in elements.into_iter().enumerate() {
            self.edit(s, false, "__ll$.ai($ll_a,".into());
            self.edit(e, true, format!(",{i})"));
        }
    }

    /// `return E` in a tracked function: the promises E's calls made settle this function's promise.
    pub(super) fn tracked_return(&mut self, node: &Return) {
        if !self.tracking() {
            return;
        }
        let Some(target) = node.target() else {
            return;
        };
        let (ts, te) = self.offsets(extent::extent(target, &self.src_ref()));
        let (kind, elements) = self.awaited_combinator(target);
        self.elements(elements);
        self.edit(ts, false, "__ll$.rt($ll_a,".into());
        self.edit(te, true, format!(",{kind})"));
    }
}

/// Whether `new NAME(...)` may make an error (any class of the program may extend Error: `class NotFound
/// extends Error`): a capitalised name that is not one of the built-in classes programs make all the time.
fn may_make_error(name: &str) -> bool {
    const NEVER: &[&str] = &[
        "Map",
        "Set",
        "WeakMap",
        "WeakSet",
        "WeakRef",
        "Promise",
        "Date",
        "Array",
        "Object",
        "RegExp",
        "Proxy",
        "Function",
        "URL",
        "URLSearchParams",
        "ArrayBuffer",
        "SharedArrayBuffer",
        "DataView",
        "TextEncoder",
        "TextDecoder",
        "AbortController",
        "EventEmitter",
        "Headers",
        "Request",
        "Response",
        "Intl",
        "Number",
        "String",
        "Boolean",
        "Symbol",
        "BigInt",
        "Buffer",
    ];
    name.ends_with("Error")
        || (name.starts_with(|c: char| c.is_ascii_uppercase())
            && !name.ends_with("Array")
            && !NEVER.contains(&name))
}
