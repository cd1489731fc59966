//! Pure folds over a trace: what is queued where at a given event.

use std::collections::BTreeMap;

use crate::event::{Queue, SourceLoc, Stamped, TaskId, TraceEvent, VTime, WorkerId};

/// One task waiting in (or running from) a queue.
#[derive(Debug, Clone, PartialEq)]
pub struct QueuedTask {
    pub task: TaskId,
    pub label: String,
    pub site: Option<SourceLoc>,
    pub due: Option<VTime>,
    /// For thread-pool jobs: the worker running it, once started.
    pub worker: Option<WorkerId>,
}

/// The content of every queue after a prefix of the trace.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct QueueSnapshot {
    /// Waiting tasks per queue in the order they will run (timers sorted by due time).
    pub queues: BTreeMap<Queue, Vec<QueuedTask>>,
    /// Tasks currently running on the main thread (outermost first).
    pub running: Vec<(Queue, TaskId)>,
}

impl QueueSnapshot {
    /// Tasks waiting in `queue` (empty slice when none).
    pub fn waiting(&self, queue: Queue) -> &[QueuedTask] {
        self.queues.get(&queue).map(Vec::as_slice).unwrap_or(&[])
    }
}

/// Folds the events with `seq <= upto` into a snapshot of every queue.
pub fn queues_at(events: &[Stamped], upto: u64) -> QueueSnapshot {
    let mut snap = QueueSnapshot::default();
    for stamped in events.iter().take_while(|s| s.seq <= upto) {
        apply(&mut snap, &stamped.event);
    }
    for (queue, tasks) in snap.queues.iter_mut() {
        if *queue == Queue::Timers {
            // Stable: equal due times keep insertion order.
            tasks.sort_by_key(|t| t.due);
        }
    }
    snap
}

fn remove(snap: &mut QueueSnapshot, queue: Queue, task: TaskId) {
    if let Some(list) = snap.queues.get_mut(&queue) {
        list.retain(|t| t.task != task);
    }
}

fn apply(snap: &mut QueueSnapshot, event: &TraceEvent) {
    match event {
        TraceEvent::TaskQueued {
            task,
            queue,
            label,
            site,
            due,
            ..
        } => {
            snap.queues.entry(*queue).or_default().push(QueuedTask {
                task: *task,
                label: label.clone(),
                site: site.clone(),
                due: *due,
                worker: None,
            });
        }
        TraceEvent::TaskStarted {
            task,
            queue,
            worker,
        } => {
            if *queue == Queue::ThreadPool {
                if let Some(t) = snap
                    .queues
                    .get_mut(queue)
                    .and_then(|l| l.iter_mut().find(|t| t.task == *task))
                {
                    t.worker = *worker;
                }
            } else {
                remove(snap, *queue, *task);
                snap.running.push((*queue, *task));
            }
        }
        TraceEvent::TaskFinished { task, queue, .. } => {
            if *queue == Queue::ThreadPool {
                remove(snap, *queue, *task);
            } else if let Some(pos) = snap.running.iter().rposition(|(_, t)| t == task) {
                snap.running.remove(pos);
            }
        }
        TraceEvent::TaskCancelled { task, queue } => remove(snap, *queue, *task),
        _ => {}
    }
}
