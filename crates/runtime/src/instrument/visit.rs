//! The AST walk of the instrumenter: which nodes [`Collector`] edits, in source order (functions, calls,
//! property reads, patterns, appends, async functions, for-of iterables and spreads), and the names it notes for them.

use std::ops::ControlFlow;

use boa_engine::ast::visitor::{VisitWith, Visitor};
use boa_engine::ast::{
    expression::{Await, Yield},
    function::FunctionBody,
    statement::Statement,
    Expression,
};

use super::{extent, names, Collector};

impl<'ast> Visitor<'ast> for Collector<'_> {
    type BreakTy = ();

    fn visit_arrow_function(
        &mut self,
        node: &'ast boa_engine::ast::function::ArrowFunction,
    ) -> ControlFlow<()> {
        self.note_this_arrow(node.body());
        node.visit_with(self)
    }

    fn visit_async_arrow_function(
        &mut self,
        node: &'ast boa_engine::ast::function::AsyncArrowFunction,
    ) -> ControlFlow<()> {
        self.note_this_arrow(node.body());
        node.visit_with(self)
    }

    fn visit_formal_parameter(
        &mut self,
        node: &'ast boa_engine::ast::function::FormalParameter,
    ) -> ControlFlow<()> {
        self.param_default_name(node);
        node.visit_with(self)
    }

    fn visit_function_body(&mut self, node: &'ast FunctionBody) -> ControlFlow<()> {
        self.body(node);
        self.depth += 1;
        let r = node.visit_with(self);
        self.depth -= 1;
        self.fn_stack.pop();
        r
    }

    fn visit_await(&mut self, node: &'ast Await) -> ControlFlow<()> {
        let (s, e) = self.offsets(extent::extent_await(node, &self.src_ref()));
        let t = self.offsets(extent::extent(node.target(), &self.src_ref()));
        if self.tracking() {
            self.tracked_await(node, s, t);
        } else {
            self.suspension(s, e, Some(t));
        }
        self.depth += 1;
        let r = node.visit_with(self);
        self.depth -= 1;
        r
    }

    fn visit_yield(&mut self, node: &'ast Yield) -> ControlFlow<()> {
        let (s, e) = self.offsets(extent::extent_yield(node, &self.src_ref()));
        let t = node
            .target()
            .map(|t| self.offsets(extent::extent(t, &self.src_ref())));
        self.suspension(s, e, t);
        self.depth += 1;
        let r = node.visit_with(self);
        self.depth -= 1;
        r
    }

    fn visit_statement(&mut self, node: &'ast Statement) -> ControlFlow<()> {
        if let Statement::Throw(t) = node {
            self.throw_statement(t);
        }
        if let Statement::Return(r) = node {
            self.tracked_return(r);
        }
        if let Statement::Expression(e) = node {
            self.note_statement_start(e);
        }
        if let Statement::Switch(s) = node {
            self.switch_bindings(s);
        }
        node.visit_with(self)
    }

    fn visit_catch(&mut self, node: &'ast boa_engine::ast::statement::Catch) -> ControlFlow<()> {
        self.catch_clause(node);
        node.visit_with(self)
    }

    fn visit_for_of_loop(
        &mut self,
        node: &'ast boa_engine::ast::statement::ForOfLoop,
    ) -> ControlFlow<()> {
        self.note_for_of(node);
        node.visit_with(self)
    }

    fn visit_expression(&mut self, node: &'ast Expression) -> ControlFlow<()> {
        names::hint_for_expression(self, node);
        self.note_spread(node);
        self.new_error(node);
        if let Expression::Assign(assign) = node {
            self.string_append(assign);
            let outer = std::mem::replace(&mut self.assign_target, true);
            let r = self.visit_assign_target(assign.lhs());
            self.assign_target = outer;
            if r.is_break() {
                return r;
            }
            let outer = std::mem::replace(&mut self.assign_target, false);
            let r = self.visit_expression(assign.rhs());
            self.assign_target = outer;
            return r;
        }
        node.visit_with(self)
    }

    fn visit_property_access(
        &mut self,
        node: &'ast boa_engine::ast::expression::access::PropertyAccess,
    ) -> ControlFlow<()> {
        self.nullish_access(node);
        node.visit_with(self)
    }

    fn visit_optional(
        &mut self,
        node: &'ast boa_engine::ast::expression::Optional,
    ) -> ControlFlow<()> {
        self.nullish_optional(node);
        node.visit_with(self)
    }

    fn visit_object_pattern(
        &mut self,
        node: &'ast boa_engine::ast::pattern::ObjectPattern,
    ) -> ControlFlow<()> {
        self.rest_pattern(node, self.assign_target);
        self.nested_in_object(node);
        node.visit_with(self)
    }

    fn visit_array_pattern(
        &mut self,
        node: &'ast boa_engine::ast::pattern::ArrayPattern,
    ) -> ControlFlow<()> {
        self.nested_in_array(node);
        node.visit_with(self)
    }

    fn visit_declaration(&mut self, node: &'ast boa_engine::ast::Declaration) -> ControlFlow<()> {
        names::hint_for_declaration(self, node);
        node.visit_with(self)
    }

    fn visit_variable(
        &mut self,
        node: &'ast boa_engine::ast::declaration::Variable,
    ) -> ControlFlow<()> {
        names::hint_for_variable(self, node);
        self.note_string_var(node);
        node.visit_with(self)
    }

    fn visit_property_definition(
        &mut self,
        node: &'ast boa_engine::ast::expression::literal::PropertyDefinition,
    ) -> ControlFlow<()> {
        names::hint_for_property(self, node);
        node.visit_with(self)
    }

    fn visit_class_element(
        &mut self,
        node: &'ast boa_engine::ast::function::ClassElement,
    ) -> ControlFlow<()> {
        names::hint_for_class_element(self, node);
        node.visit_with(self)
    }
}
