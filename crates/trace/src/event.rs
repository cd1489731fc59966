//! The typed trace events and their id newtypes.

use serde::{Deserialize, Serialize};

/// Virtual time in nanoseconds since the scenario started (not since the epoch).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct VTime(pub u64);

impl VTime {
    /// Builds a time from whole milliseconds.
    pub fn from_ms(ms: u64) -> Self {
        VTime(ms.saturating_mul(1_000_000))
    }
    /// Whole milliseconds, rounded down (libuv's `uv_now` granularity).
    pub fn as_ms_floor(self) -> u64 {
        self.0 / 1_000_000
    }
    /// Milliseconds as a float (what `performance.now()` shows).
    pub fn as_ms_f64(self) -> f64 {
        self.0 as f64 / 1_000_000.0
    }
}

/// Identity of one scheduled unit of work (a tick, a microtask, a timer, an immediate, a pool job...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct TaskId(pub u64);

/// A virtual libuv thread-pool worker (0-based).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct WorkerId(pub u32);

/// The queues Looplab models. Each task lives in exactly one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Queue {
    /// The main module itself (run once before the loop starts).
    Main,
    /// `process.nextTick`.
    NextTick,
    /// V8's microtask queue: promise reactions and `queueMicrotask`.
    Microtask,
    /// `setTimeout` / `setInterval`.
    Timers,
    /// Deferred I/O callbacks (pending phase).
    Pending,
    /// Completed I/O and thread-pool work, delivered in the poll phase.
    Poll,
    /// `setImmediate` (check phase).
    Check,
    /// Close callbacks.
    Close,
    /// The libuv thread pool's work queue (runs off the main thread).
    ThreadPool,
}

impl Queue {
    /// Short, stable name used in text output.
    pub fn name(self) -> &'static str {
        match self {
            Queue::Main => "main",
            Queue::NextTick => "nextTick",
            Queue::Microtask => "microtask",
            Queue::Timers => "timers",
            Queue::Pending => "pending",
            Queue::Poll => "poll",
            Queue::Check => "check",
            Queue::Close => "close",
            Queue::ThreadPool => "threadpool",
        }
    }
}

/// The phases of one libuv loop iteration, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Phase {
    Timers,
    Pending,
    IdlePrepare,
    Poll,
    Check,
    Close,
}

impl Phase {
    /// All phases in loop order.
    pub const ALL: [Phase; 6] = [
        Phase::Timers,
        Phase::Pending,
        Phase::IdlePrepare,
        Phase::Poll,
        Phase::Check,
        Phase::Close,
    ];
    /// Short, stable name used in text output.
    pub fn name(self) -> &'static str {
        match self {
            Phase::Timers => "timers",
            Phase::Pending => "pending",
            Phase::IdlePrepare => "idle/prepare",
            Phase::Poll => "poll",
            Phase::Check => "check",
            Phase::Close => "close",
        }
    }
}

/// Where a function was defined (1-based line and column, as Node prints them).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SourceLoc {
    pub file: String,
    pub line: u32,
    pub column: u32,
}

/// Which output stream a console write went to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Stream {
    Stdout,
    Stderr,
}

/// How a callback ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Outcome {
    Returned,
    Threw,
}

/// Why an error reached the top level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum ErrorOrigin {
    UncaughtException,
    UnhandledRejection,
}

/// Identity of one Node stream (Readable, Writable, Duplex...), in creation order from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct StreamId(pub u64);

/// What a stream is (the most specific of Node's stream classes it is an instance of).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum StreamKind {
    Readable,
    Writable,
    Duplex,
    Transform,
    PassThrough,
}

impl StreamKind {
    /// Node's class name.
    pub fn name(self) -> &'static str {
        match self {
            StreamKind::Readable => "Readable",
            StreamKind::Writable => "Writable",
            StreamKind::Duplex => "Duplex",
            StreamKind::Transform => "Transform",
            StreamKind::PassThrough => "PassThrough",
        }
    }
}

/// Which half of a stream a buffer level belongs to (a Duplex has both).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum StreamSide {
    Readable,
    Writable,
}

/// A lifecycle moment of a stream, as Node emits it (or as `write()` reports it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum StreamSignal {
    /// `write()` returned `false`: the writable buffer reached its highWaterMark.
    WriteFalse,
    /// `'drain'` was emitted.
    Drain,
    /// `'end'` was emitted (readable side done).
    End,
    /// `'finish'` was emitted (writable side done).
    Finish,
    /// `'close'` was emitted.
    Close,
    /// `'error'` was emitted.
    Error,
}

impl StreamSignal {
    /// Short, stable name used in text output.
    pub fn name(self) -> &'static str {
        match self {
            StreamSignal::WriteFalse => "write-false",
            StreamSignal::Drain => "drain",
            StreamSignal::End => "end",
            StreamSignal::Finish => "finish",
            StreamSignal::Close => "close",
            StreamSignal::Error => "error",
        }
    }
}

