//! Names for instrumented functions: a declaration's own name, the binding or property a function is assigned
//! to, or `<callee> callback` for an anonymous function passed straight to a call (`setTimeout callback`).

use boa_engine::ast::{
    declaration::{Binding, Variable},
    expression::literal::PropertyDefinition,
    expression::{access::PropertyAccess, operator::assign::AssignTarget},
    function::{ClassElement, ClassElementName, FunctionBody},
    property::{MethodDefinitionKind, PropertyName},
    Declaration, Expression, Spanned,
};

use super::Collector;

/// The body of a function-like expression.
fn body_of(e: &Expression) -> Option<&FunctionBody> {
    Some(match e {
        Expression::FunctionExpression(f) => f.body(),
        Expression::ArrowFunction(f) => f.body(),
        Expression::AsyncArrowFunction(f) => f.body(),
        Expression::GeneratorExpression(f) => f.body(),
        Expression::AsyncFunctionExpression(f) => f.body(),
        Expression::AsyncGeneratorExpression(f) => f.body(),
        Expression::Parenthesized(p) => return body_of(p.expression()),
        _ => return None,
    })
}

/// The name a named function expression gives itself (`function named() {}`).
fn own_name(e: &Expression) -> Option<boa_engine::ast::expression::Identifier> {
    match e {
        Expression::FunctionExpression(f) => f.name(),
        Expression::GeneratorExpression(f) => f.name(),
        Expression::AsyncFunctionExpression(f) => f.name(),
        Expression::AsyncGeneratorExpression(f) => f.name(),
        _ => None,
    }
}

impl Collector<'_> {
    fn ident(&self, id: boa_engine::ast::expression::Identifier) -> String {
        self.interner.resolve_expect(id.sym()).to_string()
    }

    fn name_body(&mut self, body: &FunctionBody, name: String) {
        let p = body.span().start();
        self.hints
            .insert((p.line_number(), p.column_number()), name);
    }

    /// A name that is also the function's own `name` (what V8 prints in a frame).
    fn name_body_v8(&mut self, body: &FunctionBody, name: String) {
        let p = body.span().start();
        self.v8_names
            .insert((p.line_number(), p.column_number()), name.clone());
        self.name_body(body, name);
    }

    /// Notes an async (non-generator) function's body: `async_stack.rs` tracks its activations.
    /// A function whose `this` is its caller's receiver (not an arrow, constructor or accessor): its entry hook
    /// passes `this`, for V8's `Type.method` frame names (`engine/receivers.rs`).
    fn mark_receiver(&mut self, body: &FunctionBody) {
        let p = body.span().start();
        self.receiver_bodies
            .insert((p.line_number(), p.column_number()), ());
    }

    fn mark_async(&mut self, body: &FunctionBody, arrow: bool) {
        let p = body.span().start();
        self.async_bodies
            .insert((p.line_number(), p.column_number()), arrow);
    }

    fn property_name(&self, p: &PropertyName) -> Option<String> {
        p.literal().map(|id| self.ident(id))
    }

    /// `f(compare = (a, b) => a - b)`: Boa gives a parameter default no name (V8's `compare`); the default
    /// becomes `__ll$.nm(<default>, "compare")`, which names an anonymous function or class as V8 does.
    pub(super) fn param_default_name(&mut self, p: &boa_engine::ast::function::FormalParameter) {
        if self.mode == super::Mode::Runtime {
            return;
        }
        let (Binding::Identifier(id), Some(init)) = (p.variable().binding(), p.init()) else {
            return;
        };
        let anonymous = match init {
            Expression::ArrowFunction(_) | Expression::AsyncArrowFunction(_) => true,
            Expression::ClassExpression(c) => c.name().is_none(),
            e => body_of(e).is_some() && own_name(e).is_none(),
        };
        if !anonymous {
            return;
        }
        let (s, e) = self.offsets(super::extent::extent(init, &self.src_ref()));
        let name = super::async_stack::js_string(&self.ident(*id));
        self.edit(s, false, "__ll$.nm(".into());
        self.edit(e, true, format!(",{name})"));
    }

    /// Short source text of an expression (a callee), if it fits on a label.
    pub(super) fn short_text(&self, e: &Expression) -> Option<String> {
        let (s, t) = self.offsets(super::extent::extent(e, &self.src_ref()));
        let text = self.src.get(s..t)?;
        (text.len() <= 40 && !text.contains('\n')).then(|| text.to_string())
    }
}

