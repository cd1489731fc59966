//! Looplab's Web Worker entry: receives a scenario from the UI, runs it on the runtime (Boa under the emulated
//! event loop) and streams the trace to the UI in binary batches while it runs. The UI thread never runs user JS;
//! Stop is `worker.terminate()`.
//!
//! Protocol (all messages are plain objects):
//! - UI → worker: `{type: "run", scenario: "<scenario JSON>"}`.
//! - worker → UI: `{type: "ready"}` once warmed up; `{type: "batch", bytes: Uint8Array}` (buffer transferred);
//!   `{type: "done", exitCode, stdout, stderr, error?}`; `{type: "crash", message}` if the worker panicked
//!   (the wasm instance is dead after that: the UI starts a new worker).

#[cfg(target_arch = "wasm32")]
mod worker;

#[cfg(target_arch = "wasm32")]
fn main() {
    worker::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("looplab-worker only runs in a browser (wasm32); build the playground with `bash scripts/start.sh`");
}
