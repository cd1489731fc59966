//! JS callbacks waiting in the loop's queues, keyed by the Boa-free [`TaskId`] the phases use.

use boa_engine::JsValue;
use looplab_trace::TaskId;

/// One stored callback: `func.apply(this, args)`, run in the async context `frame` that was current when it
/// was scheduled (AsyncLocalStorage; `undefined` = empty).
#[derive(Clone)]
pub(crate) struct Callback {
    pub func: JsValue,
    pub this: JsValue,
    pub args: Vec<JsValue>,
    pub frame: JsValue,
}

/// Callbacks by task id. Values held here are GC roots until dropped.
#[derive(Default)]
pub(crate) struct Store {
    callbacks: crate::DetMap<TaskId, Callback>,
}

impl Store {
    pub(crate) fn insert(&mut self, task: TaskId, cb: Callback) {
        self.callbacks.insert(task, cb);
    }
    pub(crate) fn get(&self, task: TaskId) -> Option<Callback> {
        self.callbacks.get(&task).cloned()
    }
    pub(crate) fn remove(&mut self, task: TaskId) {
        self.callbacks.remove(&task);
    }
}
