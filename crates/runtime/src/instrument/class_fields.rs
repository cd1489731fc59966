//! Instance field initializers that may write to their own class run just after the fields are defined, not
//! while: Boa 0.22 keeps the class constructor borrowed while it defines an instance's fields
//! (`initialize_instance_elements`), so `class C { static n = 0; id = C.n++ }` panicked ("Object already
//! borrowed") on `new C()`, killing the run.
//!
//! In such a class (a named one whose instance initializers name the class or `constructor`, or call anything
//! when the class has static members) every instance initializer `k = E` becomes
//! `k = __ll$.fd(this,()=>this["k"]=__ll$.nm((E),"k"))`: the field is defined as undefined (its place in the key
//! order kept) and the arrow is kept for the instance; `__ll$.fr(this)` runs the arrows in order at the
//! constructor's start, or after each `super(...)` of a derived class. A class without a constructor gets one
//! (`constructor(){__ll$.fr(this)}`, or `constructor(...a){super(...a);__ll$.fr(this)}`). `nm` keeps the name
//! an anonymous function would have had from the field (the assignment to a member does not give one).
//! Classes with computed instance field names are left alone.

use std::ops::ControlFlow;

use boa_engine::ast::expression::Identifier;
use boa_engine::ast::function::{
    ClassDeclaration, ClassElement, ClassExpression, FunctionExpression,
};
use boa_engine::ast::property::PropertyName;
use boa_engine::ast::visitor::{VisitWith, Visitor};
use boa_engine::ast::{Expression, Spanned};
use boa_engine::interner::Interner;

use super::async_stack::js_string;
use super::scan::{pairs, tokens, Tok};
use super::{extent, field_super, LineIndex};

/// An insertion: (byte offset, text, closes something opened at an earlier offset).
pub(super) type Insert = (usize, String, bool);

struct Finder<'a> {
    src: &'a str,
    index: &'a LineIndex,
    interner: &'a Interner,
    out: Vec<Insert>,
    /// The `super` accesses of instance field initializers (`field_super.rs`), found in the same walk.
    supers: Vec<Insert>,
}

impl Finder<'_> {
    fn span_of(&self, e: &Expression) -> (usize, usize) {
        let src = extent::Src {
            text: self.src,
            index: self.index,
        };
        let s = extent::extent(e, &src);
        (
            self.index.offset(self.src, s.start()),
            self.index.offset(self.src, s.end()),
        )
    }

    fn class(
        &mut self,
        name: Option<Identifier>,
        heritage: Option<&Expression>,
        constructor: Option<&FunctionExpression>,
        elements: &[ClassElement],
    ) {
        let Some(name) = name else {
            return;
        };
        let class_name = self.interner.resolve_expect(name.sym()).to_string();
        field_super::class(
            self.src,
            self.index,
            &class_name,
            elements,
            &mut self.supers,
        );
        let statics = elements.iter().any(|e| {
            matches!(
                e,
                ClassElement::StaticFieldDefinition(_)
                    | ClassElement::PrivateStaticFieldDefinition(_)
                    | ClassElement::StaticBlock(_)
            ) || matches!(e, ClassElement::MethodDefinition(m) if m.is_static())
        });
        // (target text, initializer) of every instance field with an initializer.
        let mut fields: Vec<(String, &Expression)> = Vec::new();
        for e in elements {
            match e {
                ClassElement::FieldDefinition(f) => {
                    let PropertyName::Literal(id) = f.name() else {
                        return;
                    };
                    if let Some(init) = f.initializer() {
                        let key = self.interner.resolve_expect(id.sym()).to_string();
                        fields.push((key, init));
                    }
                }
                ClassElement::PrivateFieldDefinition(f) => {
                    if let Some(init) = f.initializer() {
                        let key = self.interner.resolve_expect(f.name().description());
                        fields.push((format!("#{key}"), init));
                    }
                }
                _ => {}
            }
        }
        let writes = fields.iter().any(|(_, init)| {
            let (s, e) = self.span_of(init);
            let text = self.src.get(s..e).unwrap_or("");
            names_word(text, &class_name)
                || text.contains("constructor")
                || (statics && text.contains('('))
        });
        if !writes {
            return;
        }
        let derived = heritage.is_some();
        let mut out = Vec::new();
        // The class body's `{`: after the heritage expression, else after the name.
        let after = match heritage {
            Some(h) => self.span_of(h).1,
            None => self.index.offset(self.src, name.span().end()),
        };
        let Some(open) = brace_after(self.src, after) else {
            return;
        };
        for (key, init) in &fields {
            let (s, e) = self.span_of(init);
            let target = if key.starts_with('#') {
                format!("this.{key}")
            } else {
                format!("this[{}]", js_string(key))
            };
            out.push((s, format!("__ll$.fd(this,()=>{target}=__ll$.nm(("), false));
            out.push((e, format!("),{}))", js_string(key)), true));
        }
        match constructor {
            Some(c) => {
                let body = c.body();
                let span = body.span();
                let (start, end) = (
                    self.index.offset(self.src, span.start()),
                    self.index.offset(self.src, span.end()),
                );
                if derived {
                    let Some(calls) = super_calls(self.src, start, end) else {
                        return;
                    };
                    for (s, e) in calls {
                        out.push((s, "(".into(), false));
                        out.push((e, ",__ll$.fr(this))".into(), true));
                    }
                } else {
                    let at = super::after_directives(self.src, self.index, body, start);
                    out.push((at, ";__ll$.fr(this);".into(), false));
                }
            }
            None => {
                let text = if derived {
                    "constructor(...a){super(...a);__ll$.fr(this)}"
                } else {
                    "constructor(){__ll$.fr(this)}"
                };
                out.push((open + 1, text.into(), false));
            }
        }
        self.out.extend(out);
    }
}

