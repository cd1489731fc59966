//! Poll phase: waits for I/O by jumping the virtual clock to the next due timer or thread-pool completion
//! or network delivery (never past it), then runs completed work callbacks and due socket events, draining
//! nextTicks and microtasks after each.

use looplab_trace::{Queue, TraceEvent};

use super::{CallResult, Js};
use crate::host::Stop;

pub(crate) fn run_phase(js: &mut dyn Js) {
    {
        let mut guard = js.host().borrow_mut();
        let host = &mut *guard;
        let now_ns = host.clock.now_ns();
        host.pool.advance(now_ns, &mut host.recorder);
        // uv_backend_timeout: zero when immediates are pending, else until the next timer.
        let must_not_block = host.immediates.ref_count > 0
            || !host.loop_alive()
            || host.pool.has_completed()
            || host.net.has_due(now_ns)
            || !host.net.closing.is_empty()
            || host.async_ids.destroys_pending();
        if !must_not_block {
            let timer_due_ns = host
                .timers
                .handle_due()
                .map(|ms| ms.saturating_mul(1_000_000));
            let target = [
                timer_due_ns,
                host.pool.next_completion(),
                host.net.next_due(),
            ]
            .into_iter()
            .flatten()
            .min();
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
                    return;
                }
                let before = host.clock.now_ns();
                host.clock.advance_to(target);
                let now_ns = host.clock.now_ns();
                host.idle_ns += now_ns.saturating_sub(before);
                host.pool.advance(now_ns, &mut host.recorder);
            } else if host.net.keeps_alive() {
                // Only open sockets or listening servers are left and nothing can reach them: node would
                // wait here forever.
                host.stop = Some(Stop::Limit {
                    limit: "networkIdle",
                    message: "stopped: only listening servers, open sockets or MessagePorts with 'message' listeners keep the process alive and nothing else is scheduled (node would wait here forever); close them (server.close(), socket.end(), port.close() or port.unref()) to let the process exit".into(),
                });
                return;
            }
        }
        host.libuv_now();
        host.net.start_batch();
    }
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
}
