//! The instrumenter's edits at function level: each body's entry/exit hooks (per [`Mode`]), concise arrow
//! bodies, `catch` clauses, `throw` statements and the suspensions at `await`/`yield`.

use boa_engine::ast::{
    function::FunctionBody, statement::Statement, Span, Spanned, StatementListItem,
};

use super::{block_after_paren, extent, Collector, Edit, FnInfo, Mode};

impl Collector<'_> {
    pub(super) fn edit(&mut self, pos: usize, close: bool, text: String) {
        let seq = self.edits.len();
        self.edits.push(Edit {
            pos,
            close,
            depth: self.depth,
            seq,
            text,
            first: false,
            nullish: false,
            try_fix: false,
            optional: false,
        });
    }

    pub(super) fn src_ref(&self) -> extent::Src<'_> {
        extent::Src {
            text: self.src,
            index: self.index,
        }
    }

    pub(super) fn offsets(&self, span: Span) -> (usize, usize) {
        (
            self.index.offset(self.src, span.start()),
            self.index.offset(self.src, span.end()),
        )
    }

    /// Offset just after the directive prologue (`"use strict";`...) of a block body starting at `open`.
    pub(super) fn after_directives(&self, body: &FunctionBody, open: usize) -> usize {
        super::after_directives(self.src, self.index, body, open)
    }

    /// Notes an arrow whose body uses `this` (see `Collector::this_arrows`).
    pub(super) fn note_this_arrow(&mut self, body: &FunctionBody) {
        if self.mode != Mode::Runtime
            && boa_engine::ast::operations::contains(
                body,
                boa_engine::ast::operations::ContainsSymbol::This,
            )
        {
            let p = body.span().start();
            self.this_arrows
                .insert((p.line_number(), p.column_number()), ());
        }
    }

    pub(super) fn body(&mut self, body: &FunctionBody) {
        let mark = self.edits.len();
        let p = body.span().start();
        let pin = self
            .this_arrows
            .remove(&(p.line_number(), p.column_number()))
            .is_some();
        self.body_hooks(body);
        if pin {
            // The body's opening edit names `this` first: `;0&&this;...`, `(0&&this,...`, `{0&&this;...`.
            if let Some(e) = self.edits[mark..].iter_mut().find(|e| !e.close) {
                match e.text.chars().next() {
                    Some(';') => e.text.insert_str(1, "0&&this;"),
                    Some('(') => e.text.insert_str(1, "0&&this,"),
                    Some('{') => e.text.insert_str(1, "0&&this;"),
                    _ => {}
                }
            }
        }
    }

    fn body_hooks(&mut self, body: &FunctionBody) {
        let (start, end) = self.offsets(body.span());
        let id = self.first_id + self.functions.len() as u32;
        let p = body.span().start();
        let name = self
            .hints
            .remove(&(p.line_number(), p.column_number()))
            .unwrap_or_else(|| "(anonymous)".into());
        self.functions.push(FnInfo {
            name,
            line: p.line_number(),
            column: p.column_number(),
        });
        let block = self.src.as_bytes().get(start) == Some(&b'{');
        // The receiver goes to the entry hook (`c(this)`, `e(id,this)`) where `this` is the caller's.
        let this = if self
            .receiver_bodies
            .contains_key(&(p.line_number(), p.column_number()))
        {
            "this"
        } else {
            ""
        };
        let tracked = self.async_body(body);
        self.fn_stack.push(tracked.is_some());
        if let Some(open) = tracked {
            self.async_wrap(body, id, block, (start, end), &open, this);
            return;
        }
        match (self.mode, block) {
            (Mode::Count, true) => {
                let at = self.after_directives(body, start);
                self.edit(at, false, format!(";__ll$.c({this});"));
            }
            (Mode::Count, false) => {
                let (start, end) = self.concise(body).unwrap_or((start, end));
                self.edit(start, false, "(__ll$.c(),".into());
                self.edit(end, true, ")".into());
            }
            (_, true) => {
                let at = self.after_directives(body, start);
                let comma = if this.is_empty() { "" } else { "," };
                let open = format!(
                    ";const $ll_t=__ll$.{}({id}{comma}{this});try{{",
                    self.mode.enter()
                );
                // `end` is just past the closing brace.
                let close = self.src[..end].rfind('}').unwrap_or(end).max(at);
                if close == at {
                    // An empty body: one insertion, so the opening stays before the closing.
                    self.edit(at, false, format!("{open}}}finally{{__ll$.x($ll_t)}}"));
                } else {
                    self.edit(at, false, open);
                    self.edit(close, true, "}finally{__ll$.x($ll_t)}".into());
                }
            }
            (_, false) => {
                let (start, end) = self.concise(body).unwrap_or((start, end));
                self.edit(
                    start,
                    false,
                    format!(
                        "{{const $ll_t=__ll$.{}({id});try{{return(",
                        self.mode.enter()
                    ),
                );
                self.edit(end, true, ")}finally{__ll$.x($ll_t)}}".into());
            }
        }
    }

    /// Offsets of a concise arrow body's expression.
    pub(super) fn concise(&self, body: &FunctionBody) -> Option<(usize, usize)> {
        let [StatementListItem::Statement(st)] = body.statements() else {
            return None;
        };
        let Statement::Return(r) = st.as_ref() else {
            return None;
        };
        r.target()
            .map(|e| self.offsets(extent::extent(e, &self.src_ref())))
    }

    /// `catch (e) {` gets `__ll$.m(e, line, column);` first, which gives an error the engine made V8's message
    /// (v8_messages.js) before user code reads it. Not in the runtime's own code, nor for a pattern binding.
    pub(super) fn catch_clause(&mut self, node: &boa_engine::ast::statement::Catch) {
        if self.mode == Mode::Runtime {
            return;
        }
        let Some(boa_engine::ast::declaration::Binding::Identifier(id)) = node.parameter() else {
            return;
        };
        let (_, end) = self.offsets(id.span());
        let Some(open) = block_after_paren(self.src, end) else {
            return;
        };
        let name = self.interner.resolve_expect(id.sym()).to_string();
        if self.tracking() {
            // A rejected `await` resumes its function by throwing into this clause.
            self.edit(open + 1, false, format!("__ll$.ak($ll_a,{name});"));
        }
        // Where the clause is (the binding's line and column, in Boa's coordinates): v8_messages.js looks for
        // the failing operation in its `try` block when the engine kept no position for it.
        let at = id.span().start();
        self.edit(
            open + 1,
            false,
            format!(
                "__ll$.m({name},{},{});",
                at.line_number(),
                at.column_number()
            ),
        );
    }

    /// `throw E` becomes `throw __ll$.t(E,line,column)`, which notes where the value was thrown: V8 shows an
    /// uncaught error's throw site (not where the error was made) above it. Not in the runtime's own code.
    pub(super) fn throw_statement(&mut self, node: &boa_engine::ast::statement::Throw) {
        if self.mode == Mode::Runtime {
            return;
        }
        let span = extent::extent(node.target(), &self.src_ref());
        let (ts, te) = self.offsets(span);
        let at = span.start();
        self.edit(ts, false, "__ll$.t(".into());
        self.edit(
            te,
            true,
            format!(",{},{})", at.line_number(), at.column_number()),
        );
    }

    /// Whether text inserted at `ts` would glue onto the word before it: `yield[a]` / `await(x)` (minified
    /// code) need a space before an inserted call.
    pub(super) fn glued_to_keyword(&self, ts: usize) -> bool {
        ts > 0
            && self
                .src
                .as_bytes()
                .get(ts - 1)
                .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'_' || b == b'$')
    }

    pub(super) fn suspension(&mut self, start: usize, end: usize, target: Option<(usize, usize)>) {
        if !self.mode.spans() {
            return;
        }
        self.edit(start, false, "__ll$.r($ll_t,".into());
        match target {
            Some((ts, te)) => {
                let open = if self.glued_to_keyword(ts) {
                    " __ll$.s($ll_t,"
                } else {
                    "__ll$.s($ll_t,"
                };
                self.edit(ts, false, open.into());
                self.edit(te, true, "))".into());
            }
            None => {
                self.edit(end, true, " __ll$.s($ll_t))".into());
            }
        }
    }
}
