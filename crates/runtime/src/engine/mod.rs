//! The only place that knows Boa: builds the context, installs the host functions and the bootstrap JS, runs
//! the main module and callbacks, and drains nextTicks + microtasks exactly where Node does.

mod array_sort;
mod async_context;
mod async_hooks;
mod atomics;
mod bytes;
mod calls;
mod cipher;
mod collation;
mod crypto;
mod drain;
mod entry;
mod errors;
mod esm;
mod esm_tla;
mod executor;
mod fs;
mod hooks;
mod intl;
mod listeners;
mod math;
mod memory;
mod microtasks;
mod natives;
mod natives_source;
mod natives_timers;
mod net;
mod number_fixed;
mod parse_int;
mod perf;
mod receivers;
mod scripts;
mod session;
mod store;
mod streams;
mod string_append;
mod string_search;
mod string_width;
mod symbols;
mod syntax;
mod timsort;
mod trig;
mod workers;
mod zlib;
mod zlib_diagnose;
mod zlib_stream;

use std::cell::RefCell;
use std::rc::Rc;

use boa_engine::{js_string, Context, JsError, JsObject, JsValue};
use looplab_trace::{Outcome, Queue, SourceLoc, TaskId, TraceEvent};

use crate::config::Scenario;
use crate::error::RuntimeError;
use crate::event_loop::{self, CallResult, Js};
use crate::host::{Host, Stop};

use executor::Executor;
pub(crate) use scripts::{eval_internal, LAZY_MODULES, STREAM_MODULES};
use scripts::{BOOTSTRAP, CONSOLE, INSPECT, MODULES};
pub(crate) use session::run_scenario;
pub use session::{prepare, Prepared};
pub(crate) use store::{Callback, Store};

/// Lines added before user code by the CommonJS wrapper (positions reported to users subtract it).
pub(crate) const WRAPPER_LINES: u32 = 1;

/// State reachable from native functions through the context.
#[derive(Clone)]
pub(crate) struct Shared {
    pub host: Rc<RefCell<Host>>,
    pub store: Rc<RefCell<Store>>,
    pub executor: Rc<Executor>,
    /// The object the bootstrap returned: `onUncaught`, `onRejection`, `processRejections`, `emit`...
    pub js_hooks: Rc<RefCell<Option<JsObject>>>,
    /// The scenario's source files (for error source lines); filled in when the scenario is attached.
    pub files: Rc<RefCell<std::collections::BTreeMap<String, String>>>,
    /// The current async context frame (AsyncLocalStorage), see `async_context.rs`.
    pub frame: Rc<RefCell<JsValue>>,
    /// Column maps of instrumented user files (`calls.rs`).
    pub columns: calls::Columns,
    /// The ES module loader (also the context's), for `require()` of an ES module.
    pub loader: Rc<esm::VfsLoader>,
    /// The receiver of each user function on the stack, by depth (`receivers.rs`).
    pub receivers: Rc<RefCell<Vec<JsValue>>>,
    /// This thread's workers (`workers.rs`).
    pub workers: Rc<RefCell<Vec<workers::WorkerRun>>>,
    /// Objects every thread's engine sees as the same object (SharedArrayBuffers sent to a worker).
    pub handles: Handles,
}

/// What threads share: objects by index, and who waits in `Atomics.wait` (`atomics.rs`).
pub(crate) type Handles = Rc<atomics::Threads>;

pub(crate) fn shared(context: &Context) -> Option<Shared> {
    context.get_data::<Shared>().cloned()
}

struct Engine {
    ctx: Context,
    sh: Shared,
    loader: Rc<esm::VfsLoader>,
    /// Heap bytes after the last collection Looplab asked for (see [`memory`]).
    gc_baseline: std::cell::Cell<u64>,
    /// An ES module entry's evaluation promise while a top-level await keeps it pending: a later rejection is
    /// an uncaught exception, and the loop running dry under it exits with code 13.
    esm_entry: Option<boa_engine::object::builtins::JsPromise>,
    /// The drain after the main module: a tick that throws there (into an 'uncaughtException' listener) leaves
    /// the rest of the queue for the next callback, as node's startup does; elsewhere node's callback scope
    /// goes on draining once the listener returned.
    startup_drain: bool,
    /// Where node's JS is calling `runNextTicks()` from, while the loop drains between two timers or
    /// immediates (`drain.rs`).
    ticks_site: Option<crate::event_loop::TicksSite>,
    /// The origin `'uncaughtException'` handlers are told, when not that (an ES module entry's rejection).
    error_origin: Option<&'static str>,
}

