//! Works around a Boa 0.22 bug in object rest patterns: a property whose value is itself a pattern
//! (`const { a: { b }, ...rest } = o`) is not added to the keys the rest copy skips, so `rest` kept `a`. For
//! each such property the instrumenter adds a plain one for the same key just before the rest element
//! (`{ a: { b }, "a": __ll$k1, ...rest }`), which Boa does count; node's result follows. The extra binding is
//! a fresh name in a declaration or parameter, and a property of the host object in an assignment pattern.
//! The cost: the key's getter runs twice. A computed key (`[k]: { b }`) is left as Boa has it.

use boa_engine::ast::pattern::{ObjectPattern, ObjectPatternElement};
use boa_engine::ast::property::PropertyName;
use boa_engine::ast::Spanned;

use super::Collector;

impl Collector<'_> {
    /// Adds the extra properties for `pattern` (see the module docs); `assignment` when it is the target of
    /// an assignment expression rather than a binding.
    pub(super) fn rest_pattern(&mut self, pattern: &ObjectPattern, assignment: bool) {
        if !pattern.has_rest() {
            return;
        }
        let keys: Vec<String> = pattern
            .bindings()
            .iter()
            .filter_map(|element| match element {
                ObjectPatternElement::Pattern {
                    name: PropertyName::Literal(ident),
                    ..
                } => Some(self.interner.resolve_expect(ident.sym()).to_string()),
                _ => None,
            })
            .collect();
        if keys.is_empty() {
            return;
        }
        let (start, end) = self.offsets(pattern.span());
        let Some(rest) = self.src.get(start..end).and_then(|text| text.rfind("...")) else {
            return;
        };
        let mut text = String::new();
        for key in keys {
            self.rest_keys += 1;
            let key = serde_json::to_string(&key).unwrap_or_default();
            if assignment {
                text.push_str(&format!("{key}:__ll$.k,"));
            } else {
                text.push_str(&format!("{key}:__ll$k{},", self.rest_keys));
            }
        }
        self.edit(start + rest, false, text);
    }
}
