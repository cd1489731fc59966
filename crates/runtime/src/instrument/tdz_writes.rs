//! An assignment to a `let`, `const` or `class` binding before its declaration ran throws V8's ReferenceError
//! ("Cannot access 'x' before initialization"): Boa 0.22 keeps a binding no closure captures in a register
//! and writes it there without checking its temporal dead zone (reads are checked), so `x = 5; let x;` ran on.
//!
//! Such a write is known from the text: a plain `x = E` in the same function as the declaration that binds
//! `x` for it, before that declaration's end (statements of one scope run in order; a closure's write is
//! checked by Boa, as the binding then lives in an environment). It becomes
//! `(/*x */__ll$.tz("x",/*=*/ E))`: `E` is still evaluated first, then `__ll$.tz` (source_scan.js) throws,
//! placed at the `=` where V8 reports it. Scripts only: an ES module's top-level bindings are checked by Boa.

use std::ops::ControlFlow;

use boa_engine::ast::declaration::{Binding, LexicalDeclaration};
use boa_engine::ast::expression::operator::assign::{AssignOp, AssignTarget};
use boa_engine::ast::expression::operator::Assign;
use boa_engine::ast::function::{ClassDeclaration, ClassExpression, FunctionBody};
use boa_engine::ast::operations::bound_names;
use boa_engine::ast::statement::iteration::{ForLoopInitializer, IterableLoopInitializer};
use boa_engine::ast::statement::{Catch, ForInLoop, ForLoop, ForOfLoop, Switch};
use boa_engine::ast::visitor::{VisitWith, Visitor};
use boa_engine::ast::{Declaration, Script, Spanned, StatementList, StatementListItem};
use boa_engine::interner::{Interner, Sym};

use super::async_stack::js_string;
use super::class_fields::Insert;
use super::{extent, LineIndex};

/// The names a scope binds, each with the offset its binding is initialized at (0: at the scope's start).
struct Scope {
    names: Vec<(Sym, usize)>,
    /// A function's (or a class body's) own scope: a write is never matched past it.
    boundary: bool,
}

struct Finder<'a> {
    src: &'a str,
    index: &'a LineIndex,
    interner: &'a Interner,
    scopes: Vec<Scope>,
    out: Vec<Insert>,
}

impl Finder<'_> {
    fn end_of(&self, e: &boa_engine::ast::Expression) -> usize {
        let src = extent::Src {
            text: self.src,
            index: self.index,
        };
        self.index.offset(self.src, extent::extent(e, &src).end())
    }

    fn lexical(&self, decl: &LexicalDeclaration, names: &mut Vec<(Sym, usize)>) {
        for v in decl.variable_list().as_ref() {
            let ready = match (v.init(), v.binding()) {
                (Some(init), _) => self.end_of(init),
                (None, Binding::Identifier(id)) => self.index.offset(self.src, id.span().end()),
                (None, Binding::Pattern(_)) => continue,
            };
            names.extend(bound_names(v.binding()).into_iter().map(|n| (n, ready)));
        }
    }

    /// The names the items of one scope declare: `let`/`const`/`class` with their ends, functions at once.
    fn declared(&self, items: &[StatementListItem]) -> Vec<(Sym, usize)> {
        let mut names = Vec::new();
        for item in items {
            let StatementListItem::Declaration(d) = item else {
                continue;
            };
            match &**d {
                Declaration::Lexical(l) => self.lexical(l, &mut names),
                Declaration::ClassDeclaration(c) => names.push((
                    c.name().sym(),
                    self.index.offset(self.src, c.name().span().end()),
                )),
                other => names.extend(bound_names(other).into_iter().map(|n| (n, 0))),
            }
        }
        names
    }

    fn scoped<F: FnOnce(&mut Self) -> ControlFlow<()>>(
        &mut self,
        names: Vec<(Sym, usize)>,
        boundary: bool,
        body: F,
    ) -> ControlFlow<()> {
        self.scopes.push(Scope { names, boundary });
        let r = body(self);
        self.scopes.pop();
        r
    }

    /// Whether a write of `name` at `at` is in the dead zone of the binding it resolves to.
    fn dead(&self, name: Sym, at: usize) -> bool {
        for scope in self.scopes.iter().rev() {
            if let Some(&(_, ready)) = scope.names.iter().find(|(n, _)| *n == name) {
                return ready > at;
            }
            if scope.boundary {
                return false;
            }
        }
        false
    }

    /// The offset of the `=` after `from`, past spaces and comments.
    fn equals_after(&self, from: usize) -> Option<usize> {
        let b = self.src.as_bytes();
        let mut i = from;
        while i < b.len() {
            match b[i] {
                b' ' | b'\t' | b'\n' | b'\r' => i += 1,
                b'/' if b.get(i + 1) == Some(&b'*') => {
                    i = self.src.get(i + 2..)?.find("*/").map(|k| i + 2 + k + 2)?
                }
                b'=' if b.get(i + 1) != Some(&b'=') => return Some(i),
                _ => return None,
            }
        }
        None
    }
}

