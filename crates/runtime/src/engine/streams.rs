//! `host.streamEvent(code, ...)`: how the bootstrap's stream instrumentation (js/stream.js) records stream trace
//! events. Free of virtual-time cost, so a traced run and an untraced run of a scenario take the same virtual time.

use boa_engine::{Context, JsResult, JsValue};
use looplab_trace::{StreamId, StreamKind, StreamSide, StreamSignal, TraceEvent};

use super::shared;

fn num(args: &[JsValue], i: usize) -> u64 {
    match args.get(i).and_then(JsValue::as_number) {
        Some(n) if n.is_finite() && n > 0.0 => n as u64,
        _ => 0,
    }
}

fn side(args: &[JsValue], i: usize) -> StreamSide {
    if num(args, i) == 1 {
        StreamSide::Writable
    } else {
        StreamSide::Readable
    }
}

/// `streamEvent(code, id, a, b, c)`. Codes: 0 created (kind, label, objectMode); 1 level (side, length, hwm);
/// 2 data (side, amount); 3 flowing (null | boolean); 4 signal (code); 5 pipe (dst, piped). Sides: 0 readable,
/// 1 writable. Unknown codes are ignored.
pub(super) fn stream_event(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(s) = shared(ctx) else {
        return Ok(JsValue::undefined());
    };
    if !s.host.borrow().recorder.enabled() {
        return Ok(JsValue::undefined());
    }
    let stream = StreamId(num(args, 1));
    let event = match num(args, 0) {
        0 => {
            let kind = match num(args, 2) {
                1 => StreamKind::Writable,
                2 => StreamKind::Duplex,
                3 => StreamKind::Transform,
                4 => StreamKind::PassThrough,
                _ => StreamKind::Readable,
            };
            let label = match args.get(3) {
                Some(v) => v.to_string(ctx)?.to_std_string_escaped(),
                None => String::new(),
            };
            let object_mode = args.get(4).is_some_and(JsValue::to_boolean);
            TraceEvent::StreamCreated {
                stream,
                kind,
                label,
                object_mode,
            }
        }
        1 => TraceEvent::StreamLevel {
            stream,
            side: side(args, 2),
            length: num(args, 3),
            hwm: num(args, 4),
        },
        2 => TraceEvent::StreamData {
            stream,
            side: side(args, 2),
            amount: num(args, 3),
        },
        3 => TraceEvent::StreamFlowing {
            stream,
            flowing: args.get(2).and_then(JsValue::as_boolean),
        },
        4 => {
            let signal = match num(args, 2) {
                0 => StreamSignal::WriteFalse,
                1 => StreamSignal::Drain,
                2 => StreamSignal::End,
                3 => StreamSignal::Finish,
                4 => StreamSignal::Close,
                _ => StreamSignal::Error,
            };
            TraceEvent::StreamSignal { stream, signal }
        }
        5 => TraceEvent::StreamPipe {
            src: stream,
            dst: StreamId(num(args, 2)),
            piped: args.get(3).is_some_and(JsValue::to_boolean),
        },
        _ => return Ok(JsValue::undefined()),
    };
    s.host.borrow_mut().emit(event);
    Ok(JsValue::undefined())
}

/// `tracing()`: whether this run records a trace (the instrumentation skips its work when not).
pub(super) fn tracing(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    Ok(JsValue::from(
        shared(ctx).is_some_and(|s| s.host.borrow().recorder.enabled()),
    ))
}
