//! Natives of the virtual network (`net.js`/`http.js` keep sockets and servers in JavaScript): schedule a
//! socket event for the poll phase at a virtual time, queue a `'close'` callback for the close phase, count
//! ref'd handles, and read the scenario's network settings.

use boa_engine::object::ObjectInitializer;
use boa_engine::property::Attribute;
use boa_engine::{js_string, Context, JsResult, JsValue};
use looplab_trace::{Queue, TraceEvent, VTime};

use super::natives::{arg, fn_label, sh};
use super::{callsite, Callback};

fn store(ctx: &mut Context, task: looplab_trace::TaskId, cb: JsValue) -> JsResult<()> {
    let s = sh(ctx)?;
    let frame = s.frame.borrow().clone();
    s.store.borrow_mut().insert(
        task,
        Callback {
            func: cb,
            this: JsValue::undefined(),
            args: Vec::new(),
            frame,
        },
    );
    Ok(())
}

/// `netSchedule(delayNs, label, callback, notBeforeNs?, inBatch?)`: runs `callback()` in the first poll phase at
/// or after max(now + delayNs, notBeforeNs); with `inBatch`, in the poll phase running now if one is. Returns
/// that virtual time in ns (callers keep a connection's segments in order with it).
pub(crate) fn schedule(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let delay = arg(args, 0).to_number(ctx)?;
    let label = arg(args, 1).to_string(ctx)?.to_std_string_lossy();
    let cb = arg(args, 2);
    let not_before = arg(args, 3).to_number(ctx).unwrap_or(0.0);
    let in_batch = arg(args, 4).to_boolean();
    let name = fn_label(&cb, ctx);
    let site = callsite(ctx);
    let s = sh(ctx)?;
    let (task, due) = {
        let mut guard = s.host.borrow_mut();
        let host = &mut *guard;
        let now = host.clock.now_ns();
        let delay = if delay.is_finite() && delay > 0.0 {
            delay as u64
        } else {
            0
        };
        let not_before = if not_before.is_finite() && not_before > 0.0 {
            not_before as u64
        } else {
            0
        };
        let due = now.saturating_add(delay).max(not_before);
        let task = host.new_task();
        host.queued_with(
            task,
            Queue::Poll,
            format!("{label} → {name}"),
            site,
            Some(VTime(due)),
            None,
        );
        if in_batch {
            host.net.schedule_in_batch(task, due);
        } else {
            host.net.schedule(task, due);
        }
        (task, due)
    };
    store(ctx, task, cb)?;
    Ok(JsValue::from(due as f64))
}

/// `netClose(label, callback)`: runs `callback()` in the next close phase.
pub(crate) fn close(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let label = arg(args, 0).to_string(ctx)?.to_std_string_lossy();
    let cb = arg(args, 1);
    let name = fn_label(&cb, ctx);
    let site = callsite(ctx);
    let s = sh(ctx)?;
    let task = {
        let mut host = s.host.borrow_mut();
        let task = host.new_task();
        host.queued(task, Queue::Close, format!("{label} → {name}"), site);
        host.net.closing.push_back(task);
        task
    };
    store(ctx, task, cb)?;
    Ok(JsValue::undefined())
}

/// `netRef(delta)`: a network handle became ref'd (+1) or unref'd/closed (-1).
pub(crate) fn add_ref(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let delta = arg(args, 0).to_number(ctx)?;
    let s = sh(ctx)?;
    s.host
        .borrow_mut()
        .net
        .add_ref(if delta < 0.0 { -1 } else { 1 });
    Ok(JsValue::undefined())
}

