//! `super.x` in an instance field initializer reads the parent class's prototype, as in V8: Boa 0.22 gives
//! instance field initializers the class itself as their home object (`PushClassField`), so `super.who()`
//! found the parent's *static* `who` (or failed with "is not a function").
//!
//! In a named class, each `super.k` / `super[E]` an instance field initializer evaluates (itself or in an arrow
//! function in it, not in a nested function, method or class, which have their own home objects) is read by
//! the runtime instead, with the access kept as comments: `/*super.*/__ll$.sg(C,this,"k")/*k*/` (placed at
//! the key, where V8 reports errors), or `__ll$.sc(...)` for a call, which binds `this`;
//! `__ll$.sg(C,this,/*super[*/E/*]*/)`. `C` is the class's own inner binding.
//! A class without a name is left as it is.

use std::ops::ControlFlow;

use boa_engine::ast::expression::access::SuperPropertyAccess;
use boa_engine::ast::expression::literal::ObjectMethodDefinition;
use boa_engine::ast::function::{
    AsyncFunctionExpression, AsyncGeneratorExpression, ClassElement, ClassExpression,
    FunctionExpression, GeneratorExpression,
};
use boa_engine::ast::visitor::{VisitWith, Visitor};
use boa_engine::ast::{Expression, Spanned};

use super::async_stack::js_string;
use super::class_fields::Insert;
use super::scan::{pairs, tokens, Tok};
use super::{extent, LineIndex};

/// The starts of the `super` accesses an initializer evaluates with its own home object.
struct Supers<'a> {
    src: &'a str,
    index: &'a LineIndex,
    starts: Vec<usize>,
}

impl<'ast> Visitor<'ast> for Supers<'_> {
    type BreakTy = ();

    fn visit_super_property_access(&mut self, node: &'ast SuperPropertyAccess) -> ControlFlow<()> {
        self.starts
            .push(self.index.offset(self.src, node.span().start()));
        node.visit_with(self)
    }
    // Functions, methods and classes inside the initializer have home objects of their own.
    fn visit_function_expression(&mut self, _: &'ast FunctionExpression) -> ControlFlow<()> {
        ControlFlow::Continue(())
    }
    fn visit_async_function_expression(
        &mut self,
        _: &'ast AsyncFunctionExpression,
    ) -> ControlFlow<()> {
        ControlFlow::Continue(())
    }
    fn visit_generator_expression(&mut self, _: &'ast GeneratorExpression) -> ControlFlow<()> {
        ControlFlow::Continue(())
    }
    fn visit_async_generator_expression(
        &mut self,
        _: &'ast AsyncGeneratorExpression,
    ) -> ControlFlow<()> {
        ControlFlow::Continue(())
    }
    fn visit_object_method_definition(
        &mut self,
        _: &'ast ObjectMethodDefinition,
    ) -> ControlFlow<()> {
        ControlFlow::Continue(())
    }
    fn visit_class_expression(&mut self, _: &'ast ClassExpression) -> ControlFlow<()> {
        ControlFlow::Continue(())
    }
}

/// The insertions that read the `super` accesses of the instance field initializers of class `name` (its
/// `elements`) at runtime. Called by `class_fields.rs`'s walk, which visits every class once for both rewrites.
pub(super) fn class(
    src: &str,
    index: &LineIndex,
    name: &str,
    elements: &[ClassElement],
    out: &mut Vec<Insert>,
) {
    if !src.contains("super") {
        return;
    }
    for e in elements {
        let init = match e {
            ClassElement::FieldDefinition(f) => f.initializer(),
            ClassElement::PrivateFieldDefinition(f) => f.initializer(),
            _ => None,
        };
        if let Some(init) = init {
            initializer(src, index, name, init, out);
        }
    }
}

fn initializer(
    src: &str,
    index: &LineIndex,
    class: &str,
    init: &Expression,
    out: &mut Vec<Insert>,
) {
    let mut supers = Supers {
        src,
        index,
        starts: Vec::new(),
    };
    let _ = init.visit_with(&mut supers);
    if supers.starts.is_empty() {
        return;
    }
    let ext = extent::Src { text: src, index };
    let span = extent::extent(init, &ext);
    let (s, e) = (
        index.offset(src, span.start()),
        index.offset(src, span.end()),
    );
    let Some(text) = src.get(s..e) else {
        return;
    };
    let Some(toks) = tokens(text) else {
        return;
    };
    let Some(pair) = pairs(&toks) else {
        return;
    };
    let mut found = Vec::new();
    for (k, t) in toks.iter().enumerate() {
        if t.kind != Tok::Word || !supers.starts.contains(&(s + t.start)) {
            continue;
        }
        let (Some(dot), Some(next)) = (toks.get(k + 1), toks.get(k + 2)) else {
            return;
        };
        // (key argument, the index of the access's last token, the key expression's span)
        let (key, last, expr) = match dot.kind {
            Tok::Punct(b'.') if next.kind == Tok::Word => {
                (js_string(&text[next.start..next.end]), k + 2, None)
            }
            Tok::Punct(b'[') => {
                let Some(&close) = pair.get(k + 1) else {
                    return;
                };
                let Some(c) = toks.get(close) else {
                    return;
                };
                (String::new(), close, Some((dot.end, c.start)))
            }
            _ => return,
        };
        let end = toks[last].end;
        if text[t.start..end].contains("*/") {
            return;
        }
        let call = toks
            .get(last + 1)
            .is_some_and(|n| n.kind == Tok::Punct(b'('));
        let f = if call { "sc" } else { "sg" };
        match expr {
            None => {
                // The call sits at the key, where V8 places a "... is not a function" error.
                let at = s + toks[last].start;
                found.push((s + t.start, "/*".into(), false));
                found.push((at, format!("*/__ll$.{f}({class},this,{key})/*"), false));
                found.push((s + end, "*/".into(), true));
            }
            Some((open, close)) => {
                found.push((s + t.start, format!("__ll$.{f}({class},this,/*"), false));
                found.push((s + open, "*/".into(), true));
                found.push((s + close, "/*".into(), false));
                found.push((s + end, "*/)".into(), true));
            }
        }
    }
    out.extend(found);
}