/// One thing the runtime did.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum TraceEvent {
    /// The run began; `entry` is the main module's path.
    RunStarted { entry: String, epoch_ms: i64 },
    /// A loop phase was entered in loop iteration `iteration` (1-based).
    PhaseEntered { iteration: u64, phase: Phase },
    /// The phase was left.
    PhaseLeft { iteration: u64, phase: Phase },
    /// A task was put in a queue. `due` is set for timers (the virtual time it becomes runnable)
    /// and for thread-pool jobs (`duration` is the modelled work time).
    TaskQueued {
        task: TaskId,
        queue: Queue,
        label: String,
        site: Option<SourceLoc>,
        due: Option<VTime>,
        duration: Option<VTime>,
        /// The task that was running when this one was queued (its async trigger): the causality arrow.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        trigger: Option<TaskId>,
    },
    /// A queued task began running (on the main thread, or on `worker` for pool jobs).
    TaskStarted {
        task: TaskId,
        queue: Queue,
        worker: Option<WorkerId>,
    },
    /// The task finished.
    TaskFinished {
        task: TaskId,
        queue: Queue,
        outcome: Outcome,
    },
    /// The task was removed before it ran (`clearTimeout`, `clearImmediate`...).
    TaskCancelled { task: TaskId, queue: Queue },
    /// Console or `process.stdout/stderr` output.
    Output { stream: Stream, text: String },
    /// An error reached the top level (before handlers decide what happens).
    UncaughtError {
        origin: ErrorOrigin,
        message: String,
        handled: bool,
    },
    /// A `process` event was emitted by the runtime (`beforeExit`, `exit`).
    ProcessEvent { name: String },
    /// A module went through a phase of node's loaders (`load`, `link`, `evaluate`); `format` is `commonjs`,
    /// `module` (ESM), `json` or `builtin`.
    ModulePhase {
        phase: String,
        format: String,
        path: String,
    },
    /// A stream was constructed. `label` is its constructor name, or the file path of an fs stream.
    StreamCreated {
        stream: StreamId,
        kind: StreamKind,
        label: String,
        object_mode: bool,
    },
    /// The buffered length of one side of a stream changed (bytes, or objects in object mode), against that
    /// side's highWaterMark.
    StreamLevel {
        stream: StreamId,
        side: StreamSide,
        length: u64,
        hwm: u64,
    },
    /// Data entered a stream: `push()`ed into its readable side or `write()`n to its writable side (bytes, or
    /// 1 per object in object mode).
    StreamData {
        stream: StreamId,
        side: StreamSide,
        amount: u64,
    },
    /// The readable side switched between flowing (`Some(true)`), paused (`Some(false)`) and the initial state.
    StreamFlowing {
        stream: StreamId,
        flowing: Option<bool>,
    },
    /// A lifecycle moment (`write()` returned false, drain, end, finish, close, error).
    StreamSignal {
        stream: StreamId,
        signal: StreamSignal,
    },
    /// `src.pipe(dst)` connected two streams (`piped: true`) or `unpipe` disconnected them (`false`).
    StreamPipe {
        src: StreamId,
        dst: StreamId,
        piped: bool,
    },
    /// Measured memory after the main module and after every macrotask (with its nextTick/microtask drain):
    /// live heap bytes of the runtime (a counting allocator; 0 when the embedder installed no probe) and bytes
    /// of file content in the VFS. Queue lengths and stream buffers come from their own folds.
    MemorySample { heap_bytes: u64, vfs_bytes: u64 },
    /// A user function's source was instrumented for call spans: `func` numbers it in later `FnEnter`/`FnExit`.
    /// `name` is its own name, the binding it was assigned to, or `<callee> callback`; `site` is its body.
    FnDefined {
        func: u32,
        name: String,
        site: SourceLoc,
    },
    /// A call of `func` started running (its first entry, or a resumption after `await`/`yield`).
    FnEnter { func: u32 },
    /// The innermost running call of `func` returned, threw, or suspended at `await`/`yield`.
    FnExit { func: u32 },
    /// A socket of the virtual network changed: its state (`connecting`, `open`, `half-closed`, `closed`) and
    /// byte counts at this moment. `in_flight`: sent bytes not yet at the peer; `unread`: bytes that reached
    /// this socket but its stream has not taken (the kernel buffer).
    Socket {
        socket: u32,
        role: String,
        local: String,
        remote: String,
        state: String,
        sent: u64,
        received: u64,
        in_flight: u64,
        unread: u64,
    },
    /// An HTTP request at a server of the script: its head arrived (`done: false`), or its response finished
    /// (`done: true`, with the status). `client: true` for a virtual client's own view: sent, then the whole
    /// response received (so its latency includes waiting for a busy event loop).
    HttpRequest {
        id: u32,
        socket: u32,
        client: bool,
        method: String,
        url: String,
        status: u16,
        done: bool,
    },
    /// A client agent's connection pool for one origin: sockets in use, idle keep-alive sockets, queued requests.
    HttpPool {
        name: String,
        active: u32,
        free: u32,
        queued: u32,
    },
    /// A limit of the scenario's config stopped the run.
    LimitReached { limit: String, message: String },
    /// The process exited with `code`.
    Exited { code: i32 },
}

/// An event with its position in the trace and the virtual time it happened at.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stamped {
    pub seq: u64,
    pub at: VTime,
    #[serde(flatten)]
    pub event: TraceEvent,
}
