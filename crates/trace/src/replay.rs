//! The playground's model of a trace: the single copy of the events plus append-only indexes, and the
//! state of every panel at any cursor, computed as a fold from the nearest checkpoint (so scrubbing is
//! instant in both directions and nothing is re-run).

use std::collections::HashMap;

use std::collections::{BTreeMap, VecDeque};

use crate::event::{Phase, Queue, SourceLoc, Stamped, Stream, TaskId, TraceEvent, VTime, WorkerId};
use crate::streams::StreamsSnapshot;

/// Events between two stored checkpoints, at least (more when the state is big: see `push_batch`).
const CHECKPOINT_EVERY: usize = 1024;

/// One frame of the call stack at the cursor, outermost first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StackEntry {
    /// A callback run by the loop (or the main module), from `queue`.
    Task { task: TaskId, queue: Queue },
    /// An instrumented JavaScript function call.
    Func(u32),
}

/// A task waiting in (or, for the thread pool, running from) a queue. Small and `Copy`: labels and sites are
/// looked up in the [`Replay`]'s index, so checkpoints stay cheap even with thousands of queued tasks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QueuedRef {
    pub task: TaskId,
    /// For timers: when it becomes runnable; for pool jobs: when the job is done.
    pub due: Option<VTime>,
    /// For thread-pool jobs: the worker running it, once started.
    pub worker: Option<WorkerId>,
}

/// Everything the panels show at one cursor position, except what is read from the indexes.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ViewState {
    /// How many events have been applied.
    pub applied: usize,
    /// Virtual time of the last applied event.
    pub at: VTime,
    /// Loop iteration (1-based; 0 before the loop starts).
    pub iteration: u64,
    /// The phase the loop is in (entered and not yet left).
    pub phase: Option<Phase>,
    /// The queues in run order (timers sorted by due time) and the thread pool (jobs with their worker once
    /// started).
    pub queues: BTreeMap<Queue, VecDeque<QueuedRef>>,
    pub stack: Vec<StackEntry>,
    pub streams: StreamsSnapshot,
    /// Bytes of everything written to stdout and stderr so far.
    pub output_bytes: u64,
    pub exited: Option<i32>,
    /// The message of a limit that stopped the run.
    pub limit: Option<String>,
    /// The last error that reached the top level.
    pub uncaught: Option<String>,
}

impl ViewState {
    /// Applies the next event.
    pub fn apply(&mut self, s: &Stamped) {
        self.applied += 1;
        self.at = s.at;
        self.streams.apply(&s.event);
        match &s.event {
            TraceEvent::TaskQueued {
                task, queue, due, ..
            } => {
                let list = self.queues.entry(*queue).or_default();
                let item = QueuedRef {
                    task: *task,
                    due: *due,
                    worker: None,
                };
                if *queue == Queue::Timers {
                    // Stable: equal due times keep insertion order.
                    let pos = list.partition_point(|t| t.due <= *due);
                    list.insert(pos, item);
                } else {
                    list.push_back(item);
                }
            }
            TraceEvent::TaskStarted {
                task,
                queue: Queue::ThreadPool,
                worker,
            } => {
                if let Some(t) = self
                    .queues
                    .get_mut(&Queue::ThreadPool)
                    .and_then(|l| l.iter_mut().find(|t| t.task == *task))
                {
                    t.worker = *worker;
                }
            }
            TraceEvent::TaskFinished {
                task,
                queue: Queue::ThreadPool,
                ..
            }
            | TraceEvent::TaskCancelled {
                task,
                queue: Queue::ThreadPool,
            } => {
                self.remove(Queue::ThreadPool, *task);
            }
            TraceEvent::TaskCancelled { task, queue } => self.remove(*queue, *task),
            TraceEvent::PhaseEntered { iteration, phase } => {
                self.iteration = *iteration;
                self.phase = Some(*phase);
            }
            TraceEvent::PhaseLeft { .. } => self.phase = None,
            TraceEvent::TaskStarted { task, queue, .. } => {
                self.remove(*queue, *task);
                self.stack.push(StackEntry::Task {
                    task: *task,
                    queue: *queue,
                });
            }
            TraceEvent::TaskFinished { task, .. } => {
                let pos = self
                    .stack
                    .iter()
                    .rposition(|e| matches!(e, StackEntry::Task { task: t, .. } if t == task));
                if let Some(pos) = pos {
                    self.stack.truncate(pos);
                }
            }
            TraceEvent::FnEnter { func } => self.stack.push(StackEntry::Func(*func)),
            TraceEvent::FnExit { func } if self.stack.last() == Some(&StackEntry::Func(*func)) => {
                self.stack.pop();
            }
            TraceEvent::Output { text, .. } => self.output_bytes += text.len() as u64,
            TraceEvent::Exited { code } => self.exited = Some(*code),
            TraceEvent::LimitReached { message, .. } => self.limit = Some(message.clone()),
            TraceEvent::UncaughtError { message, .. } => self.uncaught = Some(message.clone()),
            _ => {}
        }
    }

