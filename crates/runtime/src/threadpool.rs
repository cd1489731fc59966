//! The libuv thread pool model: `size` virtual workers take jobs from one FIFO queue; each job has a modelled
//! duration in virtual time, and its completion is delivered to the poll phase. Five jobs on four workers
//! finish in two waves, as in Node.

use std::collections::VecDeque;

use looplab_trace::{Outcome, Queue, TaskId, TraceEvent, VTime, WorkerId};

use crate::host::Recorder;

#[derive(Debug, Clone, Copy)]
struct Running {
    task: TaskId,
    done_at: u64,
}

/// Virtual workers plus the waiting queue.
#[derive(Debug)]
pub(crate) struct ThreadPool {
    size: usize,
    /// The size is fixed by the first job (Node reads `UV_THREADPOOL_SIZE` once, on first use).
    started: bool,
    workers: Vec<Option<Running>>,
    waiting: VecDeque<(TaskId, u64)>,
    /// Finished jobs whose callbacks the poll phase has not run yet, in completion order.
    completed: VecDeque<TaskId>,
}

impl ThreadPool {
    pub(crate) fn new(size: u32) -> Self {
        let size = size.clamp(1, 1024) as usize;
        ThreadPool {
            size,
            started: false,
            workers: vec![None; size],
            waiting: VecDeque::new(),
            completed: VecDeque::new(),
        }
    }

    /// Sets the size before first use (from `process.env.UV_THREADPOOL_SIZE`). Ignored afterwards.
    pub(crate) fn configure(&mut self, size: u32) {
        if !self.started {
            let size = size.clamp(1, 1024) as usize;
            self.size = size;
            self.workers = vec![None; size];
        }
    }

    pub(crate) fn started(&self) -> bool {
        self.started
    }

    /// Queues a job taking `duration_ns`; starts it at once if a worker is free.
    pub(crate) fn submit(
        &mut self,
        task: TaskId,
        duration_ns: u64,
        now_ns: u64,
        rec: &mut Recorder,
    ) {
        self.started = true;
        self.waiting.push_back((task, duration_ns));
        self.start_waiting(now_ns, rec);
    }

    fn start_waiting(&mut self, at_ns: u64, rec: &mut Recorder) {
        for (i, slot) in self.workers.iter_mut().enumerate() {
            if slot.is_some() {
                continue;
            }
            let Some((task, duration)) = self.waiting.pop_front() else {
                break;
            };
            *slot = Some(Running {
                task,
                done_at: at_ns.saturating_add(duration),
            });
            rec.push(
                VTime(at_ns),
                TraceEvent::TaskStarted {
                    task,
                    queue: Queue::ThreadPool,
                    worker: Some(WorkerId(i as u32)),
                },
            );
        }
    }

    /// Completes every job due by `now_ns`, in time order; freed workers pick up waiting jobs at the
    /// moment they become free.
    pub(crate) fn advance(&mut self, now_ns: u64, rec: &mut Recorder) {
        loop {
            let next = self
                .workers
                .iter()
                .enumerate()
                .filter_map(|(i, w)| w.map(|r| (r.done_at, i)))
                .filter(|(done, _)| *done <= now_ns)
                .min();
            let Some((done_at, i)) = next else { break };
            if let Some(r) = self.workers[i].take() {
                rec.push(
                    VTime(done_at),
                    TraceEvent::TaskFinished {
                        task: r.task,
                        queue: Queue::ThreadPool,
                        outcome: Outcome::Returned,
                    },
                );
                self.completed.push_back(r.task);
            }
            self.start_waiting(done_at, rec);
        }
    }

    /// When the next running job finishes.
    pub(crate) fn next_completion(&self) -> Option<u64> {
        self.workers
            .iter()
            .filter_map(|w| w.map(|r| r.done_at))
            .min()
    }

    pub(crate) fn has_completed(&self) -> bool {
        !self.completed.is_empty()
    }

    pub(crate) fn pop_completed(&mut self) -> Option<TaskId> {
        self.completed.pop_front()
    }

    /// Jobs queued, running or awaiting their callback keep the loop alive.
    pub(crate) fn busy(&self) -> bool {
        !self.waiting.is_empty()
            || !self.completed.is_empty()
            || self.workers.iter().any(Option::is_some)
    }

    #[allow(dead_code)]
    pub(crate) fn size(&self) -> usize {
        self.size
    }
}
