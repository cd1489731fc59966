//! The code a direct `eval` runs, handed to the runtime: Boa's messages and frames for an error in eval code
//! keep no trace of that code, and the argument is most often a variable (`eval(src)`), so the source does not
//! show it either. v8_messages_eval.js reads the code as a source of its own (node's `<anonymous_script>`).
//!
//! Each `eval(E, ...)` becomes `eval(__ll$.ev=E, ...)`: an assignment binds looser than any other operator an
//! argument can hold, so `E` stays whole; the value is `E` itself, and the callee is still the name `eval`, so
//! the call stays a direct eval. A call with no argument or a spread one is left as it is.

use std::ops::ControlFlow;

use boa_engine::ast::expression::Call;
use boa_engine::ast::visitor::{VisitWith, Visitor};
use boa_engine::ast::{Expression, Spanned};
use boa_engine::interner::Interner;

use super::class_fields::Insert;
use super::LineIndex;

struct Finder<'a> {
    src: &'a str,
    index: &'a LineIndex,
    interner: &'a Interner,
    out: Vec<Insert>,
}

impl<'ast> Visitor<'ast> for Finder<'_> {
    type BreakTy = ();

    fn visit_call(&mut self, node: &'ast Call) -> ControlFlow<()> {
        if let (Expression::Identifier(id), Some(first)) = (node.function(), node.args().first()) {
            let named = self
                .interner
                .resolve(id.sym())
                .is_some_and(|s| s.to_string() == "eval");
            if named && !matches!(first, Expression::Spread(_)) {
                // (The callee's span: the call's own may start elsewhere.)
                let start = self.index.offset(self.src, id.span().start());
                // `eval`, then (past spaces) its `(`.
                let rest = self.src.get(start..).unwrap_or("");
                if let Some(after) = rest.strip_prefix("eval") {
                    let gap = after.len() - after.trim_start().len();
                    if after[gap..].starts_with('(') {
                        let open = start + "eval".len() + gap;
                        self.out.push((open + 1, "__ll$.ev=".into(), false));
                    }
                }
            }
        }
        node.visit_with(self)
    }
}

/// The insertions that hand the code of each direct `eval` call in a user file to `__ll$.ev`.
pub(super) fn edits(
    src: &str,
    index: &LineIndex,
    interner: &Interner,
    tree: &impl VisitWith,
) -> Vec<Insert> {
    if !src.contains("eval") {
        return Vec::new();
    }
    let mut f = Finder {
        src,
        index,
        interner,
        out: Vec::new(),
    };
    let _ = tree.visit_with(&mut f);
    f.out
}
