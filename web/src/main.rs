//! Looplab's playground UI: a Yew app that edits a scenario, runs it in a Web Worker, and plays the streamed
//! trace back through pure panels (event loop, queues, call stack, console, thread pool, memory, flame chart,
//! streams, files), with share links, a gallery and an embed mode for course pages.

// Natively only the scenario model and the gallery are built (for their unit tests).
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]

#[cfg(target_arch = "wasm32")]
mod app;
#[cfg(target_arch = "wasm32")]
mod dom;
#[cfg(target_arch = "wasm32")]
mod editor;
#[cfg(target_arch = "wasm32")]
mod embed;
mod gallery;
#[cfg(target_arch = "wasm32")]
mod panels;
mod scenario;
#[cfg(target_arch = "wasm32")]
mod transport;
#[cfg(target_arch = "wasm32")]
mod worker_client;

#[cfg(target_arch = "wasm32")]
fn main() {
    yew::Renderer::<app::App>::new().render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    // The UI only runs in a browser; natively this binary just checks the gallery and scenario model build.
    println!(
        "{} gallery lessons; build the playground with `bash scripts/start.sh`",
        gallery::LESSONS.len()
    );
    let _ = scenario::Scenario::from_lesson(&gallery::LESSONS[0]);
}
