//! The only place that knows Boa: builds the context, installs the host functions and the bootstrap JS, runs
//! the main module and callbacks, and drains nextTicks + microtasks exactly where Node does.

mod crypto;
mod errors;
mod executor;
mod hooks;
mod natives;
mod store;

use std::cell::RefCell;
use std::path::Path;
use std::rc::Rc;

use boa_engine::{js_string, Context, JsError, JsObject, JsValue, Script, Source};
use looplab_trace::{Outcome, Queue, SourceLoc, TaskId, TraceEvent};

use crate::config::Scenario;
use crate::error::RuntimeError;
use crate::event_loop::{self, CallResult, Js};
use crate::host::{Host, OutputSink, Stop};
use crate::RunResult;

use executor::{Executor, Microtask};
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
    pub files: Rc<std::collections::BTreeMap<String, String>>,
}

pub(crate) fn shared(context: &Context) -> Option<Shared> {
    context.get_data::<Shared>().cloned()
}

struct Engine {
    ctx: Context,
    sh: Shared,
}

const BOOTSTRAP: &str = include_str!("../js/bootstrap.js");
/// Bootstrap modules, in the order they are initialised.
const MODULES: &[(&str, &str)] = &[
    ("errors.js", include_str!("../js/errors.js")),
    ("events.js", include_str!("../js/events.js")),
    ("process.js", include_str!("../js/process.js")),
    ("timers.js", include_str!("../js/timers.js")),
    ("abort.js", include_str!("../js/abort.js")),
    ("buffer.js", include_str!("../js/buffer.js")),
    ("crypto.js", include_str!("../js/crypto.js")),
    ("util.js", include_str!("../js/util.js")),
];
const INSPECT: &str = include_str!("../js/inspect.js");
const CONSOLE: &str = include_str!("../js/console.js");

fn eval_internal(ctx: &mut Context, name: &str, src: &str) -> Result<JsValue, RuntimeError> {
    let path = format!("node:internal/looplab/{name}");
    let script = Script::parse(
        Source::from_bytes(src).with_path(Path::new(&path)),
        None,
        ctx,
    )
    .map_err(|e| RuntimeError::Bootstrap(format!("{name}: {e}")))?;
    script
        .evaluate(ctx)
        .map_err(|e| RuntimeError::Bootstrap(format!("{name}: {e}")))
}

pub(crate) fn run_scenario(
    scenario: &Scenario,
    record: bool,
    sink: Box<dyn OutputSink>,
) -> Result<RunResult, RuntimeError> {
    let entry_src = scenario
        .files
        .get(&scenario.entry)
        .ok_or_else(|| RuntimeError::MissingEntry(scenario.entry.clone()))?
        .clone();
    let config = scenario.config.clone();
    let host = Rc::new(RefCell::new(Host::new(config.clone(), record, sink)));
    let executor = Rc::new(Executor::default());
    let clock = host.borrow().clock.clone();
    let vclock = hooks::VClock {
        clock,
        epoch_ms: config.epoch_ms,
        read_cost_ns: host.borrow().costs.host_call_ns,
    };
    let mut ctx = Context::builder()
        .job_executor(executor.clone())
        .host_hooks(Rc::new(hooks::Hooks))
        .clock(Rc::new(vclock))
        .build()
        .map_err(|e| RuntimeError::Bootstrap(e.to_string()))?;
    {
        let limits = ctx.runtime_limits_mut();
        limits.set_loop_iteration_limit(config.limits.loop_iterations);
        limits.set_recursion_limit(config.limits.call_depth);
        limits.set_stack_size_limit(1024 * 1024);
    }
    let sh = Shared {
        host: host.clone(),
        store: Rc::new(RefCell::new(Store::default())),
        executor,
        js_hooks: Rc::new(RefCell::new(None)),
        files: Rc::new(scenario.files.clone()),
    };
    ctx.insert_data(sh.clone());
    host.borrow_mut().emit(TraceEvent::RunStarted {
        entry: scenario.entry.clone(),
        epoch_ms: config.epoch_ms,
    });

    let mut engine = Engine { ctx, sh };
    engine.bootstrap(scenario)?;
    engine.run_main(&scenario.entry, &entry_src);
    if !event_loop::stopped(&engine) {
        event_loop::run(&mut engine);
    }
    engine.finish();

    let mut h = host.borrow_mut();
    let code = match h.stop.clone() {
        Some(Stop::Exit(code)) => code,
        Some(Stop::Limit { .. }) => 124,
        None => 0,
    };
    let trace = h.recorder.take();
    Ok(RunResult {
        exit_code: code,
        stdout: std::mem::take(&mut h.stdout),
        stderr: std::mem::take(&mut h.stderr),
        trace,
    })
}

