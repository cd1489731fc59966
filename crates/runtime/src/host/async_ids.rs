//! Bookkeeping for `async_hooks.createHook`: which tasks were reported to `init` hooks (their async id is the
//! task id; the main module is 1), their trigger ids, and the destroy queue. As in node, destroy hooks are
//! batched and run from a native immediate at the start of the next check phase.

use looplab_trace::TaskId;

#[derive(Default)]
pub(crate) struct AsyncIds {
    /// Some hook is enabled.
    pub enabled: bool,
    /// Tasks reported to `init`, with their resource type and trigger id.
    live: crate::DetMap<TaskId, (&'static str, u64)>,
    destroys: Vec<TaskId>,
}

/// The resource types Looplab reports (node's names).
const TYPES: [&str; 3] = ["Timeout", "Immediate", "TickObject"];

impl AsyncIds {
    /// Registers an `init`; returns false for an unknown type.
    pub(crate) fn init(&mut self, task: TaskId, kind: &str, trigger: u64) -> bool {
        match TYPES.iter().find(|t| **t == kind) {
            Some(t) => {
                self.live.insert(task, (t, trigger));
                true
            }
            None => false,
        }
    }

    /// The type of a task reported to `init` and not destroyed yet.
    pub(crate) fn kind(&self, task: TaskId) -> Option<&'static str> {
        self.live.get(&task).map(|(k, _)| *k)
    }

    /// The trigger id of `task` (0 when it was not reported; node's main module has trigger 0).
    pub(crate) fn trigger(&self, task: u64) -> u64 {
        self.live.get(&TaskId(task)).map_or(0, |(_, t)| *t)
    }

    /// Queues `destroy` for a reported task (once).
    pub(crate) fn destroy(&mut self, task: TaskId) {
        if self.live.remove(&task).is_some() {
            self.destroys.push(task);
        }
    }

    pub(crate) fn destroys_pending(&self) -> bool {
        !self.destroys.is_empty()
    }

    pub(crate) fn take_destroys(&mut self) -> Vec<TaskId> {
        std::mem::take(&mut self.destroys)
    }
}
