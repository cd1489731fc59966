//! `import()` in a user file goes through the runtime, which settles it as late as node does: node's ES module
//! loader reads a module file with `fs.promises.readFile` before linking it, so an `import()` of a module not
//! loaded yet settles only after that read, loop turns later (after a `setTimeout(0)` and the first
//! `setImmediate`), while Boa's loader is synchronous and settled it within the microtask queue.
//!
//! Each `import(S[, O])` becomes `__ll$.di(FILE,($s,$o)=>import($s,$o),/*import(*/S[, O])`: the call keeps
//! its own text as a comment, `FILE` is the importing file (the referrer, to resolve `S`), and the arrow,
//! written in the same file, imports with the same referrer once `__ll$.di` (source_scan.js) lets it.

use std::ops::ControlFlow;

use boa_engine::ast::expression::ImportCall;
use boa_engine::ast::visitor::{VisitWith, Visitor};
use boa_engine::ast::Spanned;

use super::class_fields::Insert;
use super::LineIndex;

struct Finder<'a> {
    src: &'a str,
    index: &'a LineIndex,
    file: &'a str,
    out: Vec<Insert>,
}

impl<'ast> Visitor<'ast> for Finder<'_> {
    type BreakTy = ();

    fn visit_import_call(&mut self, node: &'ast ImportCall) -> ControlFlow<()> {
        let start = self.index.offset(self.src, node.span().start());
        // `import`, then (past spaces) its `(`.
        let rest = self.src.get(start..).unwrap_or("");
        if let Some(after) = rest.strip_prefix("import") {
            let gap = after.len() - after.trim_start().len();
            if after[gap..].starts_with('(') {
                let open = start + "import".len() + gap;
                self.out.push((
                    start,
                    format!("__ll$.di({},($s,$o)=>import($s,$o),/*", self.file),
                    false,
                ));
                self.out.push((open + 1, "*/".into(), true));
            }
        }
        node.visit_with(self)
    }
}

/// The insertions that route the `import()` calls of user file `file` (a JavaScript string literal) through
/// `__ll$.di`.
pub(super) fn edits(
    src: &str,
    index: &LineIndex,
    file: Option<&str>,
    tree: &impl VisitWith,
) -> Vec<Insert> {
    let Some(file) = file else {
        return Vec::new();
    };
    if !src.contains("import") {
        return Vec::new();
    }
    let mut f = Finder {
        src,
        index,
        file,
        out: Vec::new(),
    };
    let _ = tree.visit_with(&mut f);
    f.out
}
