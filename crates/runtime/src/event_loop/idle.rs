//! Idle and prepare phases: libuv-internal housekeeping with no user callbacks (Node uses the idle handle only
//! to keep poll from blocking while immediates are pending, which `poll` models directly).

use super::Js;

pub(crate) fn run_phase(_js: &mut dyn Js) {}
