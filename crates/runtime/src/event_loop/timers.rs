//! Timers phase and Node's timer lists (lib/internal/timers.js): one list per duration, a priority queue of
//! lists ordered by (expiry, list id), `processTimers(now)` / `listOnTimeout(list, now)` exactly as Node runs
//! them, and the single libuv timer handle that fires them. Keying by (deadline, seq) alone is not enough:
//! after a blocking callback Node runs a whole duration list before the next list.

use std::collections::VecDeque;

use looplab_trace::{Queue, TaskId};

use super::{CallResult, Js};

/// State of one `Timeout`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TimerEntry {
    /// Duration after clamping (`_idleTimeout`).
    pub msecs: f64,
    /// libuv time (ms) when it was (re)inserted (`_idleStart`).
    pub idle_start: u64,
    /// Interval period for `setInterval` (`_repeat`).
    pub repeat: Option<f64>,
    pub refed: bool,
    /// Cleared or finished (`_destroyed`).
    pub destroyed: bool,
    /// `clearTimeout` was called (`_onTimeout = null`, `_idleTimeout = -1`).
    pub cleared: bool,
    pub in_list: bool,
}

#[derive(Debug)]
struct TimerList {
    msecs: f64,
    expiry: f64,
    id: u64,
    items: VecDeque<TaskId>,
}

/// All timers of the process.
#[derive(Debug, Default)]
pub(crate) struct Timers {
    entries: crate::DetMap<TaskId, TimerEntry>,
    lists: Vec<TimerList>,
    next_list_id: u64,
    ref_count: u64,
    /// When the libuv timer handle fires (ms of libuv time), if started.
    handle_due: Option<u64>,
    next_expiry: Option<f64>,
}

impl Timers {
    pub(crate) fn entry(&self, task: TaskId) -> Option<&TimerEntry> {
        self.entries.get(&task)
    }

    /// Due time (libuv ms) of the timer handle.
    pub(crate) fn handle_due(&self) -> Option<u64> {
        self.handle_due
    }

    /// Timers that keep the loop alive (node's `timeoutInfo[0]`).
    pub(crate) fn ref_count(&self) -> u64 {
        self.ref_count
    }

    pub(crate) fn keeps_alive(&self) -> bool {
        self.ref_count > 0 && self.handle_due.is_some()
    }

    /// New `Timeout` (ref'd), inserted at `now_ms`.
    pub(crate) fn create(&mut self, task: TaskId, msecs: f64, repeat: Option<f64>, now_ms: u64) {
        self.entries.insert(
            task,
            TimerEntry {
                msecs,
                idle_start: now_ms,
                repeat,
                refed: true,
                destroyed: false,
                cleared: false,
                in_list: false,
            },
        );
        self.ref_count += 1;
        self.insert(task, msecs, now_ms);
    }

    fn insert(&mut self, task: TaskId, msecs: f64, start: u64) {
        let Some(entry) = self.entries.get_mut(&task) else {
            return;
        };
        entry.idle_start = start;
        entry.msecs = msecs;
        entry.in_list = true;
        let expiry = start as f64 + msecs;
        let idx = match self
            .lists
            .iter()
            .position(|l| l.msecs.to_bits() == msecs.to_bits())
        {
            Some(i) => i,
            None => {
                let id = self.next_list_id;
                self.next_list_id += 1;
                self.lists.push(TimerList {
                    msecs,
                    expiry,
                    id,
                    items: VecDeque::new(),
                });
                if self.next_expiry.is_none_or(|n| n > expiry) {
                    // scheduleTimer(msecs): libuv truncates the duration to whole ms.
                    self.handle_due = Some(start + msecs.trunc() as u64);
                    self.next_expiry = Some(expiry);
                }
                self.lists.len() - 1
            }
        };
        self.lists[idx].items.push_back(task);
    }

