//! Pending phase: I/O callbacks deferred from the previous iteration. Nothing defers callbacks here yet
//! (fs and network errors arrive with later modules); the phase is still entered so the trace shows it.

use super::Js;

pub(crate) fn run_phase(_js: &mut dyn Js) {}
