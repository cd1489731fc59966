//! Boa-free state of the virtual network's event delivery: socket events (connections, data, end, errors)
//! scheduled at a virtual time and delivered in the poll phase, `'close'` callbacks for the close phase, and the
//! count of ref'd network handles (listening servers, open sockets) that keep the loop alive.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};

use looplab_trace::TaskId;

/// Pending network events and handles.
#[derive(Default)]
pub(crate) struct NetIo {
    /// (due virtual ns, order of scheduling, task): a min-heap by due time, FIFO among equal times.
    due: BinaryHeap<Reverse<(u64, u64, TaskId)>>,
    next_seq: u64,
    /// Close callbacks for the next close phase.
    pub closing: VecDeque<TaskId>,
    /// Ref'd network handles (libuv active handles).
    refs: u64,
    /// Sequence number bounding the current poll phase's batch.
    batch_end: u64,
    /// Poll phases started.
    batch: u64,
}

impl NetIo {
    /// Schedules `task` for the first poll phase at or after `due_ns`.
    pub(crate) fn schedule(&mut self, task: TaskId, due_ns: u64) {
        let seq = self.next_seq;
        self.next_seq += 1;
        self.due.push(Reverse((due_ns, seq, task)));
    }

    /// Schedules `task` for the poll phase running now when one is (after what it has already taken, as a
    /// MessagePort reads the messages posted to it while it delivers), else as [`Self::schedule`].
    pub(crate) fn schedule_in_batch(&mut self, task: TaskId, due_ns: u64) {
        match self.batch_end.checked_sub(1) {
            Some(seq) if self.batch > 0 => self.due.push(Reverse((due_ns, seq, task))),
            _ => self.schedule(task, due_ns),
        }
    }

    /// The earliest pending delivery time.
    pub(crate) fn next_due(&self) -> Option<u64> {
        self.due.peek().map(|Reverse((t, _, _))| *t)
    }

    /// Whether a delivery is due at `now_ns`.
    pub(crate) fn has_due(&self, now_ns: u64) -> bool {
        self.next_due().is_some_and(|t| t <= now_ns)
    }

    /// Marks the start of a poll phase: events scheduled from now on wait for the next one (libuv handles
    /// one batch of ready descriptors per poll phase).
    pub(crate) fn start_batch(&mut self) {
        self.batch_end = self.next_seq;
        self.batch += 1;
    }

    /// Poll phases started so far.
    pub(crate) fn batch(&self) -> u64 {
        self.batch
    }

    /// Takes the next delivery due at `now_ns` that was scheduled before this poll phase began.
    pub(crate) fn pop_due(&mut self, now_ns: u64) -> Option<TaskId> {
        match self.due.peek() {
            Some(Reverse((t, seq, _))) if *t <= now_ns && *seq < self.batch_end => {
                self.due.pop().map(|Reverse((_, _, task))| task)
            }
            _ => None,
        }
    }

    /// Adds `delta` (+1 / -1) to the ref'd handle count.
    pub(crate) fn add_ref(&mut self, delta: i64) {
        self.refs = if delta < 0 {
            self.refs.saturating_sub(delta.unsigned_abs())
        } else {
            self.refs.saturating_add(delta as u64)
        };
    }

    /// Whether network work keeps the loop alive: ref'd handles or pending deliveries or close callbacks.
    pub(crate) fn keeps_alive(&self) -> bool {
        self.refs > 0 || !self.due.is_empty() || !self.closing.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deliveries_come_out_by_time_then_order() {
        let mut n = NetIo::default();
        n.schedule(TaskId(1), 50);
        n.schedule(TaskId(2), 10);
        n.schedule(TaskId(3), 10);
        assert_eq!(n.next_due(), Some(10));
        n.start_batch();
        assert_eq!(n.pop_due(9), None);
        assert_eq!(n.pop_due(10), Some(TaskId(2)));
        assert_eq!(n.pop_due(10), Some(TaskId(3)));
        assert_eq!(n.pop_due(10), None);
        n.schedule(TaskId(4), 10);
        assert!(n.keeps_alive());
        assert_eq!(
            n.pop_due(60),
            None,
            "scheduled during the batch: next poll phase"
        );
        n.start_batch();
        assert_eq!(n.pop_due(60), Some(TaskId(4)));
        assert_eq!(n.pop_due(60), Some(TaskId(1)));
        assert!(!n.keeps_alive());
        n.add_ref(1);
        assert!(n.keeps_alive());
        n.add_ref(-2);
        assert!(!n.keeps_alive());
    }
}
