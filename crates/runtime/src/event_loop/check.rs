//! Check phase: drains the ticks (and rejections) a throwing tick left, then runs the immediates that were queued before the
//! phase started (Node's `processImmediate`), draining nextTicks and microtasks between each; immediates queued
//! meanwhile wait for the next iteration.

use looplab_trace::Queue;

use super::{CallResult, Js};

pub(crate) fn run_phase(js: &mut dyn Js) {
    js.flush_async_destroys();
    // node's CheckImmediate first runs its native immediates inside a callback scope, whose close drains the
    // ticks a throwing tick left queued, and the rejections it left unreported (RunAndClearNativeImmediates),
    // before processImmediate takes the queue.
    let left = {
        let host = js.host().borrow();
        !host.ticks.is_empty() || host.rejection_to_warn
    };
    if left {
        js.run_next_ticks();
    }
    let batch = std::mem::take(&mut js.host().borrow_mut().immediates.queue);
    if batch.is_empty() {
        return;
    }
    let mut ran = false;
    for task in batch {
        if ran {
            js.run_next_ticks_at(super::TicksSite::Immediates);
        }
        ran = true;
        {
            let mut host = js.host().borrow_mut();
            let imm = &mut host.immediates;
            let Some(entry) = imm.entries.get_mut(&task) else {
                continue;
            };
            if entry.destroyed {
                continue;
            }
            entry.destroyed = true;
            if entry.refed {
                imm.ref_count -= 1;
            }
            entry.refed = false;
        }
        let result = js.call_task(task, Queue::Check);
        js.drop_task(task);
        js.host().borrow_mut().immediates.entries.remove(&task);
        match result {
            CallResult::Stopped => return,
            // Node re-enters processImmediate at once for the rest of the queue, without a tick drain first.
            CallResult::Threw => ran = false,
            CallResult::Returned => {}
        }
    }
    js.run_next_ticks();
}