/// `netConfig()`: the scenario's network settings (times in ns; `hosts` and `clients` as JSON text).
pub(crate) fn config(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = sh(ctx)?;
    let n = s.host.borrow().config.network.clone();
    let obj = ObjectInitializer::new(ctx)
        .property(
            js_string!("latencyNs"),
            n.latency_ns as f64,
            Attribute::all(),
        )
        .property(
            js_string!("bandwidth"),
            n.bandwidth_bytes_per_sec.max(1) as f64,
            Attribute::all(),
        )
        .property(js_string!("loss"), n.loss.clamp(0.0, 1.0), Attribute::all())
        .property(
            js_string!("retransmitNs"),
            n.retransmit_ns as f64,
            Attribute::all(),
        )
        .property(
            js_string!("socketBuffer"),
            n.socket_buffer_bytes.max(1) as f64,
            Attribute::all(),
        )
        .property(
            js_string!("maxConnections"),
            n.max_connections as f64,
            Attribute::all(),
        )
        .property(
            js_string!("hosts"),
            js_string!(serde_json::to_string(&n.hosts).unwrap_or_else(|_| "{}".into())),
            Attribute::all(),
        )
        .property(
            js_string!("clients"),
            js_string!(serde_json::to_string(&n.clients).unwrap_or_else(|_| "[]".into())),
            Attribute::all(),
        )
        .build();
    Ok(obj.into())
}

/// `netNow()`: the current virtual time in ns.
pub(crate) fn now(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = sh(ctx)?;
    let now = s.host.borrow().clock.now_ns();
    Ok(JsValue::from(now as f64))
}

/// `netBatch()`: how many poll phases have started (events delivered in the same one share a number).
pub(crate) fn batch(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = sh(ctx)?;
    let n = s.host.borrow().net.batch();
    Ok(JsValue::from(n as f64))
}

/// Argument `i` as a Rust string (lone surrogates replaced).
pub(crate) fn text(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<String> {
    Ok(arg(args, i).to_string(ctx)?.to_std_string_lossy())
}

fn count(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<u64> {
    let n = arg(args, i).to_number(ctx)?;
    Ok(if n.is_finite() && n > 0.0 {
        n as u64
    } else {
        0
    })
}

/// `netTrace(kind, ...)`: records a network trace event when a trace is being recorded (cost-free, like the
/// stream instrumentation, so traced and untraced runs keep the same virtual time):
/// `('socket', id, role, local, remote, state, sent, received, inFlight, unread)`,
/// `('request', id, socket, method, url, status, done, client)`, `('pool', name, active, free, queued)`.
pub(crate) fn trace(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(s) = super::shared(ctx) else {
        return Ok(JsValue::undefined());
    };
    if !s.host.borrow().recorder.enabled() {
        return Ok(JsValue::undefined());
    }
    let small = |n: u64| u32::try_from(n).unwrap_or(u32::MAX);
    let event = match text(args, 0, ctx)?.as_str() {
        "socket" => TraceEvent::Socket {
            socket: small(count(args, 1, ctx)?),
            role: text(args, 2, ctx)?,
            local: text(args, 3, ctx)?,
            remote: text(args, 4, ctx)?,
            state: text(args, 5, ctx)?,
            sent: count(args, 6, ctx)?,
            received: count(args, 7, ctx)?,
            in_flight: count(args, 8, ctx)?,
            unread: count(args, 9, ctx)?,
        },
        "request" => TraceEvent::HttpRequest {
            id: small(count(args, 1, ctx)?),
            socket: small(count(args, 2, ctx)?),
            method: text(args, 3, ctx)?,
            url: text(args, 4, ctx)?,
            status: u16::try_from(count(args, 5, ctx)?).unwrap_or(0),
            done: arg(args, 6).to_boolean(),
            client: arg(args, 7).to_boolean(),
        },
        "pool" => TraceEvent::HttpPool {
            name: text(args, 1, ctx)?,
            active: small(count(args, 2, ctx)?),
            free: small(count(args, 3, ctx)?),
            queued: small(count(args, 4, ctx)?),
        },
        _ => return Ok(JsValue::undefined()),
    };
    s.host.borrow_mut().emit(event);
    Ok(JsValue::undefined())
}
