//! The wasm side of the worker: message handling, the streaming output sink and the panic report.

use cap::Cap;
use looplab_runtime::{OutputSink, Scenario};
use looplab_trace::{Stamped, Stream};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

/// Counts live heap bytes for `process.memoryUsage()`, the memory graph and the heap limit.
#[global_allocator]
static ALLOC: Cap<std::alloc::System> = Cap::new(std::alloc::System, usize::MAX);

/// Heap limit in the browser unless the scenario sets a smaller one (wasm32 memory tops out at 4 GiB and
/// browsers often refuse far less).
const BROWSER_HEAP_LIMIT: u64 = 768 * 1024 * 1024;

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

fn post(msg: &js_sys::Object) {
    let _ = scope().post_message(msg);
}

fn post_with_transfer(msg: &js_sys::Object, transfer: &js_sys::Array) {
    let _ = scope().post_message_with_transfer(msg, transfer);
}

fn object(pairs: &[(&str, JsValue)]) -> js_sys::Object {
    let o = js_sys::Object::new();
    for (k, v) in pairs {
        let _ = js_sys::Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o
}

/// Sends trace batches to the UI as they are produced; output travels inside the trace.
struct StreamingSink;

impl OutputSink for StreamingSink {
    fn write(&mut self, _stream: Stream, _text: &str) {}

    fn streams_trace(&self) -> bool {
        true
    }

    fn trace_batch(&mut self, batch: Vec<Stamped>) {
        send_batch(&batch);
    }
}

fn send_batch(batch: &[Stamped]) {
    match looplab_trace::encode_batch(batch) {
        Ok(bytes) => {
            let array = js_sys::Uint8Array::from(bytes.as_slice());
            let msg = object(&[("type", "batch".into()), ("bytes", array.clone().into())]);
            let transfer = js_sys::Array::of1(&array.buffer());
            post_with_transfer(&msg, &transfer);
        }
        Err(e) => post(&object(&[
            ("type", "crash".into()),
            ("message", e.to_string().into()),
        ])),
    }
}

fn run(text: &str) {
    let mut scenario = match Scenario::from_json(text) {
        Ok(s) => s,
        Err(e) => {
            post(&object(&[
                ("type", "done".into()),
                ("exitCode", JsValue::from(1)),
                ("error", e.to_string().into()),
            ]));
            return;
        }
    };
    // The playground steps through user code: runtime-internal spans only when the scenario asks for them.
    let asks_runtime_spans = serde_json::from_str::<serde_json::Value>(text)
        .ok()
        .is_some_and(|v| v["config"]["runtimeSpans"].is_boolean());
    if !asks_runtime_spans {
        scenario.config.runtime_spans = false;
    }
    let limits = &mut scenario.config.limits;
    limits.heap_bytes = limits.heap_bytes.min(BROWSER_HEAP_LIMIT);
    match looplab_runtime::run(&scenario, true, Box::new(StreamingSink)) {
        Ok(result) => {
            if !result.trace.is_empty() {
                send_batch(&result.trace);
            }
            post(&object(&[
                ("type", "done".into()),
                ("exitCode", JsValue::from(result.exit_code)),
                ("stdout", result.stdout.into()),
                ("stderr", result.stderr.into()),
                (
                    "files",
                    serde_json::to_string(&result.files)
                        .unwrap_or_default()
                        .into(),
                ),
            ]));
        }
        Err(e) => post(&object(&[
            ("type", "done".into()),
            ("exitCode", JsValue::from(1)),
            ("error", e.to_string().into()),
        ])),
    }
}

/// Installs the panic report and the message handler, warms the runtime up and says it is ready.
pub(crate) fn start() {
    std::panic::set_hook(Box::new(|info| {
        post(&object(&[
            ("type", "crash".into()),
            ("message", info.to_string().into()),
        ]));
    }));
    looplab_runtime::set_heap_probe(|| ALLOC.allocated() as u64);
    let onmessage = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
        let data = event.data();
        let kind = js_sys::Reflect::get(&data, &"type".into())
            .ok()
            .and_then(|v| v.as_string());
        if kind.as_deref() == Some("run") {
            let text = js_sys::Reflect::get(&data, &"scenario".into())
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_default();
            run(&text);
        }
    });
    scope().set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
    onmessage.forget();
    // The first run instruments the runtime's own scripts (cached per worker): pay it before the user's Run.
    let _ = looplab_runtime::run_source("/warmup.js", "", true);
    post(&object(&[
        ("type", "ready".into()),
        ("node", looplab_runtime::NODE_VERSION.into()),
    ]));
}
