//! Worker threads' mailboxes (Boa-free): what a parent engine and one worker engine post to each other. Every
//! item is due at a virtual time (the sender's clock plus [`MESSAGE_LATENCY_NS`]); each side's poll phase
//! delivers the items due by its own clock, in the order they were posted.

use std::collections::VecDeque;

/// Virtual time a message takes from one thread's `postMessage` to the other's poll phase.
pub(crate) const MESSAGE_LATENCY_NS: u64 = 100_000;
/// Virtual time from `new Worker()` to the worker's first line (node 20 on these machines: 20-25 ms, from the order of
/// its first timer messages against the main thread's timers).
pub(crate) const STARTUP_NS: u64 = 22_000_000;

/// Virtual time a worker takes to shut down after its loop ends, before its parent sees `'exit'` (node tears
/// down the thread's environment first: a `terminate()` right after the worker's last message still stops it).
pub(crate) const EXIT_NS: u64 = 2_000_000;

/// What a worker sends its parent.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum ToParent {
    /// A message on a channel (0: `parentPort`; others: MessagePorts transferred to the worker), its value
    /// encoded by `worker_codec.js` (or `close`: that channel's port closed).
    Message(u32, String),
    /// Text the worker wrote to its stdout (node pipes it to the parent's `process.stdout`).
    Stdout(String),
    /// Text the worker wrote to its stderr.
    Stderr(String),
    /// The worker's uncaught error, encoded: the parent's `'error'` event.
    Error(String),
    /// The worker's thread started running its script (`'online'`).
    Online,
    /// The worker's thread ended with this exit code (`'exit'`); nothing follows it.
    Exit(i32),
}

/// One worker's two mailboxes, shared by the parent's and the worker's hosts.
#[derive(Debug, Default)]
pub(crate) struct Link {
    /// The worker's `threadId`.
    pub id: u32,
    /// Messages for the worker (channel as in [`ToParent::Message`]), encoded, with their due times.
    pub to_worker: VecDeque<(u64, u32, String)>,
    /// Items for the parent's `Worker` object, with their due times.
    pub to_parent: VecDeque<(u64, ToParent)>,
    /// The parent's `Worker` keeps the parent's loop alive (`unref()` clears it).
    pub refed: bool,
    /// The worker's `'exit'` was delivered: the link is finished.
    pub exited: bool,
    /// `worker.terminate()` was called: the worker runs no more JavaScript.
    pub terminated: bool,
    /// What the worker's `worker_threads` reads at start (JSON from the parent: workerData encoded, name...).
    pub boot: String,
    /// The parent's `Worker` reads the worker's stdout / stderr itself (`stdout: true` / `stderr: true`).
    pub capture: [bool; 2],
    /// The worker's script began (or failed to): `terminate()` now ends it with code 1.
    pub started: bool,
    /// Items posted to the parent so far (the scheduler notices a worker that posted something).
    pub posted: u64,
}

impl Link {
    pub(crate) fn new(id: u32) -> Self {
        Link {
            id,
            refed: true,
            ..Link::default()
        }
    }

    /// Queues an item for the parent, due `MESSAGE_LATENCY_NS` after `now_ns` (and never before the one
    /// queued last, so items keep their order).
    pub(crate) fn post_to_parent(&mut self, now_ns: u64, item: ToParent) {
        let last = self.to_parent.back().map_or(0, |(due, _)| *due);
        let due = now_ns.saturating_add(MESSAGE_LATENCY_NS).max(last);
        self.to_parent.push_back((due, item));
        self.posted += 1;
    }

    /// Queues a message for the worker, due `MESSAGE_LATENCY_NS` after `now_ns`.
    pub(crate) fn post_to_worker(&mut self, now_ns: u64, channel: u32, data: String) {
        let last = self.to_worker.back().map_or(0, |(due, _, _)| *due);
        let due = now_ns.saturating_add(MESSAGE_LATENCY_NS).max(last);
        self.to_worker.push_back((due, channel, data));
    }

    /// When the parent's next item is due.
    pub(crate) fn next_for_parent(&self) -> Option<u64> {
        self.to_parent.front().map(|(due, _)| *due)
    }

    /// When the worker's next message is due.
    pub(crate) fn next_for_worker(&self) -> Option<u64> {
        self.to_worker.front().map(|(due, _, _)| *due)
    }

    /// The parent's next item, if due by `now_ns`.
    pub(crate) fn pop_for_parent(&mut self, now_ns: u64) -> Option<ToParent> {
        if self.next_for_parent()? <= now_ns {
            self.to_parent.pop_front().map(|(_, item)| item)
        } else {
            None
        }
    }

    /// The first message for the parent on `channel` that is due by `now_ns`, taken out of turn (a port's
    /// messages have a queue of their own: `receiveMessageOnPort`).
    pub(crate) fn take_message(&mut self, now_ns: u64, channel: u32) -> Option<String> {
        let at = self.to_parent.iter().position(|(due, item)| {
            *due <= now_ns && matches!(item, ToParent::Message(c, _) if *c == channel)
        })?;
        match self.to_parent.remove(at) {
            Some((_, ToParent::Message(_, data))) => Some(data),
            _ => None,
        }
    }

    /// The worker's next message, if due by `now_ns`.
    pub(crate) fn pop_for_worker(&mut self, now_ns: u64) -> Option<(u32, String)> {
        if self.next_for_worker()? <= now_ns {
            self.to_worker
                .pop_front()
                .map(|(_, channel, data)| (channel, data))
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_keep_their_order_and_wait_for_their_time() {
        let mut l = Link::new(1);
        l.post_to_parent(1_000, ToParent::Message(0, "a".into()));
        l.post_to_parent(500, ToParent::Stdout("b".into()));
        assert_eq!(l.pop_for_parent(1_000), None);
        let due = 1_000 + MESSAGE_LATENCY_NS;
        assert_eq!(l.next_for_parent(), Some(due));
        assert_eq!(
            l.pop_for_parent(due),
            Some(ToParent::Message(0, "a".into()))
        );
        // Posted later from an earlier clock reading: still after the first.
        assert_eq!(l.pop_for_parent(due), Some(ToParent::Stdout("b".into())));
        assert_eq!(l.posted, 2);
        l.post_to_worker(0, 2, "m".into());
        assert_eq!(l.pop_for_worker(0), None);
        assert_eq!(l.pop_for_worker(MESSAGE_LATENCY_NS), Some((2, "m".into())));
    }
}
