//! Poll phase: waits for I/O by jumping the virtual clock to the next due timer or thread-pool completion
//! or network delivery or worker message (never past it), then runs completed work callbacks, due socket
//! events and due worker messages, draining nextTicks and microtasks after each. A parent lets its workers
//! run up to the time it is about to jump to first; a worker parks here when its next event lies past what
//! its parent allows (see `event_loop::run_slice`).

use looplab_trace::{Queue, TraceEvent};

use super::{CallResult, Js};
use crate::host::Stop;

/// What the wait decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Wait {
    /// Deliver what is due now.
    Ready,
    /// (A worker) its next event lies past the bound: give the parent its turn.
    Park,
    /// The run stops.
    Stop,
}

/// The main thread's poll phase.
pub(crate) fn run_phase(js: &mut dyn Js) {
    if wait(js, None) == Wait::Ready {
        deliver(js);
    }
}

/// When the next timer, pool completion, socket event or mail is due, and whether the loop must not block.
fn next_event(js: &mut dyn Js) -> (bool, Option<u64>) {
    let mut guard = js.host().borrow_mut();
    let host = &mut *guard;
    let now_ns = host.clock.now_ns();
    host.pool.advance(now_ns, &mut host.recorder);
    // uv_backend_timeout: zero when immediates are pending, else until the next timer.
    let mail = host.next_mail();
    let must_not_block = host.immediates.ref_count > 0
        || !host.loop_alive()
        || host.pool.has_completed()
        || host.net.has_due(now_ns)
        || mail.is_some_and(|due| due <= now_ns)
        || !host.net.closing.is_empty()
        || host.async_ids.destroys_pending();
    let timer_due_ns = host
        .timers
        .handle_due()
        .map(|ms| ms.saturating_mul(1_000_000));
    let target = [
        timer_due_ns,
        host.pool.next_completion(),
        host.net.next_due(),
        mail,
    ]
    .into_iter()
    .flatten()
    .min();
    (must_not_block, target)
}

/// Waits (jumps the clock) until the next event. `park`: in a worker, the time its parent allows it to reach.
pub(crate) fn wait(js: &mut dyn Js, park: Option<u64>) -> Wait {
    let (mut must_not_block, mut target) = next_event(js);
    if park.is_none() && !js.host().borrow().workers.is_empty() {
        // Let the workers run up to where this thread is going; what they post may come sooner.
        loop {
            let now = js.host().borrow().clock.now_ns();
            let bound = if must_not_block {
                now
            } else {
                target.unwrap_or(u64::MAX)
            };
            if !js.advance_workers(bound) {
                break;
            }
            (must_not_block, target) = next_event(js);
        }
    }
    let mut guard = js.host().borrow_mut();
    let host = &mut *guard;
    if let Some(bound) = park {
        let now = host.clock.now_ns();
        let parked = if must_not_block {
            now > bound
        } else {
            match target {
                Some(t) => t > bound,
                // Nothing scheduled: only the parent (or nothing) can wake it.
                None => host.net.keeps_alive(),
            }
        };
        if parked {
            return Wait::Park;
        }
    }
    if !must_not_block {
        if let Some(target) = target {
            let limit_ns = host.config.limits.virtual_time_ms.saturating_mul(1_000_000);
            if target > limit_ns {
                let ms = host.config.limits.virtual_time_ms;
                host.stop = Some(Stop::Limit {
                    limit: "virtualTimeMs",
                    message: format!(
                        "stopped after {ms} ms of virtual time (limits.virtualTimeMs); raise it in the scenario config to run longer"
                    ),
                });
                return Wait::Stop;
            }
            let before = host.clock.now_ns();
            host.clock.advance_to(target);
            let now_ns = host.clock.now_ns();
            host.idle_ns += now_ns.saturating_sub(before);
            host.pool.advance(now_ns, &mut host.recorder);
        } else if host.net.keeps_alive() || host.workers_alive() {
            // Only open sockets, listening servers or waiting workers are left and nothing can reach them:
            // node would wait here forever.
            host.stop = Some(Stop::Limit {
                limit: "networkIdle",
                message: "stopped: only listening servers, open sockets, MessagePorts with 'message' listeners or workers waiting for messages keep the process alive and nothing else is scheduled (node would wait here forever); close them (server.close(), socket.end(), port.close(), worker.terminate() or unref()) to let the process exit".into(),
            });
            return Wait::Stop;
        }
    }
    host.libuv_now();
    host.net.start_batch();
    Wait::Ready
}

/// Runs what is due: thread-pool completions, socket events, then mail from other threads.
pub(crate) fn deliver(js: &mut dyn Js) {
    loop {
        let next = js.host().borrow_mut().pool.pop_completed();
        let Some(task) = next else { break };
        let label = js
            .host()
            .borrow()
            .labels
            .get(&task)
            .cloned()
            .unwrap_or_else(|| "work done".into());
        js.host().borrow_mut().emit(TraceEvent::TaskQueued {
            task,
            queue: Queue::Poll,
            label,
            site: None,
            due: None,
            duration: None,
            trigger: None,
        });
        let result = js.call_task(task, Queue::Poll);
        js.drop_task(task);
        if result == CallResult::Stopped {
            return;
        }
        js.run_next_ticks();
    }
    // Socket events (connections, data, end, errors) due by now, in time order.
    loop {
        let next = {
            let mut host = js.host().borrow_mut();
            let now = host.clock.now_ns();
            host.net.pop_due(now)
        };
        let Some(task) = next else { break };
        let result = js.call_task(task, Queue::Poll);
        js.drop_task(task);
        if result == CallResult::Stopped {
            return;
        }
        js.run_next_ticks();
    }
    js.deliver_mail();
}