    fn remove(&mut self, queue: Queue, task: TaskId) {
        if let Some(list) = self.queues.get_mut(&queue) {
            // Tasks usually leave from the front.
            if let Some(pos) = list.iter().position(|t| t.task == task) {
                list.remove(pos);
            }
        }
    }

    /// Tasks waiting in `queue`, in run order.
    pub fn waiting(&self, queue: Queue) -> impl Iterator<Item = &QueuedRef> + '_ {
        self.queues.get(&queue).into_iter().flatten()
    }

    /// How many tasks wait in `queue`.
    pub fn waiting_len(&self, queue: Queue) -> usize {
        self.queues.get(&queue).map_or(0, VecDeque::len)
    }

    /// Roughly how many items a clone of this state copies (queued tasks, frames, streams).
    pub fn weight(&self) -> usize {
        self.queues.values().map(VecDeque::len).sum::<usize>()
            + self.stack.len()
            + self.streams.streams.len()
    }

    /// The innermost running callback (not a function call).
    pub fn current_task(&self) -> Option<(TaskId, Queue)> {
        self.stack.iter().rev().find_map(|e| match e {
            StackEntry::Task { task, queue } => Some((*task, *queue)),
            StackEntry::Func(_) => None,
        })
    }
}

/// A phase visit or a callback, for drawing the timeline's bands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Band {
    pub phase: Phase,
    /// Index of the `PhaseEntered` event.
    pub from: usize,
    /// Index of the matching `PhaseLeft` event (or the last event while it is open).
    pub to: usize,
}

/// The playground's trace: events in order plus indexes, growing batch by batch while the run streams in.
#[derive(Debug, Default)]
pub struct Replay {
    events: Vec<Stamped>,
    /// Label and scheduling site per (task, queue): a pool job's completion reuses its id in the poll queue.
    labels: HashMap<(TaskId, Queue), (String, Option<SourceLoc>)>,
    funcs: HashMap<u32, (String, SourceLoc)>,
    /// The first instrumented function each task called: where its callback is defined.
    callees: HashMap<TaskId, u32>,
    /// Indexes of `Output` events.
    outputs: Vec<usize>,
    /// Indexes of `MemorySample` events.
    samples: Vec<usize>,
    /// Indexes of network events (`Socket`, `HttpRequest`, `HttpPool`).
    net: Vec<usize>,
    /// Indexes of main-thread `TaskStarted` events (callback boundaries for "next callback").
    callbacks: Vec<usize>,
    /// Indexes of the first `PhaseEntered` of each loop iteration.
    iterations: Vec<usize>,
    bands: Vec<Band>,
    /// States at increasing `applied` positions (the first is the empty state).
    checkpoints: Vec<ViewState>,
    since_checkpoint: usize,
    live: ViewState,
}

