//! Close phase: `'close'` callbacks of handles closed in this iteration (sockets and servers of the virtual
//! network), in the order they were closed, draining nextTicks and microtasks after each.

use looplab_trace::Queue;

use super::{CallResult, Js};

pub(crate) fn run_phase(js: &mut dyn Js) {
    // Only the callbacks queued before the phase started (libuv swaps the closing list).
    let batch: Vec<_> = js.host().borrow_mut().net.closing.drain(..).collect();
    let mut rest = batch.into_iter();
    for task in rest.by_ref() {
        let result = js.call_task(task, Queue::Close);
        js.drop_task(task);
        if result == CallResult::Stopped {
            break;
        }
        js.run_next_ticks();
    }
    for task in rest {
        js.drop_task(task);
    }
}
