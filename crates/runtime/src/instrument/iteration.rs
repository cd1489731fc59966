//! Which loop or spread iterated: V8 places an error thrown by an iterable's `[Symbol.iterator]()` or its
//! `next()` at the for-of loop's binding or the spread, in the caller's frame; Boa places that frame at the
//! caller's function start, and `source_places.js` picks the site from the function's code when it has only
//! one. For the others each for-of iterable and spread argument of a user file notes its place when it is
//! evaluated (once per loop, not per iteration): `for (const x of list)` becomes
//! `for (const x of __ll$.io(LINE,COL,list))`, `[...a]` becomes `[...__ll$.io(LINE,COL,a)]`, LINE and COL
//! the iterable's start (as in `nullish.rs`); the site noted last among the function's candidates is the one.

use boa_engine::ast::statement::ForOfLoop;
use boa_engine::ast::Expression;

use super::{extent, Collector, Mode};

impl Collector<'_> {
    /// Wraps a for-of loop's iterable in its noting call.
    pub(super) fn note_for_of(&mut self, node: &ForOfLoop) {
        self.note_iterable(node.iterable());
    }

    /// Wraps a spread's argument (`...a` in an array literal or a call) in its noting call.
    pub(super) fn note_spread(&mut self, node: &Expression) {
        if let Expression::Spread(s) = node {
            // (Not a direct eval's arguments: `calls.rs` leaves `eval(...xs)` alone.)
            let (start, _) = self.offsets(extent::extent(node, &self.src_ref()));
            let before = self.src.get(..start).unwrap_or("").trim_end();
            if !before.ends_with("eval(") {
                self.note_iterable(s.target());
            }
        }
    }

    fn note_iterable(&mut self, iterable: &Expression) {
        if self.mode == Mode::Runtime || !self.nullish_reads {
            return;
        }
        let (start, end) = self.offsets(extent::extent(iterable, &self.src_ref()));
        if start >= end || end > self.src.len() {
            return;
        }
        let (line, col) = self.line_col(start);
        self.edit(start, false, format!("__ll$.io({line},{col},"));
        self.edit(end, true, ")".into());
        let n = self.edits.len();
        for e in &mut self.edits[n - 2..] {
            e.optional = true;
        }
    }
}