    fn remove_from_list(&mut self, task: TaskId) {
        if let Some(e) = self.entries.get_mut(&task) {
            if !e.in_list {
                return;
            }
            e.in_list = false;
            let msecs = e.msecs;
            if let Some(list) = self
                .lists
                .iter_mut()
                .find(|l| l.msecs.to_bits() == msecs.to_bits())
            {
                list.items.retain(|t| *t != task);
            }
        }
    }

    /// `clearTimeout` / `clearInterval` (Node's `unenroll`). Returns whether it was active.
    pub(crate) fn clear(&mut self, task: TaskId) -> bool {
        let Some(e) = self.entries.get_mut(&task) else {
            return false;
        };
        e.cleared = true;
        if e.destroyed {
            return false;
        }
        e.destroyed = true;
        let refed = e.refed;
        let msecs = e.msecs;
        self.remove_from_list(task);
        if let Some(i) = self
            .lists
            .iter()
            .position(|l| l.msecs.to_bits() == msecs.to_bits() && l.items.is_empty())
        {
            self.lists.remove(i);
        }
        if refed {
            self.ref_count -= 1;
        }
        true
    }

    /// `timeout.ref()` / `unref()`.
    pub(crate) fn set_ref(&mut self, task: TaskId, refed: bool) {
        if let Some(e) = self.entries.get_mut(&task) {
            if e.refed == refed {
                return;
            }
            e.refed = refed;
            if !e.destroyed {
                if refed {
                    self.ref_count += 1;
                } else {
                    self.ref_count -= 1;
                }
            }
        }
    }

    pub(crate) fn has_ref(&self, task: TaskId) -> bool {
        self.entries.get(&task).is_some_and(|e| e.refed)
    }

    /// `timeout.refresh()`: re-insert with a new start time, if still active.
    pub(crate) fn refresh(&mut self, task: TaskId, now_ms: u64) {
        let Some(e) = self.entries.get(&task).copied() else {
            return;
        };
        if e.cleared {
            return;
        }
        if e.destroyed {
            // A finished timer comes back to life (Node re-inserts it and counts its ref again).
            if let Some(m) = self.entries.get_mut(&task) {
                m.destroyed = false;
            }
            if e.refed {
                self.ref_count += 1;
            }
        }
        self.remove_from_list(task);
        self.insert(task, e.msecs, now_ms);
    }

    /// The list that expires first, by (expiry, id).
    fn peek_list(&self) -> Option<usize> {
        self.lists
            .iter()
            .enumerate()
            .min_by(|(_, a), (_, b)| a.expiry.total_cmp(&b.expiry).then(a.id.cmp(&b.id)))
            .map(|(i, _)| i)
    }
}

fn list_index(js: &dyn Js, msecs: f64) -> Option<usize> {
    js.host()
        .borrow()
        .timers
        .lists
        .iter()
        .position(|l| l.msecs.to_bits() == msecs.to_bits())
}

/// Runs the timers phase: fires the libuv timer handle if due.
pub(crate) fn run_phase(js: &mut dyn Js) {
    let now = {
        let mut host = js.host().borrow_mut();
        let loop_time = host.loop_time_ms;
        match host.timers.handle_due {
            Some(due) if due <= loop_time => {}
            _ => return,
        }
        host.timers.handle_due = None;
        host.libuv_now()
    };
    let next = process_timers(js, now);
    {
        let mut host = js.host().borrow_mut();
        host.timers.next_expiry = next;
        match next {
            Some(expiry) => {
                let now = host.loop_time_ms;
                let duration = (expiry.trunc() as i64 - now as i64).max(1) as u64;
                host.timers.handle_due = Some(now + duration);
            }
            None => host.timers.handle_due = None,
        }
    }
    js.run_next_ticks();
}

enum ListOutcome {
    Done,
    Threw,
    Stopped,
}

