//! Boa-free host state shared by the event loop and the engine's native functions: queues, timers,
//! immediates, the thread pool, network deliveries, output and the trace recorder.

pub(crate) mod async_ids;
pub(crate) mod calls;
pub(crate) mod net;
mod recorder;
pub(crate) mod workers;

use std::cell::RefCell;
use std::collections::VecDeque;

use looplab_trace::{Queue, SourceLoc, Stream, TaskId, TraceEvent, VTime};

use crate::clock::{CostModel, VirtualClock};
use crate::config::Config;
use crate::event_loop::immediates::Immediates;
use crate::event_loop::timers::Timers;
use crate::threadpool::ThreadPool;

pub(crate) use recorder::Recorder;

/// Receives output as it is produced.
pub trait OutputSink {
    /// Called for every write to stdout or stderr.
    fn write(&mut self, stream: Stream, text: &str);
    /// True if this sink takes the trace in batches while the run goes on ([`OutputSink::trace_batch`]);
    /// the run then keeps no copy and [`crate::RunResult::trace`] is empty.
    fn streams_trace(&self) -> bool {
        false
    }
    /// Receives the next batch of recorded events (only called when [`OutputSink::streams_trace`] is true).
    fn trace_batch(&mut self, _batch: Vec<looplab_trace::Stamped>) {}
}

/// Events per batch handed to a streaming sink.
pub(crate) const TRACE_BATCH: usize = 2048;

/// A sink that drops everything (output is still collected in [`crate::RunResult`]).
pub(crate) struct NullSink;

impl OutputSink for NullSink {
    fn write(&mut self, _stream: Stream, _text: &str) {}
}

/// Why the run is stopping.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Stop {
    /// `process.exit()` or a fatal error: exit with this code.
    Exit(i32),
    /// A configured limit was hit.
    Limit {
        limit: &'static str,
        message: String,
    },
}

/// The state every phase and native function works on.
pub(crate) struct Host {
    pub config: Config,
    pub clock: VirtualClock,
    pub costs: CostModel,
    pub recorder: Recorder,
    /// Running instrumented JS calls (only used while recording).
    pub calls: calls::CallStack,
    /// Ids for the next instrumented function (`FnDefined`).
    pub next_fn: u32,
    /// `FnDefined` events not recorded yet (each is recorded just before the function's first call).
    pub fn_defs: crate::DetMap<u32, TraceEvent>,
    /// Main-thread tasks running now, innermost last (the trigger of anything queued).
    running: Vec<TaskId>,
    /// `async_hooks.createHook` state: see `async_ids.rs`.
    pub async_ids: async_ids::AsyncIds,
    pub sink: Box<dyn OutputSink>,
    pub stdout: String,
    pub stderr: String,
    output_bytes: u64,
    next_task: u64,
    /// `process.nextTick` queue.
    pub ticks: VecDeque<TaskId>,
    /// Set when a promise rejection needs processing (Node's `hasRejectionToWarn`).
    pub rejection_to_warn: bool,
    /// Set by a console write: node's stream queues an `afterWriteTick` nextTick (invisible otherwise).
    pub write_tick: bool,
    pub timers: Timers,
    pub immediates: Immediates,
    pub pool: ThreadPool,
    /// libuv's cached loop time in whole milliseconds (`uv_now`).
    pub loop_time_ms: u64,
    pub iteration: u64,
    pub steps: u64,
    /// Virtual time at which the event loop first started (node's `nodeTiming.loopStart`), if it has.
    pub loop_start_ns: Option<u64>,
    /// Virtual time the loop spent waiting in the poll phase (event-loop utilization's `idle`).
    pub idle_ns: u64,
    pub stop: Option<Stop>,
    /// Labels of queued tasks, for errors and traces.
    pub labels: crate::DetMap<TaskId, String>,
    rng: u64,
    /// The virtual file system.
    pub vfs: crate::vfs::MemFs,
    /// Asynchronous fs operations waiting for their pool job to complete.
    pub fs_jobs: crate::DetMap<TaskId, crate::vfs::FsOp>,
    /// Asynchronous fs calls whose arguments were already invalid (reported when the job completes).
    pub fs_errors: crate::DetMap<TaskId, crate::vfs::Errno>,
    /// Virtual network deliveries, close callbacks and handle refs.
    pub net: net::NetIo,
    /// The mailboxes of this thread's workers (until each one's `'exit'` is delivered).
    pub workers: Vec<std::rc::Rc<RefCell<workers::Link>>>,
    /// In a worker engine: the mailbox shared with its parent (stdout and stderr go there too).
    pub parent: Option<std::rc::Rc<RefCell<workers::Link>>>,
    /// Deadlines of workers blocked in `Atomics.wait` with a timeout while this (parent) thread runs on: its
    /// poll phase wakes at them, so the worker's wait ends on time (`engine/atomics.rs`).
    pub wake_bounds: Vec<u64>,
}