impl Replay {
    /// An empty trace.
    pub fn new() -> Self {
        Replay {
            checkpoints: vec![ViewState::default()],
            ..Default::default()
        }
    }

    /// Appends a batch (events must continue the sequence; out-of-order events are still kept in order given).
    pub fn push_batch(&mut self, batch: Vec<Stamped>) {
        self.events.reserve(batch.len());
        for s in batch {
            let i = self.events.len();
            match &s.event {
                TraceEvent::TaskQueued {
                    task,
                    queue,
                    label,
                    site,
                    ..
                } => {
                    self.labels
                        .insert((*task, *queue), (label.clone(), site.clone()));
                }
                TraceEvent::FnDefined { func, name, site } => {
                    self.funcs.insert(*func, (name.clone(), site.clone()));
                }
                TraceEvent::Output { .. } => self.outputs.push(i),
                TraceEvent::MemorySample { .. } => self.samples.push(i),
                TraceEvent::Socket { .. }
                | TraceEvent::HttpRequest { .. }
                | TraceEvent::HttpPool { .. } => self.net.push(i),
                TraceEvent::TaskStarted { queue, .. } if *queue != Queue::ThreadPool => {
                    self.callbacks.push(i)
                }
                TraceEvent::PhaseEntered { iteration, phase } => {
                    if self.live.iteration != *iteration {
                        self.iterations.push(i);
                    }
                    self.bands.push(Band {
                        phase: *phase,
                        from: i,
                        to: i,
                    });
                }
                TraceEvent::PhaseLeft { .. } => {
                    if let Some(b) = self.bands.last_mut() {
                        b.to = i;
                    }
                }
                TraceEvent::FnEnter { func } => {
                    if let Some(StackEntry::Task { task, .. }) = self.live.stack.last() {
                        self.callees.entry(*task).or_insert(*func);
                    }
                }
                _ => {}
            }
            self.live.apply(&s);
            self.events.push(s);
            // A checkpoint after at least as many events as it holds items: all checkpoints together stay
            // within a small multiple of the trace's size (170k queued immediates do not get copied 1000 times),
            // and reaching any cursor costs at most about one checkpoint's size in applied events.
            self.since_checkpoint += 1;
            if self.since_checkpoint >= CHECKPOINT_EVERY.max(self.live.weight()) {
                self.checkpoints.push(self.live.clone());
                self.since_checkpoint = 0;
            }
        }
    }

    /// All events so far.
    pub fn events(&self) -> &[Stamped] {
        &self.events
    }

    /// Number of events.
    pub fn len(&self) -> usize {
        self.events.len()
    }

    /// True before the first event arrives.
    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    /// The state after the first `applied` events (clamped to the trace length).
    pub fn view_at(&self, applied: usize) -> ViewState {
        let applied = applied.min(self.events.len());
        if applied == self.events.len() {
            return self.live.clone();
        }
        let k = self
            .checkpoints
            .partition_point(|c| c.applied <= applied)
            .saturating_sub(1);
        let mut state = self.checkpoints.get(k).cloned().unwrap_or_default();
        for s in &self.events[state.applied..applied] {
            state.apply(s);
        }
        state
    }

    /// The label and call site of a task queued in `queue`.
    pub fn label(&self, task: TaskId, queue: Queue) -> Option<&(String, Option<SourceLoc>)> {
        self.labels.get(&(task, queue))
    }

    /// The name and body site of an instrumented function.
    pub fn func(&self, func: u32) -> Option<&(String, SourceLoc)> {
        self.funcs.get(&func)
    }

    /// Where the callback a task runs is defined (known once the task has run, which in a replay of a finished
    /// run is always; a queue chip without a scheduling site shows this).
    pub fn callback_site(&self, task: TaskId) -> Option<&SourceLoc> {
        self.callees
            .get(&task)
            .and_then(|f| self.funcs.get(f))
            .map(|(_, s)| s)
    }