/// Node's `processTimers(now)`: returns the next expiry, if any list is left.
fn process_timers(js: &mut dyn Js, now: u64) -> Option<f64> {
    js.host().borrow_mut().timers.next_expiry = None;
    let mut ran_list = false;
    loop {
        let (msecs, expiry) = {
            let host = js.host().borrow();
            let idx = host.timers.peek_list()?;
            let list = &host.timers.lists[idx];
            (list.msecs, list.expiry)
        };
        if expiry > now as f64 {
            return Some(expiry);
        }
        if ran_list {
            js.run_next_ticks_at(super::TicksSite::Timers);
            if super::stopped(js) {
                return None;
            }
        }
        ran_list = true;
        match list_on_timeout(js, msecs, now) {
            ListOutcome::Done => {}
            // RunTimers calls processTimers again at once with the same `now`.
            ListOutcome::Threw => ran_list = false,
            ListOutcome::Stopped => return None,
        }
    }
}

/// Node's `listOnTimeout(list, now)`.
fn list_on_timeout(js: &mut dyn Js, msecs: f64, now: u64) -> ListOutcome {
    let mut ran = false;
    loop {
        let head = {
            let mut host = js.host().borrow_mut();
            let Some(idx) = host
                .timers
                .lists
                .iter()
                .position(|l| l.msecs.to_bits() == msecs.to_bits())
            else {
                return ListOutcome::Done;
            };
            let next_id = host.timers.next_list_id;
            let timers = &mut host.timers;
            match timers.lists[idx].items.front().copied() {
                None => {
                    timers.lists.remove(idx);
                    return ListOutcome::Done;
                }
                Some(task) => {
                    let e = timers.entries.get(&task).copied();
                    let idle_start = e.map_or(0, |e| e.idle_start);
                    let diff = now as f64 - idle_start as f64;
                    if diff < msecs {
                        let list = &mut timers.lists[idx];
                        list.expiry = (idle_start as f64 + msecs).max(now as f64 + 1.0);
                        list.id = next_id;
                        timers.next_list_id += 1;
                        return ListOutcome::Done;
                    }
                    task
                }
            }
        };
        if ran {
            js.run_next_ticks_at(super::TicksSite::TimerList);
            if super::stopped(js) {
                return ListOutcome::Stopped;
            }
        }
        ran = true;
        // A tick may have cleared or refreshed the timer we peeked.
        let still_head = list_index(js, msecs)
            .map(|i| js.host().borrow().timers.lists[i].items.front().copied() == Some(head))
            .unwrap_or(false);
        if !still_head {
            continue;
        }
        let (repeat, start) = {
            let mut host = js.host().borrow_mut();
            host.timers.remove_from_list(head);
            let repeat = host.timers.entry(head).and_then(|e| e.repeat);
            let start = if repeat.is_some() {
                host.libuv_now()
            } else {
                0
            };
            (repeat, start)
        };
        let result = js.call_task(head, Queue::Timers);
        let finished = {
            let mut host = js.host().borrow_mut();
            let timers = &mut host.timers;
            match timers.entries.get(&head).copied() {
                Some(e) if repeat.is_some() && !e.cleared && !e.in_list => {
                    let period = e.repeat.unwrap_or(e.msecs);
                    timers.insert(head, period, start);
                    false
                }
                Some(e) if !e.in_list && !e.destroyed => {
                    if let Some(m) = timers.entries.get_mut(&head) {
                        m.destroyed = true;
                    }
                    if e.refed {
                        timers.ref_count -= 1;
                    }
                    true
                }
                Some(e) => e.destroyed && !e.in_list,
                None => true,
            }
        };
        if finished {
            // Keep the entry (the Timeout object may still be refreshed); only the bookkeeping of ids goes.
            let _ = finished;
        }
        match result {
            CallResult::Returned => {}
            CallResult::Threw => return ListOutcome::Threw,
            CallResult::Stopped => return ListOutcome::Stopped,
        }
    }
}