impl Engine {
    /// Runs the bootstrap; returns the `host` object it was given (its `stdin` is read lazily).
    fn bootstrap(&mut self, scenario: &Scenario) -> Result<JsObject, RuntimeError> {
        let host_obj = natives::install(&mut self.ctx, scenario);
        let inspect = eval_internal(&mut self.ctx, "inspect.js", INSPECT)?;
        let console = eval_internal(&mut self.ctx, "console.js", CONSOLE)?;
        let mut factories = Vec::new();
        for (name, src) in MODULES {
            factories.push(eval_internal(&mut self.ctx, name, src)?);
        }
        let factories = boa_engine::object::builtins::JsArray::from_iter(factories, &mut self.ctx);
        let boot = eval_internal(&mut self.ctx, "bootstrap.js", BOOTSTRAP)?;
        let f = boot
            .as_callable()
            .ok_or_else(|| RuntimeError::Bootstrap("bootstrap.js is not a function".into()))?;
        let hooks = f
            .call(
                &JsValue::undefined(),
                &[host_obj.clone().into(), inspect, console, factories.into()],
                &mut self.ctx,
            )
            .map_err(|e| RuntimeError::Bootstrap(format!("bootstrap.js: {e}")))?;
        let hooks = hooks
            .as_object()
            .ok_or_else(|| RuntimeError::Bootstrap("bootstrap.js returned no hooks".into()))?;
        *self.sh.js_hooks.borrow_mut() = Some(hooks.clone());
        Ok(host_obj)
    }

    /// The bootstrap's `callQueued(queue, f, this, args)` (None before the bootstrap ran).
    /// The bootstrap's `callQueued` hook, or `inSite` (which calls it inside a drain site's trampoline).
    fn queued_caller(&mut self, in_site: bool) -> Option<JsObject> {
        let hooks = self.sh.js_hooks.borrow().clone()?;
        let name = if in_site { "inSite" } else { "callQueued" };
        let f = hooks.get(js_string!(name), &mut self.ctx).ok()?;
        f.as_callable()
    }

    fn hook(&mut self, name: &str, args: &[JsValue]) -> Result<JsValue, JsError> {
        let hooks = self.sh.js_hooks.borrow().clone();
        let Some(hooks) = hooks else {
            return Ok(JsValue::undefined());
        };
        let f = hooks.get(js_string!(name), &mut self.ctx)?;
        match f.as_callable() {
            Some(f) => f.call(&JsValue::undefined(), args, &mut self.ctx),
            None => Ok(JsValue::undefined()),
        }
    }

    /// Routes an error that escaped a callback: limit errors stop the run; JS errors go to the bootstrap's
    /// uncaught-exception logic (listeners, or print + 'exit' + exit code 1).
    fn handle_error(&mut self, err: JsError, sync: bool) -> CallResult {
        if self.sh.host.borrow().stop.is_some() {
            return CallResult::Stopped;
        }
        let throw_frames = if err.as_engine().is_none() {
            errors::throw_frames(&err.to_string(), &self.sh.columns)
        } else {
            String::new()
        };
        let value = if let Some(engine_err) = err.as_engine() {
            let text = engine_err.to_string();
            if text.contains("iteration loops") {
                let n = self.sh.host.borrow().config.limits.loop_iterations;
                self.sh.host.borrow_mut().stop = Some(Stop::Limit {
                    limit: "loopIterations",
                    message: format!(
                        "stopped a loop after {n} iterations (limits.loopIterations): is it infinite? Raise the limit in the scenario config if not"
                    ),
                });
                return CallResult::Stopped;
            }
            if text.contains("recursive calls") || text.contains("stack size") {
                let e = boa_engine::JsNativeError::range()
                    .with_message("Maximum call stack size exceeded");
                let obj = e.into_opaque(&mut self.ctx);
                let stack = js_string!("RangeError: Maximum call stack size exceeded");
                let _ = obj.set(js_string!("stack"), stack, false, &mut self.ctx);
                JsValue::from(obj)
            } else {
                let e = boa_engine::JsNativeError::error()
                    .with_message(format!("internal engine error: {text}"));
                JsValue::from(e.into_opaque(&mut self.ctx))
            }
        } else {
            match err.into_opaque(&mut self.ctx) {
                Ok(v) => v,
                Err(_) => JsValue::undefined(),
            }
        };
        let loc = JsValue::from(js_string!(throw_frames.as_str()));
        let event_origin = self.error_origin.unwrap_or("uncaughtException");
        let handled = match self.hook(
            "onUncaught",
            &[
                value,
                JsValue::from(js_string!("uncaughtException")),
                JsValue::from(sync),
                loc,
                JsValue::from(js_string!(event_origin)),
            ],
        ) {
            Ok(v) => v.to_boolean(),
            Err(_) => false,
        };
        if self.sh.host.borrow().stop.is_some() {
            return CallResult::Stopped;
        }
        if handled {
            CallResult::Threw
        } else {
            // The bootstrap always stops the process when nothing handled the error; be safe.
            self.sh.host.borrow_mut().stop = Some(Stop::Exit(1));
            CallResult::Stopped
        }
    }

