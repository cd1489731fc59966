//! The UI side of the worker protocol (see web/worker/src/main.rs): spawns the engine worker, forwards its
//! messages to the app as [`WorkerEvent`]s, and terminates it on Stop.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker};

/// What the worker reported.
pub enum WorkerEvent {
    /// Warmed up; carries the Node version whose semantics the runtime follows.
    Ready(String),
    Batch(Vec<u8>),
    Done {
        exit_code: i32,
        error: Option<String>,
        stderr: String,
        /// The VFS after the run: (path, size), directories ending with `/`.
        files: Vec<(String, u64)>,
    },
    Crash(String),
}

/// A running engine worker.
pub struct EngineWorker {
    /// Which spawn this is (events of replaced workers are ignored).
    pub id: u32,
    /// Set once it reported `ready`: messages posted before that would be lost.
    pub ready: bool,
    worker: Worker,
    _onmessage: Closure<dyn FnMut(MessageEvent)>,
    _onerror: Closure<dyn FnMut(web_sys::ErrorEvent)>,
}

/// Where Trunk puts the worker's loader (see web/index.html).
const WORKER_URL: &str = "./looplab-worker_loader.js";

fn field(data: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(data, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

impl EngineWorker {
    /// Starts a worker; `on_event` receives everything it reports.
    pub fn spawn(id: u32, on_event: impl Fn(u32, WorkerEvent) + 'static) -> Result<Self, String> {
        let worker = Worker::new(WORKER_URL)
            .map_err(|e| format!("cannot start the engine worker: {e:?}"))?;
        let on_event = std::rc::Rc::new(on_event);
        let cb = on_event.clone();
        let onmessage = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let data = event.data();
            let kind = field(&data, "type").as_string().unwrap_or_default();
            let ev = match kind.as_str() {
                "ready" => WorkerEvent::Ready(field(&data, "node").as_string().unwrap_or_default()),
                "batch" => {
                    WorkerEvent::Batch(js_sys::Uint8Array::new(&field(&data, "bytes")).to_vec())
                }
                "done" => WorkerEvent::Done {
                    exit_code: field(&data, "exitCode").as_f64().unwrap_or(1.0) as i32,
                    error: field(&data, "error").as_string(),
                    stderr: field(&data, "stderr").as_string().unwrap_or_default(),
                    files: field(&data, "files")
                        .as_string()
                        .and_then(|t| serde_json::from_str(&t).ok())
                        .unwrap_or_default(),
                },
                "crash" => WorkerEvent::Crash(
                    field(&data, "message")
                        .as_string()
                        .unwrap_or_else(|| "unknown error".into()),
                ),
                _ => return,
            };
            cb(id, ev);
        });
        let cb = on_event;
        let onerror =
            Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(move |e: web_sys::ErrorEvent| {
                e.prevent_default();
                cb(
                    id,
                    WorkerEvent::Crash(format!("the engine worker failed: {}", e.message())),
                );
            });
        worker.set_onmessage(Some(onmessage.as_ref().unchecked_ref()));
        worker.set_onerror(Some(onerror.as_ref().unchecked_ref()));
        Ok(EngineWorker {
            id,
            ready: false,
            worker,
            _onmessage: onmessage,
            _onerror: onerror,
        })
    }

    /// Asks the worker to run a scenario (JSON of `looplab_runtime::Scenario`).
    pub fn run(&self, scenario_json: &str) {
        self.send("run", scenario_json);
    }

    /// Asks a ready worker to bootstrap its next engine for this scenario's entry and config (a no-op in the
    /// worker when it has one already), so the next Run starts at once.
    pub fn prepare(&self, scenario_json: &str) {
        if self.ready {
            self.send("prepare", scenario_json);
        }
    }

    fn send(&self, kind: &str, scenario_json: &str) {
        let msg = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&msg, &"type".into(), &kind.into());
        let _ = js_sys::Reflect::set(&msg, &"scenario".into(), &scenario_json.into());
        let _ = self.worker.post_message(&msg);
    }
}

impl Drop for EngineWorker {
    fn drop(&mut self) {
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }
}
