//! Looplab's own Boa `JobExecutor`: promise jobs and `queueMicrotask` callbacks go into one FIFO microtask
//! queue (V8's), which the engine drains at Node's checkpoints. Boa never runs jobs by itself.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use boa_engine::job::{Job, JobExecutor, NativeJob};
use boa_engine::{Context, JsResult};
use looplab_trace::{Queue, TaskId};

use super::shared;

/// A queued microtask.
pub(crate) enum Microtask {
    Promise(boa_engine::job::PromiseJob),
    Native(NativeJob),
    Generic(boa_engine::job::GenericJob),
    /// Module loading steps (Boa's `Job::AsyncJob`); Looplab's loader never waits, so they complete at once.
    Async(boa_engine::job::NativeAsyncJob),
}

/// The microtask queue.
#[derive(Default)]
pub(crate) struct Executor {
    queue: RefCell<VecDeque<(TaskId, Microtask)>>,
    /// While a `require()` of an ES module loads its graph synchronously, module loading steps go here (not
    /// into the microtask queue) and are run at once by `esm::require_esm`.
    sync_loading: std::cell::Cell<bool>,
    loading: RefCell<VecDeque<boa_engine::job::NativeAsyncJob>>,
    /// Microtasks queued and taken so far: `async_stack.js` tells from them whether a job queued at some
    /// moment has run.
    pushed: std::cell::Cell<u64>,
    popped: std::cell::Cell<u64>,
}

impl Executor {
    pub(crate) fn push(&self, task: TaskId, job: Microtask) {
        self.pushed.set(self.pushed.get() + 1);
        self.queue.borrow_mut().push_back((task, job));
    }
    pub(crate) fn pop(&self) -> Option<(TaskId, Microtask)> {
        let job = self.queue.borrow_mut().pop_front();
        if job.is_some() {
            self.popped.set(self.popped.get() + 1);
        }
        job
    }
    /// (microtasks queued so far, microtasks taken so far).
    pub(crate) fn counts(&self) -> (u64, u64) {
        (self.pushed.get(), self.popped.get())
    }
    pub(crate) fn is_empty(&self) -> bool {
        self.queue.borrow().is_empty()
    }
    /// Routes module loading steps to the synchronous queue (`true`) or the microtask queue (`false`).
    pub(crate) fn set_sync_loading(&self, on: bool) {
        self.sync_loading.set(on);
    }
    pub(crate) fn pop_loading(&self) -> Option<boa_engine::job::NativeAsyncJob> {
        self.loading.borrow_mut().pop_front()
    }
}

impl JobExecutor for Executor {
    fn enqueue_job(self: Rc<Self>, job: Job, context: &mut Context) {
        let job = match job {
            Job::AsyncJob(j) if self.sync_loading.get() => {
                self.loading.borrow_mut().push_back(j);
                return;
            }
            other => other,
        };
        let (label, mt) = match job {
            Job::PromiseJob(j) => ("promise reaction", Microtask::Promise(j)),
            Job::GenericJob(j) => ("job", Microtask::Generic(j)),
            Job::AsyncJob(j) => ("module loading", Microtask::Async(j)),
            // Atomics.waitAsync and Boa's own timers are not used by Looplab's host.
            Job::TimeoutJob(_) | Job::IntervalJob(_) => return,
            _ => return,
        };
        let Some(sh) = shared(context) else { return };
        let task = {
            let mut host = sh.host.borrow_mut();
            let task = host.new_task();
            host.queued(task, Queue::Microtask, label.to_string(), None);
            task
        };
        self.push(task, mt);
    }

    fn run_jobs(self: Rc<Self>, _context: &mut Context) -> JsResult<()> {
        // The engine drains the queue itself at Node's checkpoints (see `Engine::run_microtasks`).
        Ok(())
    }
}
