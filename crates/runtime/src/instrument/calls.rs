//! Two call rewrites of a user file, found in one walk.
//!
//! **`import()`** goes through the runtime, which settles it as late as node does: node's ES module loader
//! reads a module file with `fs.promises.readFile` before linking it, so an `import()` of a module not loaded
//! yet settles only after that read, loop turns later (after a `setTimeout(0)` and the first `setImmediate`),
//! while Boa's loader is synchronous and settled it within the microtask queue. Each `import(S[, O])` becomes
//! `__ll$.di(FILE,($s,$o)=>import($s,$o),/*import(*/S[, O])`: the call keeps its own text as a comment, `FILE`
//! is the importing file (the referrer, to resolve `S`), and the arrow, written in the same file, imports with
//! the same referrer once `__ll$.di` (source_scan.js) lets it.
//!
//! **A direct `eval`** hands its code to the runtime: Boa's messages and frames for an error in eval code keep
//! no trace of that code, and the argument is most often a variable (`eval(src)`), so the source does not show
//! it either. v8_messages_eval.js reads the code as a source of its own (node's `<anonymous_script>`). Each
//! `eval(E, ...)` becomes `eval(__ll$.ev=E, ...)`: an assignment binds looser than any other operator an
//! argument can hold, so `E` stays whole; the value is `E` itself, and the callee is still the name `eval`, so
//! the call stays a direct eval. A call with no argument or a spread one is left as it is.

use std::ops::ControlFlow;

use boa_engine::ast::expression::{Call, ImportCall};
use boa_engine::ast::visitor::{VisitWith, Visitor};
use boa_engine::ast::{Expression, Spanned};
use boa_engine::interner::Interner;

use super::class_fields::Insert;
use super::LineIndex;

struct Finder<'a> {
    src: &'a str,
    index: &'a LineIndex,
    interner: &'a Interner,
    /// The importing file, a JavaScript string literal, when `import()` calls are rewritten.
    file: Option<&'a str>,
    /// Whether `eval` calls are rewritten.
    evals: bool,
    out: Vec<Insert>,
}

impl Finder<'_> {
    /// The offset of the `(` after the word `word` at `start`, past spaces.
    fn open_after(&self, start: usize, word: &str) -> Option<usize> {
        let after = self.src.get(start..)?.strip_prefix(word)?;
        let gap = after.len() - after.trim_start().len();
        after[gap..]
            .starts_with('(')
            .then_some(start + word.len() + gap)
    }
}

impl<'ast> Visitor<'ast> for Finder<'_> {
    type BreakTy = ();

    fn visit_import_call(&mut self, node: &'ast ImportCall) -> ControlFlow<()> {
        if let Some(file) = self.file {
            let start = self.index.offset(self.src, node.span().start());
            if let Some(open) = self.open_after(start, "import") {
                self.out.push((
                    start,
                    format!("__ll$.di({file},($s,$o)=>import($s,$o),/*"),
                    false,
                ));
                self.out.push((open + 1, "*/".into(), true));
            }
        }
        node.visit_with(self)
    }

    fn visit_call(&mut self, node: &'ast Call) -> ControlFlow<()> {
        if let (true, Expression::Identifier(id), Some(first)) =
            (self.evals, node.function(), node.args().first())
        {
            let named = self
                .interner
                .resolve(id.sym())
                .is_some_and(|s| s.to_string() == "eval");
            if named && !matches!(first, Expression::Spread(_)) {
                // (The callee's span: the call's own may start elsewhere.)
                let start = self.index.offset(self.src, id.span().start());
                if let Some(open) = self.open_after(start, "eval") {
                    self.out.push((open + 1, "__ll$.ev=".into(), false));
                }
            }
        }
        node.visit_with(self)
    }
}

/// The insertions that route the `import()` calls of user file `file` (a JavaScript string literal) through
/// `__ll$.di` and hand the code of each direct `eval` call to `__ll$.ev`.
pub(super) fn edits(
    src: &str,
    index: &LineIndex,
    interner: &Interner,
    file: Option<&str>,
    tree: &impl VisitWith,
) -> Vec<Insert> {
    let file = file.filter(|_| src.contains("import"));
    let evals = src.contains("eval");
    if file.is_none() && !evals {
        return Vec::new();
    }
    let mut f = Finder {
        src,
        index,
        interner,
        file,
        evals,
        out: Vec::new(),
    };
    let _ = tree.visit_with(&mut f);
    f.out
}
