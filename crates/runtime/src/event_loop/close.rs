//! Close phase: `'close'` callbacks of handles closed abruptly. No handle type emits them yet (sockets and
//! streams arrive with later modules); the phase is entered so the trace shows it.

use super::Js;

pub(crate) fn run_phase(_js: &mut dyn Js) {}