    /// Name and site of a stack entry, as the call-stack panel shows it.
    pub fn describe(&self, entry: StackEntry) -> (String, Option<SourceLoc>) {
        match entry {
            StackEntry::Task {
                queue: Queue::Main, ..
            } => ("(main module)".to_string(), None),
            StackEntry::Task { task, queue } => {
                let (name, site) = self
                    .label(task, queue)
                    .cloned()
                    .unwrap_or_else(|| (queue.name().to_string(), None));
                (name, site.or_else(|| self.callback_site(task).cloned()))
            }
            StackEntry::Func(f) => self.func(f).map_or_else(
                || (format!("function #{f}"), None),
                |(n, s)| (n.clone(), Some(s.clone())),
            ),
        }
    }

    /// Output written within the first `applied` events: (stream, text) in order.
    pub fn output_upto(
        &self,
        applied: usize,
    ) -> impl DoubleEndedIterator<Item = (Stream, &str)> + '_ {
        let n = self.outputs.partition_point(|&i| i < applied);
        self.outputs[..n]
            .iter()
            .filter_map(|&i| match &self.events[i].event {
                TraceEvent::Output { stream, text } => Some((*stream, text.as_str())),
                _ => None,
            })
    }

    /// Number of output events within the first `applied` events.
    pub fn output_count(&self, applied: usize) -> usize {
        self.outputs.partition_point(|&i| i < applied)
    }

    /// The virtual network after the first `applied` events (folds only the network events).
    pub fn network_upto(&self, applied: usize) -> crate::NetView {
        let mut v = crate::NetView::default();
        let end = self.net.partition_point(|&i| i < applied);
        for &i in &self.net[..end] {
            v.apply(&self.events[i]);
        }
        v
    }

    /// Whether the trace has any network events.
    pub fn has_network(&self) -> bool {
        !self.net.is_empty()
    }

    /// Memory samples within the first `applied` events: (time, heap bytes, vfs bytes).
    pub fn samples_upto(&self, applied: usize) -> impl Iterator<Item = (VTime, u64, u64)> + '_ {
        let n = self.samples.partition_point(|&i| i < applied);
        self.samples[..n]
            .iter()
            .filter_map(|&i| match &self.events[i].event {
                TraceEvent::MemorySample {
                    heap_bytes,
                    vfs_bytes,
                } => Some((self.events[i].at, *heap_bytes, *vfs_bytes)),
                _ => None,
            })
    }

    /// Phase visits, in order.
    pub fn bands(&self) -> &[Band] {
        &self.bands
    }

    /// Cursor after the next callback starts (`applied` counts events; the result includes the start event).
    pub fn next_callback(&self, applied: usize) -> Option<usize> {
        let n = self.callbacks.partition_point(|&i| i < applied);
        self.callbacks.get(n).map(|&i| i + 1)
    }

    /// Cursor just after the previous callback start before `applied`.
    pub fn prev_callback(&self, applied: usize) -> Option<usize> {
        let n = self.callbacks.partition_point(|&i| i + 1 < applied);
        n.checked_sub(1).map(|k| self.callbacks[k] + 1)
    }

    /// Cursor at the start of the next loop iteration.
    pub fn next_iteration(&self, applied: usize) -> Option<usize> {
        let n = self.iterations.partition_point(|&i| i < applied);
        self.iterations.get(n).map(|&i| i + 1)
    }

    /// Cursor at the start of the previous loop iteration.
    pub fn prev_iteration(&self, applied: usize) -> Option<usize> {
        let n = self.iterations.partition_point(|&i| i + 1 < applied);
        n.checked_sub(1).map(|k| self.iterations[k] + 1)
    }

    /// The cursor whose last event is at or before virtual time `t` (for clicking on time axes).
    pub fn cursor_at_time(&self, t: VTime) -> usize {
        self.events.partition_point(|s| s.at <= t)
    }
}

#[cfg(test)]
mod tests;