impl<'ast> Visitor<'ast> for Finder<'_> {
    type BreakTy = ();

    fn visit_function_body(&mut self, node: &'ast FunctionBody) -> ControlFlow<()> {
        let names = self.declared(node.statements());
        self.scoped(names, true, |f| node.visit_with(f))
    }

    fn visit_statement_list(&mut self, node: &'ast StatementList) -> ControlFlow<()> {
        let names = self.declared(node.statements());
        self.scoped(names, false, |f| node.visit_with(f))
    }

    fn visit_switch(&mut self, node: &'ast Switch) -> ControlFlow<()> {
        let mut names = Vec::new();
        for case in node.cases() {
            names.extend(self.declared(case.body().statements()));
        }
        self.scoped(names, false, |f| node.visit_with(f))
    }

    fn visit_for_loop(&mut self, node: &'ast ForLoop) -> ControlFlow<()> {
        let mut names = Vec::new();
        if let Some(ForLoopInitializer::Lexical(l)) = node.init() {
            self.lexical(l.declaration(), &mut names);
        }
        self.scoped(names, false, |f| node.visit_with(f))
    }

    fn visit_for_in_loop(&mut self, node: &'ast ForInLoop) -> ControlFlow<()> {
        let names = iterable_names(node.initializer());
        self.scoped(names, false, |f| node.visit_with(f))
    }

    fn visit_for_of_loop(&mut self, node: &'ast ForOfLoop) -> ControlFlow<()> {
        let names = iterable_names(node.initializer());
        self.scoped(names, false, |f| node.visit_with(f))
    }

    fn visit_catch(&mut self, node: &'ast Catch) -> ControlFlow<()> {
        let names = node
            .parameter()
            .map(|p| bound_names(p).into_iter().map(|n| (n, 0)).collect())
            .unwrap_or_default();
        self.scoped(names, false, |f| node.visit_with(f))
    }

    fn visit_class_declaration(&mut self, node: &'ast ClassDeclaration) -> ControlFlow<()> {
        self.scoped(Vec::new(), true, |f| node.visit_with(f))
    }

    fn visit_class_expression(&mut self, node: &'ast ClassExpression) -> ControlFlow<()> {
        self.scoped(Vec::new(), true, |f| node.visit_with(f))
    }

    fn visit_assign(&mut self, node: &'ast Assign) -> ControlFlow<()> {
        if let (AssignOp::Assign, AssignTarget::Identifier(id)) = (node.op(), node.lhs()) {
            let at = self.index.offset(self.src, id.span().start());
            let end = self.index.offset(self.src, id.span().end());
            if self.dead(id.sym(), at) {
                if let Some(eq) = self.equals_after(end) {
                    let name =
                        js_string(self.interner.resolve_expect(id.sym()).to_string().as_str());
                    let rhs_end = self.end_of(node.rhs());
                    self.out.push((at, "(/*".into(), false));
                    self.out.push((eq, format!("*/__ll$.tz({name},/*"), true));
                    self.out.push((eq + 1, "*/".into(), true));
                    self.out.push((rhs_end, "))".into(), true));
                }
            }
        }
        node.visit_with(self)
    }
}

/// The names a `for (let|const ... in/of ...)` head binds (initialized before the body runs).
fn iterable_names(init: &IterableLoopInitializer) -> Vec<(Sym, usize)> {
    match init {
        IterableLoopInitializer::Let(b) | IterableLoopInitializer::Const(b) => {
            bound_names(b).into_iter().map(|n| (n, 0)).collect()
        }
        _ => Vec::new(),
    }
}

/// The insertions that make a script's writes in a binding's temporal dead zone throw.
pub(super) fn edits(
    src: &str,
    index: &LineIndex,
    interner: &Interner,
    script: &Script,
) -> Vec<Insert> {
    if !src.contains("let") && !src.contains("const") && !src.contains("class") {
        return Vec::new();
    }
    let mut f = Finder {
        src,
        index,
        interner,
        scopes: Vec::new(),
        out: Vec::new(),
    };
    let names = f.declared(script.statements().statements());
    let _ = f.scoped(names, true, |f| script.visit_with(f));
    f.out
}