    fn call_stored(&mut self, task: TaskId, queue: Queue) -> CallResult {
        // No user frame is left from the previous callback: forget their receivers (errors kept copies).
        receivers::reset(&self.sh);
        let Some(mut cb) = self.sh.store.borrow().get(task) else {
            return CallResult::Returned;
        };
        if queue == Queue::Poll {
            match fs::complete(&self.sh.clone(), task, &mut self.ctx) {
                // callback(resultPair): fs.js turns it into (err, value).
                Ok(Some(args)) => cb.args = args,
                Ok(None) => {}
                Err(e) => return self.handle_error(e, true),
            }
        }
        {
            let mut host = self.sh.host.borrow_mut();
            if host.stop.is_some() {
                return CallResult::Stopped;
            }
            host.emit(TraceEvent::TaskStarted {
                task,
                queue,
                worker: None,
            });
            host.charge_callback();
        }
        let hooked = {
            let h = self.sh.host.borrow();
            if h.async_ids.enabled {
                h.async_ids.kind(task)
            } else {
                None
            }
        };
        let id = JsValue::from(task.0 as f64);
        let mut result = match hooked {
            Some(_) => self
                .hook("asyncBefore", std::slice::from_ref(&id))
                .map(|_| ()),
            None => Ok(()),
        };
        if result.is_ok() {
            // Timers, immediates and ticks are called through the bootstrap's `callQueued`, whose frames an
            // Error made in the callback maps to the ones node's timers and task queue add (bootstrap.js).
            let via = match queue {
                Queue::Timers => Some("timers"),
                Queue::Check => Some("check"),
                Queue::NextTick => Some("nextTick"),
                _ => None,
            };
            // A tick drained by node's JS `runNextTicks()` runs through its site's trampoline (drain.rs).
            let site = self.ticks_site.filter(|_| via == Some("nextTick"));
            let caller = via.and_then(|_| self.queued_caller(site.is_some()));
            result = match (cb.func.as_callable(), caller, via) {
                (Some(f), Some(caller), Some(via)) => {
                    let args = boa_engine::object::builtins::JsArray::from_iter(
                        cb.args.iter().cloned(),
                        &mut self.ctx,
                    );
                    let mut call_args = vec![
                        JsValue::from(js_string!(via)),
                        JsValue::from(f.clone()),
                        cb.this.clone(),
                        args.into(),
                    ];
                    if let Some(site) = site {
                        call_args.splice(
                            0..0,
                            [
                                JsValue::from(js_string!(site.name())),
                                JsValue::from(js_string!("callQueued")),
                            ],
                        );
                    }
                    async_context::call_in(&cb.frame, &mut self.ctx, |ctx| {
                        caller
                            .call(&JsValue::undefined(), &call_args, ctx)
                            .map(|_| ())
                    })
                }
                (Some(f), _, _) => async_context::call_in(&cb.frame, &mut self.ctx, |ctx| {
                    f.call(&cb.this, &cb.args, ctx).map(|_| ())
                }),
                (None, _, _) => Ok(()),
            };
        }
        if let Some(kind) = hooked {
            if result.is_ok() {
                result = self
                    .hook("asyncAfter", std::slice::from_ref(&id))
                    .map(|_| ());
            }
            let mut h = self.sh.host.borrow_mut();
            let one_shot = kind != "Timeout"
                || h.timers
                    .entry(task)
                    .is_none_or(|e| e.repeat.is_none() || e.cleared);
            if one_shot {
                h.async_ids.destroy(task);
            }
        }
        let outcome = if result.is_ok() {
            Outcome::Returned
        } else {
            Outcome::Threw
        };
        self.sh.host.borrow_mut().emit(TraceEvent::TaskFinished {
            task,
            queue,
            outcome,
        });
        match result {
            Ok(()) => {
                if self.sh.host.borrow().stop.is_some() {
                    CallResult::Stopped
                } else {
                    CallResult::Returned
                }
            }
            // The 'uncaughtException' handlers run in the failed callback's async context, as node's do
            // (an AsyncLocalStorage store is still visible there).
            Err(e) => {
                let prev = self.sh.frame.replace(cb.frame.clone());
                let r = self.handle_error(e, true);
                *self.sh.frame.borrow_mut() = prev;
                r
            }
        }
    }

