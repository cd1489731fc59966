//! The wasm side of the worker: message handling, the streaming output sink and the panic report.

use cap::Cap;
use std::cell::RefCell;

use looplab_runtime::{OutputSink, Prepared, Scenario};
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

/// What the playground runs when nothing else was loaded: the engine is prepared for this shape first.
const DEFAULT_SCENARIO: &str = r#"{"v":1,"files":{"main.js":""},"entry":"main.js"}"#;

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

thread_local! {
    /// The engine bootstrapped ahead of the next Run (for the last run's entry, stdin and config).
    static PREPARED: RefCell<Option<Prepared>> = const { RefCell::new(None) };
}

/// The scenario as the playground runs it: runtime-internal spans only when the scenario asks for them (the
/// playground steps through user code), and a heap limit the browser can give.
fn playground_scenario(text: &str) -> Result<Scenario, String> {
    let mut scenario = Scenario::from_json(text).map_err(|e| e.to_string())?;
    let asks_runtime_spans = serde_json::from_str::<serde_json::Value>(text)
        .ok()
        .is_some_and(|v| v["config"]["runtimeSpans"].is_boolean());
    if !asks_runtime_spans {
        scenario.config.runtime_spans = false;
    }
    let limits = &mut scenario.config.limits;
    limits.heap_bytes = limits.heap_bytes.min(BROWSER_HEAP_LIMIT);
    Ok(scenario)
}

/// Bootstraps an engine for `scenario`'s entry, stdin and config, unless one is ready already.
fn prepare(scenario: &Scenario) {
    let ready = PREPARED.with_borrow(|p| p.as_ref().is_some_and(|p| p.accepts(scenario, true)));
    if ready {
        return;
    }
    PREPARED.set(None);
    if let Ok(p) = looplab_runtime::prepare(scenario, true, Box::new(StreamingSink)) {
        PREPARED.set(Some(p));
    }
}

fn run(text: &str) {
    let scenario = match playground_scenario(text) {
        Ok(s) => s,
        Err(e) => {
            post(&object(&[
                ("type", "done".into()),
                ("exitCode", JsValue::from(1)),
                ("error", e.into()),
            ]));
            return;
        }
    };
    let result = match PREPARED.take() {
        Some(p) if p.accepts(&scenario, true) => p.run(&scenario),
        _ => looplab_runtime::run(&scenario, true, Box::new(StreamingSink)),
    };
    report(result);
    // Get the next Run's engine ready while the user reads this one.
    prepare(&scenario);
}

fn report(result: Result<looplab_runtime::RunResult, looplab_runtime::RuntimeError>) {
    match result {
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
    // Wasm frames live on the browser's own stack (about 1 MB for a worker), which recursion through native
    // callbacks (`[1].map(g)`) exhausts after 600-1000 levels and kills the worker. What the runtime can measure
    // is the shadow stack: about 330 bytes per such level in this build, so 128 KiB stops near 400 levels with a
    // catchable RangeError (measured with target/probe-style runs; plain recursion, which needs no shadow stack
    // per level, still reaches limits.callDepth).
    looplab_runtime::set_stack_budget(128 * 1024);
    let onmessage = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
        let data = event.data();
        let kind = js_sys::Reflect::get(&data, &"type".into())
            .ok()
            .and_then(|v| v.as_string());
        let text = || {
            js_sys::Reflect::get(&data, &"scenario".into())
                .ok()
                .and_then(|v| v.as_string())
                .unwrap_or_default()
        };
        match kind.as_deref() {
            Some("run") => run(&text()),
            // The UI loaded a scenario with another entry or config: bootstrap for it while the user reads.
            Some("prepare") => {
                if let Ok(s) = playground_scenario(&text()) {
                    prepare(&s);
                }
            }
            _ => {}
        }
    });
    scope().set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
    onmessage.forget();
    // Bootstrap the engine for the default scenario (a `main.js`, no config) before saying ready; this also
    // instruments the runtime's own scripts (cached per worker), so the user's Run pays for neither.
    if let Ok(default) = playground_scenario(DEFAULT_SCENARIO) {
        prepare(&default);
    }
    post(&object(&[
        ("type", "ready".into()),
        ("node", looplab_runtime::NODE_VERSION.into()),
    ]));
}