impl Engine {
    fn bootstrap(&mut self, scenario: &Scenario) -> Result<(), RuntimeError> {
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
                &[host_obj.into(), inspect, console, factories.into()],
                &mut self.ctx,
            )
            .map_err(|e| RuntimeError::Bootstrap(format!("bootstrap.js: {e}")))?;
        let hooks = hooks
            .as_object()
            .ok_or_else(|| RuntimeError::Bootstrap("bootstrap.js returned no hooks".into()))?;
        *self.sh.js_hooks.borrow_mut() = Some(hooks.clone());
        Ok(())
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

    fn run_main(&mut self, path: &str, src: &str) {
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
        let body = src
            .strip_prefix("#!")
            .map_or_else(|| src.to_string(), |rest| format!("//{rest}"));
        let wrapped = format!(
            "(function __looplab_main__(exports, require, module, __filename, __dirname) {{\n{body}\n}})"
        );
        let parsed = Script::parse(
            Source::from_bytes(&wrapped).with_path(Path::new(path)),
            None,
            &mut self.ctx,
        );
        let result = match parsed {
            Err(e) => {
                let text = errors::syntax_error_text(path, src, &e.to_string());
                self.fatal_text(&text);
                Err(None)
            }
            Ok(script) => match script.evaluate(&mut self.ctx) {
                Err(e) => Err(Some(e)),
                Ok(func) => {
                    let dirname = match path.rfind('/') {
                        Some(0) | None => "/".to_string(),
                        Some(i) => path[..i].to_string(),
                    };
                    let args = [
                        JsValue::from(js_string!(path)),
                        JsValue::from(js_string!(dirname.as_str())),
                    ];
                    match self.hook("makeModule", &args) {
                        Err(e) => Err(Some(e)),
                        Ok(m) => {
                            let m = m.as_object();
                            let get = |ctx: &mut Context, k: &str| {
                                m.as_ref()
                                    .map_or(Ok(JsValue::undefined()), |o| o.get(js_string!(k), ctx))
                            };
                            let call_args: Result<Vec<JsValue>, JsError> =
                                ["exports", "require", "module"]
                                    .iter()
                                    .map(|k| get(&mut self.ctx, k))
                                    .collect();
                            match (call_args, func.as_callable()) {
                                (Ok(mut a), Some(f)) => {
                                    let this = a[0].clone();
                                    a.extend(args);
                                    f.call(&this, &a, &mut self.ctx).map(|_| ()).map_err(Some)
                                }
                                (Err(e), _) => Err(Some(e)),
                                (_, None) => Err(None),
                            }
                        }
                    }
                }
            },
        };
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
        if self.sh.host.borrow().stop.is_none() {
            self.process_ticks_and_rejections();
        }
    }

    /// Prints a fatal message and exits 1 (used where no JS error object exists, e.g. syntax errors).
    fn fatal_text(&mut self, text: &str) {
        let mut host = self.sh.host.borrow_mut();
        host.write(looplab_trace::Stream::Stderr, text);
        host.emit(TraceEvent::UncaughtError {
            origin: looplab_trace::ErrorOrigin::UncaughtException,
            message: text
                .lines()
                .find(|l| l.contains("Error"))
                .unwrap_or(text)
                .to_string(),
            handled: false,
        });
        host.stop = Some(Stop::Exit(1));
    }

