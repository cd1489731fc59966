//! Top-level `await` in an ES module's source: whether it has any, and the work-around for Boa 0.22, which
//! counts only `await` expressions (not `for await`) when it decides whether a module is asynchronous.
//!
//! A module whose only top-level await is a `for await` loop is run by Boa as a synchronous module: the
//! loop's first suspension ends the module's evaluation, and a later rejection (a stream that fails, an async
//! generator that throws) is dropped, so the program exits 0 in silence where node crashes. Appending an
//! `await` that never runs (`if (0) await 0;`, on a new last line so no position moves) makes Boa compile the
//! module as the async module it is, with no extra microtask turn.

use std::ops::ControlFlow;

use boa_engine::ast::expression::literal::PropertyDefinition;
use boa_engine::ast::expression::Await;
use boa_engine::ast::function::{
    ArrowFunction, AsyncArrowFunction, AsyncFunctionDeclaration, AsyncFunctionExpression,
    AsyncGeneratorDeclaration, AsyncGeneratorExpression, ClassDeclaration, ClassExpression,
    FunctionDeclaration, FunctionExpression, GeneratorDeclaration, GeneratorExpression,
};
use boa_engine::ast::statement::iteration::ForOfLoop;
use boa_engine::ast::visitor::{VisitWith, Visitor};
use boa_engine::Source;

/// What a module's top level (outside every function and class) awaits.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct TopLevelAwait {
    /// An `await` expression.
    pub expression: bool,
    /// A `for await (... of ...)` loop.
    pub for_await: bool,
}

impl TopLevelAwait {
    /// Whether the module is asynchronous (node and the spec count both kinds).
    pub fn any(self) -> bool {
        self.expression || self.for_await
    }

    /// The source Boa should compile: `src` itself, or with an `await` that never runs appended when the
    /// module's only top-level await is a `for await` (see the module comment).
    pub fn source_for_boa(self, src: &str) -> Option<String> {
        (self.for_await && !self.expression).then(|| format!("{src}\n;if (0) await 0;"))
    }
}

/// Scans a module's source; a source that does not parse has none (its syntax error is reported elsewhere).
pub(crate) fn top_level_await(src: &str) -> TopLevelAwait {
    if !src.contains("await") {
        return TopLevelAwait::default();
    }
    let mut interner = boa_engine::interner::Interner::default();
    let scope = boa_engine::ast::scope::Scope::new_global();
    let Ok(module) = boa_engine::parser::Parser::new(Source::from_bytes(src))
        .parse_module(&scope, &mut interner)
    else {
        return TopLevelAwait::default();
    };
    let mut finder = Finder(TopLevelAwait::default());
    let _ = module.visit_with(&mut finder);
    finder.0
}

/// Walks the top level and stops at every function and class boundary.
struct Finder(TopLevelAwait);

macro_rules! stop_at {
    ($($visit:ident: $node:ty),* $(,)?) => {
        $(fn $visit(&mut self, _: &'ast $node) -> ControlFlow<Self::BreakTy> {
            ControlFlow::Continue(())
        })*
    };
}

impl<'ast> Visitor<'ast> for Finder {
    type BreakTy = ();

    fn visit_await(&mut self, node: &'ast Await) -> ControlFlow<Self::BreakTy> {
        self.0.expression = true;
        node.visit_with(self)
    }

    fn visit_for_of_loop(&mut self, node: &'ast ForOfLoop) -> ControlFlow<Self::BreakTy> {
        if node.r#await() {
            self.0.for_await = true;
        }
        node.visit_with(self)
    }

    fn visit_property_definition(
        &mut self,
        node: &'ast PropertyDefinition,
    ) -> ControlFlow<Self::BreakTy> {
        match node {
            PropertyDefinition::MethodDefinition(_) => ControlFlow::Continue(()),
            _ => node.visit_with(self),
        }
    }

    stop_at!(
        visit_function_expression: FunctionExpression,
        visit_function_declaration: FunctionDeclaration,
        visit_async_function_expression: AsyncFunctionExpression,
        visit_async_function_declaration: AsyncFunctionDeclaration,
        visit_generator_expression: GeneratorExpression,
        visit_generator_declaration: GeneratorDeclaration,
        visit_async_generator_expression: AsyncGeneratorExpression,
        visit_async_generator_declaration: AsyncGeneratorDeclaration,
        visit_arrow_function: ArrowFunction,
        visit_async_arrow_function: AsyncArrowFunction,
        visit_class_expression: ClassExpression,
        visit_class_declaration: ClassDeclaration,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_both_kinds_only_at_the_top_level() {
        let t = top_level_await("for await (const x of g()) f(x);");
        assert_eq!((t.expression, t.for_await), (false, true));
        assert!(t.source_for_boa("x").is_some());
        let t = top_level_await("await 1; for await (const x of g()) f(x);");
        assert_eq!((t.expression, t.for_await), (true, true));
        assert!(t.source_for_boa("x").is_none());
        let inner = "async function f() { for await (const x of g()) await x; }\n\
                     const o = { async m() { await 1; } }; const a = async () => { await 2; };\n\
                     class C { async m() { for await (const y of z) {} } }";
        assert!(!top_level_await(inner).any());
        assert!(top_level_await("if (ok) { for await (const l of rl) n++; }").for_await);
    }
}
