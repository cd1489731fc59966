//! Which destructuring pattern met undefined: Boa says "Cannot destructure 'undefined' value" both for the
//! value being destructured and for a nested pattern's property that is missing, V8 words the second as the
//! read of the inner pattern's first key (`const { server: { port } } = config` without `server`: "Cannot read
//! properties of undefined (reading 'port')"). Each nested pattern without a default gets one that notes its
//! place and gives back undefined, so the destructuring throws as before: `{ server: { port } }` becomes
//! `{ server: { port }=__ll$.dp(LINE,COL) }`, LINE and COL the nested pattern's `{` or `[` (as in
//! `nullish.rs`). v8_messages_bindings.js reads the note. A default runs only for undefined: a nested null
//! keeps the guess from the source text. Function lengths do not change (only a parameter's own default
//! counts).

use boa_engine::ast::pattern::{
    ArrayPattern, ArrayPatternElement, ObjectPattern, ObjectPatternElement, Pattern,
};
use boa_engine::ast::Spanned;

use super::{Collector, Mode};

impl Collector<'_> {
    /// Gives the nested patterns of an object pattern their noting default.
    pub(super) fn nested_in_object(&mut self, pattern: &ObjectPattern) {
        for element in pattern.bindings() {
            if let ObjectPatternElement::Pattern {
                pattern,
                default_init: None,
                ..
            } = element
            {
                self.note_nested(pattern);
            }
        }
    }

    /// Gives the nested patterns of an array pattern their noting default.
    pub(super) fn nested_in_array(&mut self, pattern: &ArrayPattern) {
        for element in pattern.bindings() {
            if let ArrayPatternElement::Pattern {
                pattern,
                default_init: None,
            } = element
            {
                self.note_nested(pattern);
            }
        }
    }

    fn note_nested(&mut self, pattern: &Pattern) {
        if self.mode == Mode::Runtime || !self.nullish_reads {
            return;
        }
        let (start, end) = self.offsets(pattern.span());
        if !matches!(self.src.as_bytes().get(start), Some(b'{' | b'[')) {
            return;
        }
        let (line, col) = self.line_col(start);
        self.nullish_edit(end, true, format!("=__ll$.dp({line},{col})"));
    }
}
