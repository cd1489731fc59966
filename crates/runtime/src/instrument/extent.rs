//! The full source extent of an expression. Boa 0.22's spans of some nodes start late (a call's span starts
//! at its argument list, so `f(x)` would be cut to `(x)`); this takes the leftmost start and rightmost end
//! over the node and its leading/trailing operands.

use boa_engine::ast::{
    expression::{
        access::{PropertyAccess, PropertyAccessField},
        operator::assign::AssignTarget,
        operator::update::UpdateTarget,
    },
    Expression, Position, Span, Spanned,
};

fn key(p: Position) -> (u32, u32) {
    (p.line_number(), p.column_number())
}

fn min(a: Position, b: Position) -> Position {
    if key(b) < key(a) {
        b
    } else {
        a
    }
}

fn max(a: Position, b: Position) -> Position {
    if key(b) > key(a) {
        b
    } else {
        a
    }
}

pub(super) fn access(a: &PropertyAccess, src: &Src<'_>) -> Span {
    let s = a.span();
    match a {
        PropertyAccess::Simple(p) => {
            let t = extent(p.target(), src);
            let mut end = max(s.end(), t.end());
            if let PropertyAccessField::Expr(f) = p.field() {
                // Boa's span of `a[b]` stops before the `]`.
                end = src.after_bracket(max(end, extent(f, src).end()));
            }
            Span::new(min(s.start(), t.start()), end)
        }
        PropertyAccess::Private(p) => {
            let t = extent(p.target(), src);
            Span::new(min(s.start(), t.start()), max(s.end(), t.end()))
        }
        PropertyAccess::Super(_) => s,
    }
}

/// The source, to find the closing `]` of a computed member access.
pub(super) struct Src<'a> {
    pub text: &'a str,
    pub index: &'a super::LineIndex,
}

impl Src<'_> {
    /// The position just after the first `]` at or after `p` (`p` itself if there is none).
    fn after_bracket(&self, p: Position) -> Position {
        let off = self.index.offset(self.text, p);
        match self.text.get(off..).and_then(|t| t.find(']')) {
            Some(i) => {
                let (l, c) = self.index.position(self.text, off + i + 1);
                Position::new(l, c)
            }
            None => p,
        }
    }
}

impl Src<'_> {
    /// Just past the `}` at `p` (`p` itself if there is none there).
    fn after_brace_at(&self, p: Position) -> Position {
        let off = self.index.offset(self.text, p);
        if self.text.as_bytes().get(off) == Some(&b'}') {
            let (l, c) = self.index.position(self.text, off + 1);
            Position::new(l, c)
        } else {
            p
        }
    }
}

/// Start and end of `e` in the source.
pub(super) fn extent(e: &Expression, src: &Src<'_>) -> Span {
    let s = e.span();
    let (first, last): (Option<Span>, Option<Span>) = match e {
        Expression::Call(c) => (Some(extent(c.function(), src)), None),
        Expression::PropertyAccess(a) => return access(a, src),
        Expression::Optional(o) => (Some(extent(o.target(), src)), None),
        Expression::TaggedTemplate(t) => (Some(extent(t.tag(), src)), None),
        Expression::Binary(b) => (Some(extent(b.lhs(), src)), Some(extent(b.rhs(), src))),
        Expression::BinaryInPrivate(b) => (None, Some(extent(b.rhs(), src))),
        Expression::Conditional(c) => (
            Some(extent(c.condition(), src)),
            Some(extent(c.if_false(), src)),
        ),
        Expression::Assign(a) => {
            let l = match a.lhs() {
                AssignTarget::Identifier(i) => i.span(),
                AssignTarget::Access(p) => access(p, src),
                AssignTarget::Pattern(p) => p.span(),
            };
            (Some(l), Some(extent(a.rhs(), src)))
        }
        Expression::Update(u) => {
            let t = match u.target() {
                UpdateTarget::Identifier(i) => i.span(),
                UpdateTarget::PropertyAccess(p) => access(p, src),
            };
            (Some(t), Some(t))
        }
        Expression::Await(a) => (None, Some(extent(a.target(), src))),
        Expression::Yield(y) => (None, y.target().map(|t| extent(t, src))),
        Expression::Unary(u) => (None, Some(extent(u.target(), src))),
        // A concise arrow body ends where its expression does (Boa's span of `k => o => o[k]` stops before `]`).
        Expression::ArrowFunction(f) => (None, concise_body(f.body()).map(|b| extent(b, src))),
        Expression::AsyncArrowFunction(f) => (None, concise_body(f.body()).map(|b| extent(b, src))),
        // Boa 0.22 ends a non-empty class body's span at its closing brace, not after it.
        Expression::ClassExpression(c) if !c.elements().is_empty() || c.constructor().is_some() => {
            return Span::new(s.start(), src.after_brace_at(s.end()));
        }
        _ => (None, None),
    };
    let start = first.map_or(s.start(), |f| min(s.start(), f.start()));
    let end = last.map_or(s.end(), |l| max(s.end(), l.end()));
    Span::new(start, end)
}

/// The expression of a body that is a single `return E` (a concise arrow body).
fn concise_body(body: &boa_engine::ast::function::FunctionBody) -> Option<&Expression> {
    use boa_engine::ast::{Statement, StatementListItem};
    let [StatementListItem::Statement(st)] = body.statements() else {
        return None;
    };
    match st.as_ref() {
        Statement::Return(r) => r.target(),
        _ => None,
    }
}

/// Extent of `await E`.
pub(super) fn extent_await(a: &boa_engine::ast::expression::Await, src: &Src<'_>) -> Span {
    let t = extent(a.target(), src);
    Span::new(
        min(a.span().start(), t.start()),
        max(a.span().end(), t.end()),
    )
}

/// Extent of `yield E` / `yield`.
pub(super) fn extent_yield(y: &boa_engine::ast::expression::Yield, src: &Src<'_>) -> Span {
    match y.target().map(|t| extent(t, src)) {
        Some(t) => Span::new(y.span().start(), max(y.span().end(), t.end())),
        None => y.span(),
    }
}