impl Host {
    pub(crate) fn new(config: Config, record: bool, sink: Box<dyn OutputSink>) -> Self {
        let max_events = config.limits.trace_events;
        let threads = config.threadpool.max(1);
        let seed = config.seed;
        let clock = VirtualClock::default();
        let vfs = crate::vfs::MemFs::new(clock.clone(), config.limits.vfs_bytes);
        Host {
            config,
            clock,
            costs: CostModel::DEFAULT,
            recorder: Recorder::new(record, max_events),
            calls: calls::CallStack::default(),
            next_fn: 0,
            fn_defs: crate::DetMap::default(),
            running: Vec::new(),
            async_ids: async_ids::AsyncIds::default(),
            sink,
            stdout: String::new(),
            stderr: String::new(),
            output_bytes: 0,
            next_task: 1,
            ticks: VecDeque::new(),
            rejection_to_warn: false,
            write_tick: false,
            timers: Timers::default(),
            immediates: Immediates::default(),
            pool: ThreadPool::new(threads),
            loop_time_ms: 0,
            iteration: 0,
            loop_start_ns: None,
            idle_ns: 0,
            steps: 0,
            stop: None,
            labels: crate::DetMap::default(),
            rng: seed ^ 0x9E37_79B9_7F4A_7C15,
            vfs,
            fs_jobs: crate::DetMap::default(),
            fs_errors: crate::DetMap::default(),
            net: net::NetIo::default(),
            workers: Vec::new(),
            parent: None,
            wake_bounds: Vec::new(),
        }
    }