pub(super) fn hint_for_expression(c: &mut Collector<'_>, e: &Expression) {
    match e {
        Expression::AsyncFunctionExpression(f) => {
            c.mark_async(f.body(), false);
            c.mark_receiver(f.body());
        }
        Expression::AsyncArrowFunction(f) => c.mark_async(f.body(), true),
        Expression::FunctionExpression(f) => c.mark_receiver(f.body()),
        _ => {}
    }
    match e {
        Expression::FunctionExpression(_)
        | Expression::GeneratorExpression(_)
        | Expression::AsyncFunctionExpression(_)
        | Expression::AsyncGeneratorExpression(_) => {
            if let (Some(n), Some(b)) = (own_name(e), body_of(e)) {
                let n = c.ident(n);
                c.name_body_v8(b, n);
            }
        }
        Expression::Call(call) => {
            let Some(callee) = c.short_text(call.function()) else {
                return;
            };
            for a in call.args() {
                if let Some(b) = body_of(a) {
                    c.name_body(b, format!("{callee} callback"));
                }
            }
        }
        Expression::New(n) => {
            let Some(callee) = c.short_text(n.constructor()) else {
                return;
            };
            for a in n.arguments() {
                if let Some(b) = body_of(a) {
                    c.name_body(b, format!("new {callee} callback"));
                }
            }
        }
        Expression::Assign(a) => {
            let Some(b) = body_of(a.rhs()) else {
                return;
            };
            let name = match a.lhs() {
                AssignTarget::Identifier(id) => {
                    if own_name(a.rhs()).is_none() {
                        let n = c.ident(*id);
                        c.name_body_v8(b, n);
                    }
                    return;
                }
                AssignTarget::Access(access @ PropertyAccess::Simple(_)) => {
                    // (Boa's span of `a[b]` stops before `]`.)
                    let (s, t) = c.offsets(super::extent::access(access, &c.src_ref()));
                    c.src.get(s..t).map(str::to_string)
                }
                _ => None,
            };
            if let Some(n) = name {
                c.name_body(b, n);
            }
        }
        _ => {}
    }
}

pub(super) fn hint_for_declaration(c: &mut Collector<'_>, d: &Declaration) {
    match d {
        Declaration::FunctionDeclaration(f) => {
            let n = c.ident(f.name());
            c.name_body(f.body(), n);
            c.mark_receiver(f.body());
        }
        Declaration::GeneratorDeclaration(f) => {
            let n = c.ident(f.name());
            c.name_body(f.body(), n);
        }
        Declaration::AsyncFunctionDeclaration(f) => {
            let n = c.ident(f.name());
            c.mark_async(f.body(), false);
            c.mark_receiver(f.body());
            c.name_body_v8(f.body(), n);
        }
        Declaration::AsyncGeneratorDeclaration(f) => {
            let n = c.ident(f.name());
            c.name_body(f.body(), n);
        }
        Declaration::ClassDeclaration(cls) => {
            if let Some(ctor) = cls.constructor() {
                let n = c.ident(cls.name());
                c.name_body(ctor.body(), n);
            }
        }
        _ => {}
    }
}

pub(super) fn hint_for_variable(c: &mut Collector<'_>, v: &Variable) {
    if let (Binding::Identifier(id), Some(init)) = (v.binding(), v.init()) {
        if let Some(b) = body_of(init) {
            let n = c.ident(*id);
            if own_name(init).is_none() {
                c.name_body_v8(b, n);
            } else {
                c.name_body(b, n);
            }
        }
    }
}

pub(super) fn hint_for_property(c: &mut Collector<'_>, p: &PropertyDefinition) {
    match p {
        PropertyDefinition::Property(name, value) => {
            if let (Some(n), Some(b)) = (c.property_name(name), body_of(value)) {
                if own_name(value).is_none() {
                    c.name_body_v8(b, n);
                } else {
                    c.name_body(b, n);
                }
            }
        }
        PropertyDefinition::MethodDefinition(m) => {
            if m.kind() == MethodDefinitionKind::Async {
                c.mark_async(m.body(), false);
            }
            if matches!(
                m.kind(),
                MethodDefinitionKind::Ordinary | MethodDefinitionKind::Async
            ) {
                c.mark_receiver(m.body());
            }
            if let Some(n) = c.property_name(m.name()) {
                c.name_body_v8(m.body(), n);
            }
        }
        _ => {}
    }
}

pub(super) fn hint_for_class_element(c: &mut Collector<'_>, e: &ClassElement) {
    if let ClassElement::MethodDefinition(m) = e {
        if m.kind() == MethodDefinitionKind::Async {
            c.mark_async(m.body(), false);
        }
        if matches!(
            m.kind(),
            MethodDefinitionKind::Ordinary | MethodDefinitionKind::Async
        ) {
            c.mark_receiver(m.body());
        }
        let name = match m.name() {
            ClassElementName::PropertyName(p) => c.property_name(p),
            ClassElementName::PrivateName(p) => {
                Some(format!("#{}", c.interner.resolve_expect(p.description())))
            }
        };
        if let Some(n) = name {
            c.name_body_v8(m.body(), n);
        }
    }
}
