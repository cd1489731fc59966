//! The `setImmediate` queue and its ref counting (Node's `immediateQueue` + `immediateInfo`).

use std::collections::VecDeque;

use looplab_trace::TaskId;

#[derive(Debug, Clone, Copy)]
pub(crate) struct ImmediateEntry {
    pub refed: bool,
    pub destroyed: bool,
}

/// Immediates waiting for the check phase.
#[derive(Debug, Default)]
pub(crate) struct Immediates {
    pub queue: VecDeque<TaskId>,
    pub entries: crate::DetMap<TaskId, ImmediateEntry>,
    pub ref_count: u64,
}

impl Immediates {
    pub(crate) fn push(&mut self, task: TaskId) {
        self.queue.push_back(task);
        self.entries.insert(
            task,
            ImmediateEntry {
                refed: true,
                destroyed: false,
            },
        );
        self.ref_count += 1;
    }

    /// `clearImmediate`: returns whether the immediate was still pending.
    pub(crate) fn clear(&mut self, task: TaskId) -> bool {
        let Some(e) = self.entries.get_mut(&task) else {
            return false;
        };
        if e.destroyed {
            return false;
        }
        e.destroyed = true;
        if e.refed {
            self.ref_count -= 1;
        }
        self.queue.retain(|t| *t != task);
        true
    }

    pub(crate) fn set_ref(&mut self, task: TaskId, refed: bool) {
        if let Some(e) = self.entries.get_mut(&task) {
            if e.destroyed || e.refed == refed {
                return;
            }
            e.refed = refed;
            if refed {
                self.ref_count += 1;
            } else {
                self.ref_count -= 1;
            }
        }
    }

    pub(crate) fn has_ref(&self, task: TaskId) -> bool {
        self.entries
            .get(&task)
            .is_some_and(|e| e.refed && !e.destroyed)
    }

    pub(crate) fn keeps_alive(&self) -> bool {
        self.ref_count > 0
    }
}