    /// Routes an error that escaped a callback: limit errors stop the run; JS errors go to the bootstrap's
    /// uncaught-exception logic (listeners, or print + 'exit' + exit code 1).
    fn handle_error(&mut self, err: JsError, sync: bool) -> CallResult {
        if self.sh.host.borrow().stop.is_some() {
            return CallResult::Stopped;
        }
        let throw_frames = if err.as_engine().is_none() {
            errors::throw_frames(&err.to_string())
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
        let handled = match self.hook(
            "onUncaught",
            &[
                value,
                JsValue::from(js_string!("uncaughtException")),
                JsValue::from(sync),
                loc,
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
        let Some(cb) = self.sh.store.borrow().get(task) else {
            return CallResult::Returned;
        };
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
        let result = match cb.func.as_callable() {
            Some(f) => f.call(&cb.this, &cb.args, &mut self.ctx).map(|_| ()),
            None => Ok(()),
        };
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
            Err(e) => self.handle_error(e, true),
        }
    }

    /// V8's `RunMicrotasks`: runs every queued microtask, including ones queued meanwhile.
    fn run_microtasks(&mut self) -> bool {
        while let Some((task, job)) = self.sh.executor.pop() {
            {
                let mut host = self.sh.host.borrow_mut();
                if host.stop.is_some() {
                    return false;
                }
                host.emit(TraceEvent::TaskStarted {
                    task,
                    queue: Queue::Microtask,
                    worker: None,
                });
                host.charge_callback();
            }
            let result = match job {
                Microtask::Promise(j) => j.call(&mut self.ctx).map(|_| ()),
                Microtask::Native(j) => j.call(&mut self.ctx).map(|_| ()),
                Microtask::Generic(j) => j.call(&mut self.ctx).map(|_| ()),
            };
            let outcome = if result.is_ok() {
                Outcome::Returned
            } else {
                Outcome::Threw
            };
            self.sh.host.borrow_mut().emit(TraceEvent::TaskFinished {
                task,
                queue: Queue::Microtask,
                outcome,
            });
            if let Err(e) = result {
                if self.handle_error(e, false) == CallResult::Stopped {
                    return false;
                }
            }
        }
        true
    }

    /// Node's `processTicksAndRejections()`.
    fn process_ticks_and_rejections(&mut self) {
        loop {
            loop {
                let next = self.sh.host.borrow_mut().ticks.pop_front();
                let Some(task) = next else { break };
                let r = self.call_stored(task, Queue::NextTick);
                self.sh.store.borrow_mut().remove(task);
                if r == CallResult::Stopped {
                    return;
                }
            }
            if !self.run_microtasks() {
                return;
            }
            let more_ticks = !self.sh.host.borrow().ticks.is_empty();
            if more_ticks {
                continue;
            }
            let again = match self.hook("processRejections", &[]) {
                Ok(v) => v.to_boolean(),
                Err(e) => {
                    self.handle_error(e, true);
                    false
                }
            };
            if self.sh.host.borrow().stop.is_some() {
                return;
            }
            if !again && self.sh.host.borrow().ticks.is_empty() && self.sh.executor.is_empty() {
                break;
            }
        }
        self.sh.host.borrow_mut().rejection_to_warn = false;
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
                // Natural end: emit 'exit' with process.exitCode; V8 still drains microtasks afterwards.
                let code = match self.hook("emitExit", &[]) {
                    Ok(v) => v.as_number().unwrap_or(0.0) as i32,
                    Err(e) => {
                        self.handle_error(e, true);
                        1
                    }
                };
                if self.sh.host.borrow().stop.is_none() {
                    self.run_microtasks();
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
        if self.sh.host.borrow().stop.is_some() {
            return;
        }
        let quiet = |e: &Engine| {
            let h = e.sh.host.borrow();
            h.ticks.is_empty() && !h.rejection_to_warn
        };
        if quiet(self) && !self.run_microtasks() {
            return;
        }
        if quiet(self) {
            return;
        }
        self.process_ticks_and_rejections();
    }

    fn emit_before_exit(&mut self) {
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
        return Some(SourceLoc {
            file: path,
            line: pos.line_number().saturating_sub(WRAPPER_LINES),
            column: pos.column_number(),
        });
    }
    None
}