    fn finish(&mut self) {
        let stop = self.sh.host.borrow().stop.clone();
        match stop {
            Some(Stop::Exit(code)) => {
                self.sh.host.borrow_mut().emit(TraceEvent::Exited { code });
            }
            Some(Stop::Limit { limit, message }) => {
                let mut host = self.sh.host.borrow_mut();
                let text = format!("looplab: {message}\n");
                host.stop = None;
                host.recorder.allow_final_events();
                host.config.limits.output_bytes = u64::MAX;
                host.write(looplab_trace::Stream::Stderr, &text);
                host.emit(TraceEvent::LimitReached {
                    limit: limit.to_string(),
                    message,
                });
                host.emit(TraceEvent::Exited { code: 124 });
                host.stop = Some(Stop::Limit {
                    limit,
                    message: text,
                });
            }
            None => {
                // Natural end: emit 'exit' with process.exitCode; node's callback scope around that emit still
                // drains microtasks and reports a rejection a listener left unhandled (nextTick does nothing
                // once the process is exiting).
                // A top-level await still pending: node's exit code 13 unless process.exitCode is set.
                let unsettled = self.esm_entry.is_some();
                let code = match self.hook("emitExit", &[JsValue::from(unsettled)]) {
                    Ok(v) => v.as_number().unwrap_or(0.0) as i32,
                    Err(e) => {
                        // A listener's error: when an 'uncaughtException' handler took it, node exits with
                        // process.exitCode (else the fatal path has set the stop).
                        self.handle_error(e, true);
                        match self.hook("exitCodeNow", &[]) {
                            Ok(v) => v.as_number().unwrap_or(1.0) as i32,
                            Err(_) => 1,
                        }
                    }
                };
                if self.sh.host.borrow().stop.is_none() {
                    self.drain_after_callback();
                }
                let mut host = self.sh.host.borrow_mut();
                let code = match host.stop.clone() {
                    Some(Stop::Exit(c)) => c,
                    _ => code,
                };
                if let Some(Stop::Limit { .. }) = host.stop {
                    drop(host);
                    self.finish();
                    return;
                }
                host.stop = Some(Stop::Exit(code));
                host.emit(TraceEvent::Exited { code });
            }
        }
    }
}

impl Js for Engine {
    fn host(&self) -> &Rc<RefCell<Host>> {
        &self.sh.host
    }

    fn call_task(&mut self, task: TaskId, queue: Queue) -> CallResult {
        self.call_stored(task, queue)
    }

    fn drop_task(&mut self, task: TaskId) {
        self.sh.store.borrow_mut().remove(task);
    }

    fn run_next_ticks(&mut self) {
        self.drain_after_callback();
        self.settle_esm_entry();
        self.sample_memory();
    }

    fn run_next_ticks_at(&mut self, site: crate::event_loop::TicksSite) {
        let outer = self.ticks_site.replace(site);
        self.run_next_ticks();
        self.ticks_site = outer;
    }

    fn emit_before_exit(&mut self) {
        self.emit_before_exit_inner();
    }

    fn flush_async_destroys(&mut self) {
        let ids = self.sh.host.borrow_mut().async_ids.take_destroys();
        if ids.is_empty() {
            return;
        }
        let ids: Vec<JsValue> = ids.iter().map(|t| JsValue::from(t.0 as f64)).collect();
        let arr = boa_engine::object::builtins::JsArray::from_iter(ids, &mut self.ctx);
        if let Err(e) = self.hook("asyncDestroy", &[arr.into()]) {
            self.handle_error(e, true);
        }
    }

    fn advance_workers(&mut self, bound_ns: u64) -> bool {
        let sh = self.sh.clone();
        atomics::parked(self, || workers::advance(&sh, bound_ns))
    }

    fn deliver_mail(&mut self) {
        workers::deliver(self);
    }
}

impl Engine {
    fn emit_before_exit_inner(&mut self) {
        if let Err(e) = self.hook("emitBeforeExit", &[]) {
            self.handle_error(e, true);
        }
        if self.sh.host.borrow().stop.is_none() {
            self.process_ticks_and_rejections();
        }
    }
}

/// The innermost user-code location on the JS stack (skipping Looplab's own `node:` scripts), with the
/// CommonJS wrapper line removed.
pub(crate) fn callsite(ctx: &Context) -> Option<SourceLoc> {
    for frame in ctx.stack_trace() {
        let loc = frame.position();
        let path = loc.path.to_string();
        if path.starts_with("node:") || path.is_empty() || path.starts_with("unknown") {
            continue;
        }
        let pos = loc.position?;
        let column = shared(ctx).map_or(pos.column_number(), |s| {
            calls::original_column(&s.columns, &path, pos.line_number(), pos.column_number())
        });
        return Some(SourceLoc {
            file: path,
            line: pos.line_number().saturating_sub(WRAPPER_LINES),
            column,
        });
    }
    None
}
