//! The main module's run: a CommonJS entry through the bootstrap's `runMain`, an ES module entry through
//! Boa's loader (load → link → evaluate, its failure reported from the microtask queue as node does), and the
//! main task's trace events.

use boa_engine::{js_string, JsError, JsValue};
use looplab_trace::{Outcome, Queue, TaskId, TraceEvent};

use crate::event_loop::CallResult;

use super::Engine;

impl Engine {
    pub(super) fn run_main(&mut self, path: &str, src: &str) {
        let main_task = {
            let mut host = self.sh.host.borrow_mut();
            let t = host.new_task();
            host.queued(t, Queue::Main, format!("main module {path}"), None);
            host.emit(TraceEvent::TaskStarted {
                task: t,
                queue: Queue::Main,
                worker: None,
            });
            host.charge_callback();
            t
        };
        let _ = src;
        let format = self
            .hook("entryFormat", &[JsValue::from(js_string!(path))])
            .ok()
            .map(|v| v.display().to_string())
            .unwrap_or_default();
        if format == "\"module\"" {
            self.run_main_esm(path, main_task);
            return;
        }
        let result = self
            .hook("runMain", &[JsValue::from(js_string!(path))])
            .map(|_| ())
            .map_err(Some);
        let outcome = if result.is_ok() {
            Outcome::Returned
        } else {
            Outcome::Threw
        };
        self.sh.host.borrow_mut().emit(TraceEvent::TaskFinished {
            task: main_task,
            queue: Queue::Main,
            outcome,
        });
        if let Err(Some(e)) = result {
            if self.handle_error(e, true) == CallResult::Stopped {
                return;
            }
        }
        // As after any callback (node's InternalCallbackScope): a checkpoint, then processTicksAndRejections if
        // ticks (or a console write's afterWriteTick) or rejections are pending.
        self.startup_drain = true;
        self.drain_after_callback();
        self.startup_drain = false;
        self.sample_memory();
    }

    /// An ES module entry: load → link → evaluate through Boa; its promise settles in the microtask drain,
    /// which (unlike a CommonJS entry) runs promise jobs before nextTicks, as node does.
    fn run_main_esm(&mut self, path: &str, main_task: TaskId) {
        // Node evaluates an ES module entry from the loader's I/O callback: immediates queued there run
        // before 0/1 ms timers, as in any I/O callback.
        self.sh.host.borrow_mut().config.loop_entry = crate::config::LoopEntry::ImmediateFirst;
        let module = match self.loader.load(path, "", &mut self.ctx) {
            Ok(m) => m,
            Err(e) => {
                self.finish_main(main_task, false);
                self.handle_error(e, true);
                return;
            }
        };
        self.sh.host.borrow_mut().emit(TraceEvent::ModulePhase {
            phase: "evaluate".into(),
            format: "module".into(),
            path: path.to_string(),
        });
        let promise = module.load_link_evaluate(&mut self.ctx);
        // Mark the evaluation promise handled: a failure is an uncaught exception, not a rejection.
        let noop = boa_engine::NativeFunction::from_fn_ptr(|_, _, _| Ok(JsValue::undefined()))
            .to_js_function(self.ctx.realm());
        let _ = promise.catch(noop, &mut self.ctx);
        self.finish_main(main_task, true);
        if !self.run_microtasks() {
            return;
        }
        // An evaluation that failed is reported from the microtask queue (node's module job awaits it), before
        // any nextTick runs.
        let failed = matches!(
            promise.state(),
            boa_engine::builtins::promise::PromiseState::Rejected(_)
        );
        self.esm_entry = Some(promise);
        if failed {
            self.settle_esm_entry();
            if self.sh.host.borrow().stop.is_some() {
                return;
            }
        }
        self.startup_drain = true;
        self.process_ticks_and_rejections();
        self.startup_drain = false;
        self.sample_memory();
        self.settle_esm_entry();
    }

    /// Reports the ES module entry's failure once its evaluation promise has rejected.
    pub(super) fn settle_esm_entry(&mut self) {
        let Some(promise) = &self.esm_entry else {
            return;
        };
        match promise.state() {
            boa_engine::builtins::promise::PromiseState::Pending => {}
            boa_engine::builtins::promise::PromiseState::Fulfilled(_) => self.esm_entry = None,
            boa_engine::builtins::promise::PromiseState::Rejected(e) => {
                self.esm_entry = None;
                if self.sh.host.borrow().stop.is_none() {
                    // A missing export fails the link step: node's wording names the importing module.
                    let e = self
                        .hook("esmLinkError", std::slice::from_ref(&e))
                        .unwrap_or(e);
                    // node reports it from the module job's rejected promise: handlers see that origin.
                    self.error_origin = Some("unhandledRejection");
                    self.handle_error(JsError::from_opaque(e), false);
                    self.error_origin = None;
                }
            }
        }
    }

    fn finish_main(&mut self, task: TaskId, ok: bool) {
        let outcome = if ok {
            Outcome::Returned
        } else {
            Outcome::Threw
        };
        self.sh.host.borrow_mut().emit(TraceEvent::TaskFinished {
            task,
            queue: Queue::Main,
            outcome,
        });
    }
}