impl<'ast> Visitor<'ast> for Finder<'_> {
    type BreakTy = ();

    fn visit_class_declaration(&mut self, node: &'ast ClassDeclaration) -> ControlFlow<()> {
        self.class(
            Some(node.name()),
            node.super_ref(),
            node.constructor(),
            node.elements(),
        );
        node.visit_with(self)
    }

    fn visit_class_expression(&mut self, node: &'ast ClassExpression) -> ControlFlow<()> {
        self.class(
            node.name(),
            node.super_ref(),
            node.constructor(),
            node.elements(),
        );
        node.visit_with(self)
    }
}

/// Whether `text` has `word` as a whole identifier.
fn names_word(text: &str, word: &str) -> bool {
    let ident = |c: char| c.is_alphanumeric() || c == '_' || c == '$';
    text.match_indices(word).any(|(i, _)| {
        !text[..i].chars().next_back().is_some_and(ident)
            && !text[i + word.len()..].chars().next().is_some_and(ident)
    })
}

/// The offset of the `{` after `at`, past spaces, comments and closing parentheses (of a heritage in
/// parentheses).
fn brace_after(src: &str, at: usize) -> Option<usize> {
    let b = src.as_bytes();
    let mut i = at;
    while i < b.len() {
        match b[i] {
            b' ' | b'\t' | b'\n' | b'\r' | b')' => i += 1,
            b'/' if b.get(i + 1) == Some(&b'/') => {
                i = src[i..].find('\n').map_or(b.len(), |k| i + k)
            }
            b'/' if b.get(i + 1) == Some(&b'*') => {
                i = src[i + 2..].find("*/").map(|k| i + 2 + k + 2)?;
            }
            b'{' => return Some(i),
            _ => return None,
        }
    }
    None
}

/// The `super(...)` calls in `src[start..end]`, as (offset of `super`, offset past its `)`).
fn super_calls(src: &str, start: usize, end: usize) -> Option<Vec<(usize, usize)>> {
    let text = src.get(start..end)?;
    let toks = tokens(text)?;
    let pair = pairs(&toks)?;
    let mut out = Vec::new();
    for (k, t) in toks.iter().enumerate() {
        if t.kind == Tok::Word
            && &text[t.start..t.end] == "super"
            && toks.get(k + 1).is_some_and(|n| n.kind == Tok::Punct(b'('))
        {
            let close = *pair.get(k + 1)?;
            out.push((start + t.start, start + toks.get(close)?.end));
        }
    }
    Some(out)
}

/// The insertions that defer the instance field initializers of classes that may write to themselves, and
/// (second) those that read their `super` accesses at runtime (`field_super.rs`): one walk for both.
pub(super) fn edits(
    src: &str,
    index: &LineIndex,
    interner: &Interner,
    tree: &impl VisitWith,
) -> (Vec<Insert>, Vec<Insert>) {
    if !src.contains("class") {
        return (Vec::new(), Vec::new());
    }
    let mut f = Finder {
        src,
        index,
        interner,
        out: Vec::new(),
        supers: Vec::new(),
    };
    let _ = tree.visit_with(&mut f);
    (f.out, f.supers)
}
