//! Boa 0.22 gives a `let`, `const` or `class` declared in a switch's case no temporal dead zone while it lives
//! in a register: reading it in another case, before its declaration ran, gets the switch's own value
//! (`case 'stop': log(speed)` printed `'stop'`; node throws a ReferenceError). An arrow that names those bindings,
//! made at the start of the first case and never called, moves them into the switch's environment, where Boa
//! keeps the dead zone (its "is not defined" is worded as V8's by v8_messages_bindings.js).

use boa_engine::ast::operations::lexically_declared_names_legacy;
use boa_engine::ast::statement::Switch;

use super::{extent, Collector};

impl Collector<'_> {
    pub(super) fn switch_bindings(&mut self, switch: &Switch) {
        let names: Vec<String> = lexically_declared_names_legacy(switch)
            .into_iter()
            .filter(|&(_, function)| !function)
            .map(|(sym, _)| self.interner.resolve_expect(sym).to_string())
            .collect();
        if names.is_empty() {
            return;
        }
        // After the first case's `:` (the first clause in the source, `case X:` or `default:`).
        let Some(first) = switch.cases().first() else {
            return;
        };
        let from = match first.condition() {
            Some(cond) => self.offsets(extent::extent(cond, &self.src_ref())).1,
            None => {
                let (_, end) = self.offsets(extent::extent(switch.val(), &self.src_ref()));
                match self.src.get(end..).and_then(|rest| rest.find("default")) {
                    Some(k) => end + k + "default".len(),
                    None => return,
                }
            }
        };
        let Some(colon) = colon_after(self.src, from) else {
            return;
        };
        self.edit(
            colon + 1,
            false,
            format!("void(()=>[{}]);", names.join(",")),
        );
    }
}

/// The offset of the `:` that follows `from`, past white space and comments.
fn colon_after(src: &str, from: usize) -> Option<usize> {
    let bytes = src.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            b':' => return Some(i),
            b' ' | b'\t' | b'\r' | b'\n' => i += 1,
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                i += src[i..].find('\n')?;
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i += src[i..].find("*/")? + 2;
            }
            // A closing parenthesis of the case expression that its extent left out.
            b')' => i += 1,
            _ => return None,
        }
    }
    None
}