    /// Next value of the scenario's seeded generator (SplitMix64).
    pub(crate) fn next_random(&mut self) -> u64 {
        self.rng = self.rng.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.rng;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Current virtual time.
    pub(crate) fn now(&self) -> VTime {
        VTime(self.clock.now_ns())
    }

    /// Records an event at the current virtual time.
    pub(crate) fn emit(&mut self, mut event: TraceEvent) {
        match &mut event {
            TraceEvent::TaskQueued { trigger, .. } if trigger.is_none() => {
                *trigger = self.running.last().copied();
            }
            TraceEvent::TaskStarted { task, queue, .. } if *queue != Queue::ThreadPool => {
                self.running.push(*task);
            }
            TraceEvent::TaskFinished { task, queue, .. } if *queue != Queue::ThreadPool => {
                self.calls.settle();
                if let Some(pos) = self.running.iter().rposition(|t| t == task) {
                    self.running.truncate(pos);
                }
            }
            _ => {}
        }
        let at = self.now();
        if !self.recorder.push(at, event) && self.stop.is_none() {
            let n = self.config.limits.trace_events;
            self.stop = Some(Stop::Limit {
                limit: "traceEvents",
                message: format!(
                    "stopped after recording {n} trace events (limits.traceEvents); raise it in the scenario config to record longer runs"
                ),
            });
        }
        if self.recorder.pending() >= TRACE_BATCH && self.sink.streams_trace() {
            self.flush_trace();
        }
    }

    /// Hands the events recorded so far to a streaming sink.
    pub(crate) fn flush_trace(&mut self) {
        if self.sink.streams_trace() && self.recorder.pending() > 0 {
            let batch = self.recorder.take();
            self.sink.trace_batch(batch);
        }
    }

    /// A fresh task id.
    pub(crate) fn new_task(&mut self) -> TaskId {
        let id = TaskId(self.next_task);
        self.next_task += 1;
        id
    }

    /// Records that `task` was queued in `queue`.
    pub(crate) fn queued(
        &mut self,
        task: TaskId,
        queue: Queue,
        label: String,
        site: Option<SourceLoc>,
    ) {
        self.queued_with(task, queue, label, site, None, None);
    }

    /// Records a queued task with a due time and/or modelled duration.
    pub(crate) fn queued_with(
        &mut self,
        task: TaskId,
        queue: Queue,
        label: String,
        site: Option<SourceLoc>,
        due: Option<VTime>,
        duration: Option<VTime>,
    ) {
        if self.recorder.enabled() {
            self.labels.insert(task, label.clone());
            self.emit(TraceEvent::TaskQueued {
                task,
                queue,
                label,
                site,
                due,
                duration,
                trigger: None,
            });
        }
    }

    /// `uv_update_time` + `uv_now`: refreshes the cached loop time from the virtual clock.
    pub(crate) fn libuv_now(&mut self) -> u64 {
        self.loop_time_ms = self.clock.now_ns() / 1_000_000;
        self.loop_time_ms
    }

    /// `executionAsyncId()`: the running task (the main module is task 1, as in node), or 0 between tasks.
    pub(crate) fn execution_async_id(&self) -> u64 {
        self.running.last().map_or(0, |t| t.0)
    }

    /// Charges one host call to the virtual clock.
    /// Also enforces `limits.heapBytes` against the embedder's heap probe, so a script that keeps buffering
    /// (a producer ignoring backpressure) stops with a clear message at its next host call.
    pub(crate) fn charge_host_call(&mut self) {
        self.clock.advance(self.costs.host_call_ns);
        let limit = self.config.limits.heap_bytes;
        if self.stop.is_none() && crate::heap_probe() > limit {
            self.stop = Some(Stop::Limit {
                limit: "heapBytes",
                message: format!(
                    "stopped: the heap grew past {} MiB (limits.heapBytes); raise it in the scenario config if this is expected",
                    limit / (1024 * 1024)
                ),
            });
        }
    }

    /// Charges a callback entry and counts a step; sets a stop when a limit is exceeded.
    pub(crate) fn charge_callback(&mut self) {
        self.clock.advance(self.costs.callback_ns);
        self.steps += 1;
        if self.steps > self.config.limits.steps && self.stop.is_none() {
            let n = self.config.limits.steps;
            self.stop = Some(Stop::Limit {
                limit: "steps",
                message: format!("stopped after {n} callbacks (limits.steps); raise it in the scenario config to run longer"),
            });
        }
    }

    /// Writes program output (console, process.stdout/stderr).
    pub(crate) fn write(&mut self, stream: Stream, text: &str) {
        self.output_bytes += text.len() as u64;
        if self.output_bytes > self.config.limits.output_bytes {
            if self.stop.is_none() {
                let n = self.config.limits.output_bytes;
                self.stop = Some(Stop::Limit {
                    limit: "outputBytes",
                    message: format!(
                        "stopped after {n} bytes of output (limits.outputBytes); raise it in the scenario config to print more"
                    ),
                });
            }
            return;
        }
        if let Some(link) = &self.parent {
            // A worker's output reaches the process through its parent thread.
            let item = match stream {
                Stream::Stdout => workers::ToParent::Stdout(text.to_string()),
                Stream::Stderr => workers::ToParent::Stderr(text.to_string()),
            };
            link.borrow_mut().post_to_parent(self.clock.now_ns(), item);
            return;
        }
        match stream {
            Stream::Stdout => self.stdout.push_str(text),
            Stream::Stderr => self.stderr.push_str(text),
        }
        self.sink.write(stream, text);
        if self.recorder.enabled() {
            self.emit(TraceEvent::Output {
                stream,
                text: text.to_string(),
            });
        }
    }

    /// Whether the loop has ref'd work left (libuv's `uv_loop_alive`).
    pub(crate) fn loop_alive(&self) -> bool {
        self.timers.keeps_alive()
            || self.immediates.keeps_alive()
            || self.pool.busy()
            || self.async_ids.destroys_pending()
            || self.net.keeps_alive()
            || self.workers_alive()
    }

    /// Whether a ref'd worker has not yet delivered its `'exit'`.
    pub(crate) fn workers_alive(&self) -> bool {
        self.workers.iter().any(|l| {
            let l = l.borrow();
            l.refed && !l.exited
        })
    }

    /// When the next item from a worker (for a parent) or from the parent (for a worker) is due, or a waiting
    /// worker's `Atomics.wait` times out.
    pub(crate) fn next_mail(&self) -> Option<u64> {
        let from_workers = self
            .workers
            .iter()
            .filter_map(|l| l.borrow().next_for_parent())
            .min();
        let from_parent = self
            .parent
            .as_ref()
            .and_then(|l| l.borrow().next_for_worker());
        let wake = self.wake_bounds.iter().min().copied();
        from_workers
            .into_iter()
            .chain(from_parent)
            .chain(wake)
            .min()
    }
}
