//! String appends that build a long string, made linear: `s += row` and `s = s + 'x' + ...` copy all of `s`
//! each time in Boa 0.22, so a loop building a report is quadratic. Where the appended text is visibly a string
//! (a string or template literal, a `+` chain with one, a call of a string method), the append goes through
//! `__ll$.ap` (engine/string_append.rs), which does what `+` does and appends in place when it can. Text is only
//! inserted (the `+` is commented out, so no column moves):
//!
//! - `s += e` becomes `s /*+*/= __ll$.ap(s, e)`;
//! - `s = s + 'x' + e` becomes `s = __ll$.ap(s /*+*/, 'x' + e)`: with a string right after `s`, the chain is a
//!   concatenation of strings whichever way it is grouped.
//!
//! An append to a name declared with a string (`let out = ''; ... out += ch`) is rewritten whatever it appends.
//! Numeric updates (`total += price * qty`) are left alone: nothing shows that they make strings. (Names are
//! matched across the whole file, not by scope: a wrong guess costs only speed, `__ll$.ap` adds as `+` does.)

use boa_engine::ast::declaration::{Binding, Variable};
use boa_engine::ast::expression::access::{PropertyAccess, PropertyAccessField};
use boa_engine::ast::expression::literal::LiteralKind;
use boa_engine::ast::expression::operator::assign::{AssignOp, AssignTarget};
use boa_engine::ast::expression::operator::binary::{ArithmeticOp, BinaryOp};
use boa_engine::ast::expression::operator::Assign;
use boa_engine::ast::Expression;

use super::{extent, Collector, Mode};

/// Methods whose result is a string.
const STRING_METHODS: &[&str] = &[
    "join",
    "toString",
    "toFixed",
    "toPrecision",
    "padStart",
    "padEnd",
    "repeat",
    "trim",
    "trimStart",
    "trimEnd",
    "toUpperCase",
    "toLowerCase",
    "replace",
    "replaceAll",
    "slice",
    "substring",
    "stringify",
    "toISOString",
    "toLocaleString",
    "toLocaleDateString",
    "toLocaleTimeString",
    "format",
    "inspect",
    "fromCharCode",
    "charAt",
];

impl Collector<'_> {
    /// Whether `e` visibly makes a string.
    fn stringy(&self, e: &Expression) -> bool {
        match e {
            Expression::Literal(l) => matches!(l.kind(), LiteralKind::String(_)),
            Expression::TemplateLiteral(_) => true,
            Expression::Binary(b) if b.op() == BinaryOp::Arithmetic(ArithmeticOp::Add) => {
                self.stringy(b.lhs()) || self.stringy(b.rhs())
            }
            Expression::Parenthesized(p) => self.stringy(p.expression()),
            Expression::Conditional(c) => self.stringy(c.if_true()) && self.stringy(c.if_false()),
            Expression::Call(c) => match c.function() {
                Expression::PropertyAccess(PropertyAccess::Simple(sa)) => match sa.field() {
                    PropertyAccessField::Const(ident) => STRING_METHODS.contains(
                        &self
                            .interner
                            .resolve_expect(ident.sym())
                            .to_string()
                            .as_str(),
                    ),
                    PropertyAccessField::Expr(_) => false,
                },
                Expression::Identifier(id) => {
                    self.interner.resolve_expect(id.sym()).to_string() == "String"
                }
                _ => false,
            },
            _ => false,
        }
    }

    /// Notes a variable declared with a string: appends to it are rewritten whatever they append.
    pub(super) fn note_string_var(&mut self, v: &Variable) {
        if let (Binding::Identifier(id), Some(init)) = (v.binding(), v.init()) {
            if self.stringy(init) {
                let name = self.interner.resolve_expect(id.sym()).to_string();
                self.string_vars.insert(name, ());
            }
        }
    }

    /// Rewrites a string append (see the module docs).
    pub(super) fn string_append(&mut self, assign: &Assign) {
        if self.mode == Mode::Runtime || !self.nullish_reads {
            return;
        }
        let AssignTarget::Identifier(target) = assign.lhs() else {
            return;
        };
        let name = self.interner.resolve_expect(target.sym()).to_string();
        let (_, target_end) = self.offsets(extent::extent(
            &Expression::Identifier(*target),
            &self.src_ref(),
        ));
        let rhs = assign.rhs();
        let (rhs_start, rhs_end) = self.offsets(extent::extent(rhs, &self.src_ref()));
        match assign.op() {
            AssignOp::Add if self.stringy(rhs) || self.string_vars.contains_key(&name) => {
                let Some(plus) = self.next_operator(target_end, rhs_start, "+=") else {
                    return;
                };
                self.nullish_edit(plus, false, "/*".into());
                self.nullish_edit(plus + 1, false, "*/".into());
                self.nullish_edit(plus + 2, false, format!(" __ll$.ap({name},"));
                self.nullish_edit(rhs_end, true, ")".into());
            }
            AssignOp::Assign => {
                // `s = s + <string> + ...`: the chain's leftmost operand is `s`, the next a string.
                let mut spine = rhs;
                while let Expression::Binary(b) = spine {
                    if b.op() != BinaryOp::Arithmetic(ArithmeticOp::Add) {
                        return;
                    }
                    match b.lhs() {
                        Expression::Identifier(id) => {
                            let same = self.interner.resolve_expect(id.sym()).to_string() == name;
                            let string_next = matches!(b.rhs(), Expression::Literal(l) if matches!(l.kind(), LiteralKind::String(_)))
                                || matches!(b.rhs(), Expression::TemplateLiteral(_));
                            if !same || !string_next {
                                return;
                            }
                            let (_, id_end) =
                                self.offsets(extent::extent(b.lhs(), &self.src_ref()));
                            let (next_start, _) =
                                self.offsets(extent::extent(b.rhs(), &self.src_ref()));
                            let Some(plus) = self.next_operator(id_end, next_start, "+") else {
                                return;
                            };
                            self.nullish_edit(rhs_start, false, "__ll$.ap(".into());
                            self.nullish_edit(plus, false, "/*".into());
                            self.nullish_edit(plus + 1, false, "*/,".into());
                            self.nullish_edit(rhs_end, true, ")".into());
                            return;
                        }
                        lhs => spine = lhs,
                    }
                }
            }
            _ => {}
        }
    }

    /// The offset of `op` between `from` and `to` with only whitespace around it, else `None`.
    fn next_operator(&self, from: usize, to: usize, op: &str) -> Option<usize> {
        let gap = self.src.get(from..to)?;
        let trimmed = gap.trim_start();
        let at = from + (gap.len() - trimmed.len());
        let rest = trimmed.strip_prefix(op)?;
        // `+` must not be the first of `++` or `+=`.
        if op == "+" && rest.starts_with(['+', '=']) {
            return None;
        }
        rest.trim().is_empty().then_some(at)
    }
}
