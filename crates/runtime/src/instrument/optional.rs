//! The optional rewrites of a user file, gathered: loop iterations charged in batches (`loops.rs`), instance
//! field initializers that may write to their class run after the fields are defined (`class_fields.rs`),
//! their `super` accesses read at runtime (`field_super.rs`), `import()` calls routed through the runtime and
//! the code of direct `eval` calls handed to it (`calls.rs`), and writes in a binding's temporal dead zone
//! made to throw (`tdz_writes.rs`). The caller drops them all when the rewritten file does not parse.

use boa_engine::ast::visitor::VisitWith;
use boa_engine::ast::Script;
use boa_engine::interner::Interner;

use super::{async_stack, calls, class_fields, loops, tdz_writes, LineIndex};

/// One insertion: (byte offset, text, closes something, innermost). An innermost one (a field's `super`
/// access, an `import()` call) opens last and closes first at its offset.
pub(super) type Found = (usize, String, bool, bool);

/// The optional insertions for the user file `file`, parsed as `tree` (a module when `script` is `None`).
pub(super) fn edits(
    src: &str,
    index: &LineIndex,
    interner: &Interner,
    tree: &impl VisitWith,
    script: Option<&Script>,
    file: Option<&str>,
) -> Vec<Found> {
    let module = script.is_none();
    let file = file.map(async_stack::js_string);
    let mut out: Vec<Found> = loops::edits(src, index, tree, module)
        .into_iter()
        .map(|(pos, text)| (pos, text, false, false))
        .collect();
    let (fields, supers) = class_fields::edits(src, index, interner, tree);
    out.extend(fields.into_iter().map(|(p, t, c)| (p, t, c, false)));
    let inner = supers
        .into_iter()
        .chain(calls::edits(src, index, interner, file.as_deref(), tree))
        .chain(script.map_or_else(Vec::new, |s| tdz_writes::edits(src, index, interner, s)));
    out.extend(inner.map(|(p, t, c)| (p, t, c, true)));
    out
}
