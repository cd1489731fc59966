//! looplab-runtime: an emulated Node.js 20 process. User JavaScript runs on Boa (inside `engine/` only) under a
//! deterministic libuv-style event loop (`event_loop/`), a virtual clock (`clock`) and a thread-pool model
//! (`threadpool`); everything it does is recorded as `looplab_trace` events.

mod clock;
mod config;
mod engine;
mod error;
mod event_loop;
mod fdlibm;
mod host;
pub mod instrument;
mod threadpool;
pub mod vfs;

pub use clock::CostModel;
pub use config::{
    Config, Latencies, Limits, LoopEntry, Network, Scenario, VirtualClients, NODE_VERSION,
};
pub use engine::{prepare, Prepared};
pub use error::RuntimeError;
pub use host::OutputSink;

/// An output sink that discards everything (output is still collected in [`RunResult`]).
pub struct NullSinkPublic;

impl OutputSink for NullSinkPublic {
    fn write(&mut self, _stream: looplab_trace::Stream, _text: &str) {}
}

use looplab_trace::Stamped;

/// What a finished run produced.
#[derive(Debug, Clone)]
pub struct RunResult {
    /// The exit code node would have returned.
    pub exit_code: i32,
    /// Everything written to stdout.
    pub stdout: String,
    /// Everything written to stderr.
    pub stderr: String,
    /// The recorded trace (empty when recording was off, or when the sink streamed it).
    pub trace: Vec<Stamped>,
    /// The virtual file system after the run: every path (directories end with `/`) and its size in bytes.
    pub files: Vec<(String, u64)>,
}

/// Runs a scenario to completion (or until a limit stops it) and returns its output and trace.
///
/// `sink` receives output as it is produced (the CLI streams it); it may be a no-op.
pub fn run(
    scenario: &Scenario,
    record_trace: bool,
    sink: Box<dyn OutputSink>,
) -> Result<RunResult, RuntimeError> {
    engine::run_scenario(scenario, record_trace, sink)
}

/// A hash map with a fixed hasher: its allocations (and so the trace's heap samples) repeat exactly from run to
/// run and process to process (std's random seed changes when a table with removals grows).
pub(crate) type DetMap<K, V> =
    std::collections::HashMap<K, V, std::hash::BuildHasherDefault<std::hash::DefaultHasher>>;

static HEAP_PROBE: std::sync::OnceLock<fn() -> u64> = std::sync::OnceLock::new();

/// Installs the function that reports live heap bytes (the CLI's counting allocator; the browser's wasm memory).
/// `process.memoryUsage()` returns its figure; without a probe it reports 0.
pub fn set_heap_probe(probe: fn() -> u64) {
    let _ = HEAP_PROBE.set(probe);
}

pub(crate) fn heap_probe() -> u64 {
    HEAP_PROBE.get().map_or(0, |f| f())
}

static STACK_BUDGET: std::sync::atomic::AtomicUsize =
    std::sync::atomic::AtomicUsize::new(usize::MAX);

/// Tells the runtime how many bytes of native stack a run may use (the embedder knows its thread's or wasm
/// module's stack size; leave a margin for Boa's own frames). User functions then throw node's catchable
/// `RangeError: Maximum call stack size exceeded` when entered beyond it, whatever `limits.callDepth` says:
/// recursion through native callbacks (`[1].map(g)`) costs far more stack per level than plain calls, and a
/// wasm stack overflow would kill the browser's worker. Without a budget only the frame count is checked.
pub fn set_stack_budget(bytes: usize) {
    STACK_BUDGET.store(bytes, std::sync::atomic::Ordering::Relaxed);
}

pub(crate) fn stack_budget() -> usize {
    STACK_BUDGET.load(std::sync::atomic::Ordering::Relaxed)
}

/// Convenience: runs one JavaScript source as `/main.js` with default config, without trace streaming.
pub fn run_source(path: &str, source: &str, record_trace: bool) -> Result<RunResult, RuntimeError> {
    let scenario = Scenario::single_file(path, source);
    run(&scenario, record_trace, Box::new(host::NullSink))
}
