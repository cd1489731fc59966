//! Worker threads: each `new Worker()` gets an engine of its own on this OS thread, built when the parent's
//! clock reaches its start time and then run in slices (`event_loop::run_slice`) from the parent's poll
//! phase, up to the virtual time the parent is about to jump to. Both sides post through a shared
//! [`Link`]; values cross as text encoded by `worker_codec.js`. A worker sees a copy of the parent's
//! virtual file system taken when it starts.

use std::cell::RefCell;
use std::rc::Rc;

use boa_engine::{js_string, Context, JsNativeError, JsResult, JsValue};
use looplab_trace::{Queue, Stream};

use super::natives::{arg, sh};
use super::net::text;
use super::{Callback, Engine, Shared};
use crate::event_loop::{self, CallResult, Js, Slice};
use crate::host::workers::{Link, ToParent, EXIT_NS, MESSAGE_LATENCY_NS, STARTUP_NS};
use crate::host::Stop;

/// Where an eval worker's code lives in its file system (node names it `[worker eval]`).
const EVAL_NAME: &str = "[worker eval]";

/// A worker as its parent holds it.
pub(crate) struct WorkerRun {
    link: Rc<RefCell<Link>>,
    /// The script's absolute path, or the code of an `eval: true` worker.
    entry: String,
    eval: bool,
    /// The worker's `process.argv` additions and `process.env`.
    argv: Vec<String>,
    env: Option<std::collections::BTreeMap<String, String>>,
    /// The parent's virtual time at which the worker's script starts.
    start_ns: u64,
    engine: Option<Box<Engine>>,
    slice: Slice,
}

/// The worker's link, by thread id.
fn link_of(ctx: &mut Context, id: &JsValue) -> JsResult<Option<Rc<RefCell<Link>>>> {
    let id = id.to_number(ctx)? as u32;
    let s = sh(ctx)?;
    let h = s.host.borrow();
    Ok(h.workers.iter().find(|l| l.borrow().id == id).cloned())
}

/// `workerStart(id, entryOrCode, isEval, argvJson, envJson|null, bootJson, capture)` (`capture`: 1 the
/// worker's stdout, 2 its stderr, read through the `Worker` object instead of written out): starts a worker (its thread id is chosen
/// by worker_threads.js, which numbers them for the whole process).
pub(crate) fn start(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let id = arg(args, 0).to_number(ctx)? as u32;
    let entry = text(args, 1, ctx)?;
    let eval = arg(args, 2).to_boolean();
    let argv: Vec<String> = serde_json::from_str(&text(args, 3, ctx)?).unwrap_or_default();
    let env_arg = arg(args, 4);
    let env = if env_arg.is_null_or_undefined() {
        None
    } else {
        Some(
            serde_json::from_str(&env_arg.to_string(ctx)?.to_std_string_lossy())
                .unwrap_or_default(),
        )
    };
    let boot = text(args, 5, ctx)?;
    let capture = arg(args, 6).to_number(ctx).unwrap_or(0.0) as u32;
    let s = sh(ctx)?;
    if s.host.borrow().parent.is_some() {
        return Err(JsNativeError::error()
            .with_message("Looplab does not emulate nested workers: a worker cannot start a Worker of its own")
            .into());
    }
    let mut link = Link::new(id);
    link.boot = boot;
    link.capture = [capture & 1 != 0, capture & 2 != 0];
    let link = Rc::new(RefCell::new(link));
    let start_ns = {
        let mut h = s.host.borrow_mut();
        h.workers.push(link.clone());
        h.clock.now_ns().saturating_add(STARTUP_NS)
    };
    s.workers.borrow_mut().push(WorkerRun {
        link,
        entry,
        eval,
        argv,
        env,
        start_ns,
        engine: None,
        slice: Slice::Start,
    });
    Ok(JsValue::undefined())
}

/// `workerPost(id, data, channel)`: a message for the worker's `parentPort` (channel 0) or a port transferred
/// to it.
pub(crate) fn post(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let data = text(args, 1, ctx)?;
    let channel = arg(args, 2).to_number(ctx).unwrap_or(0.0) as u32;
    if let Some(link) = link_of(ctx, &arg(args, 0))? {
        let now = sh(ctx)?.host.borrow().clock.now_ns();
        let mut l = link.borrow_mut();
        if !l.terminated {
            l.post_to_worker(now, channel, data);
        }
    }
    Ok(JsValue::undefined())
}

/// `workerTerminate(id)`: stops the worker at this thread's present time. What it posted later in virtual time
/// (it may have run ahead, a synchronous stretch at a time) is dropped, as node's terminate() cuts a running
/// worker short; its `'exit'` follows with code 1, or 0 when its script had not started yet (as node's).
/// A worker that had already ended keeps its own exit.
pub(crate) fn terminate(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    if let Some(link) = link_of(ctx, &arg(args, 0))? {
        let now = sh(ctx)?.host.borrow().clock.now_ns();
        let mut l = link.borrow_mut();
        let started = l.started;
        if l.terminated || l.exited {
            return Ok(JsValue::undefined());
        }
        let cutoff = now.saturating_add(MESSAGE_LATENCY_NS);
        l.to_parent.retain(|(due, _)| *due <= cutoff);
        let exiting = l
            .to_parent
            .iter()
            .any(|(_, item)| matches!(item, ToParent::Exit(_)));
        l.terminated = true;
        l.to_worker.clear();
        if !exiting {
            l.post_to_parent(now, ToParent::Exit(i32::from(started)));
        }
    }
    Ok(JsValue::undefined())
}

/// `workerRef(id, refed)`: `worker.ref()` / `worker.unref()`.
pub(crate) fn set_ref(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let refed = arg(args, 1).to_boolean();
    if let Some(link) = link_of(ctx, &arg(args, 0))? {
        link.borrow_mut().refed = refed;
    }
    Ok(JsValue::undefined())
}

/// `parentPost(kind, data, channel)` in a worker: `'message'` (parentPort.postMessage on channel 0, or a
/// transferred port's) or `'error'` (its uncaught error, for the parent's 'error' event).
pub(crate) fn parent_post(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let kind = text(args, 0, ctx)?;
    let data = text(args, 1, ctx)?;
    let channel = arg(args, 2).to_number(ctx).unwrap_or(0.0) as u32;
    let s = sh(ctx)?;
    let h = s.host.borrow();
    if let Some(link) = &h.parent {
        let item = if kind == "error" {
            ToParent::Error(data)
        } else {
            ToParent::Message(channel, data)
        };
        link.borrow_mut().post_to_parent(h.clock.now_ns(), item);
    }
    Ok(JsValue::undefined())
}

/// `workerBoot()`: in a worker, what its parent passed (JSON text); null on the main thread.
pub(crate) fn worker_boot(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = sh(ctx)?;
    let h = s.host.borrow();
    Ok(match &h.parent {
        Some(l) => js_string!(l.borrow().boot.as_str()).into(),
        None => JsValue::null(),
    })
}

/// `shareHandle(object)`: the index another thread's `sharedHandle` gives the same object back by.
pub(crate) fn share_handle(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(obj) = arg(args, 0).as_object() else {
        return Err(JsNativeError::typ()
            .with_message("shareHandle: not an object")
            .into());
    };
    let s = sh(ctx)?;
    let mut handles = s.handles.objects.borrow_mut();
    let index = match handles.iter().position(|h| h == &obj) {
        Some(i) => i,
        None => {
            handles.push(obj.clone());
            handles.len() - 1
        }
    };
    Ok(JsValue::from(index as u32))
}

/// `sharedHandle(index)`: the object `shareHandle` gave that index.
pub(crate) fn shared_handle(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let index = arg(args, 0).to_number(ctx)?;
    let s = sh(ctx)?;
    let handles = s.handles.objects.borrow();
    Ok(if index >= 0.0 {
        handles
            .get(index as usize)
            .cloned()
            .map_or_else(JsValue::undefined, JsValue::from)
    } else {
        JsValue::undefined()
    })
}

/// Builds a worker's engine and runs its script, at the worker's start time.
fn boot(parent: &Shared, run: &WorkerRun) -> Result<Engine, String> {
    let (mut config, vfs) = {
        let h = parent.host.borrow();
        (h.config.clone(), h.vfs.snapshot(h.clock.clone()))
    };
    config.argv = run.argv.clone();
    if let Some(env) = &run.env {
        config.env = env.clone();
    }
    let mut files = parent.files.borrow().clone();
    let entry = if run.eval {
        // Not a file: modules.js runs it by this name (`__filename`, frames), its source from `files`.
        files.insert(EVAL_NAME.to_string(), run.entry.clone());
        EVAL_NAME.to_string()
    } else {
        run.entry.clone()
    };
    let scenario = crate::config::Scenario {
        v: 1,
        files,
        binary_files: Default::default(),
        dirs: Vec::new(),
        symlinks: Default::default(),
        entry: entry.clone(),
        stdin: String::new(),
        config,
    };
    let prepared = super::session::prepare_for(
        &scenario,
        false,
        Box::new(crate::host::NullSink),
        Some((run.link.clone(), run.start_ns, parent.handles.clone())),
    )
    .map_err(|e| e.to_string())?;
    let mut engine = prepared.engine;
    {
        let mut h = engine.sh.host.borrow_mut();
        let clock = h.clock.clone();
        h.vfs = vfs.snapshot(clock);
    }
    *engine.sh.files.borrow_mut() = scenario.files.clone();
    run.link
        .borrow_mut()
        .post_to_parent(run.start_ns, ToParent::Online);
    let src = scenario.files.get(&entry).cloned().unwrap_or_default();
    engine.run_main(&entry, &src);
    Ok(engine)
}

/// The parent's side of [`Js::advance_workers`]. Each worker is out of the list while it runs, so a worker
/// blocked in `Atomics.wait` (which lets the parent run on, `atomics.rs`) is not run again from inside itself,
/// while the others are.
pub(super) fn advance(parent: &Shared, bound_ns: u64) -> bool {
    let ids: Vec<u32> = parent
        .workers
        .borrow()
        .iter()
        .map(|r| r.link.borrow().id)
        .collect();
    let mut progressed = false;
    for id in ids {
        let at = parent
            .workers
            .borrow()
            .iter()
            .position(|r| r.link.borrow().id == id);
        let Some(at) = at else { continue };
        let mut run = parent.workers.borrow_mut().remove(at);
        progressed |= advance_one(parent, &mut run, bound_ns);
        let mut list = parent.workers.borrow_mut();
        let at = at.min(list.len());
        list.insert(at, run);
    }
    progressed
}

/// Runs one worker up to `bound_ns` (booting it when its start time has come); true if it posted something or
/// ended.
fn advance_one(parent: &Shared, run: &mut WorkerRun, bound_ns: u64) -> bool {
    if run.slice == Slice::Done {
        return false;
    }
    if run.link.borrow().terminated {
        run.engine = None;
        run.slice = Slice::Done;
        return false;
    }
    let posted = run.link.borrow().posted;
    if run.engine.is_none() {
        if bound_ns < run.start_ns {
            return false;
        }
        run.link.borrow_mut().started = true;
        match super::calls::with_stack_base(|| boot(parent, run)) {
            Ok(engine) => {
                run.engine = Some(Box::new(engine));
                // What its script posted goes to the parent before the worker runs on.
                if run.link.borrow().posted != posted {
                    return true;
                }
            }
            Err(message) => {
                let mut l = run.link.borrow_mut();
                let now = run.start_ns;
                l.post_to_parent(
                    now,
                    ToParent::Stderr(format!("looplab: the worker could not start: {message}\n")),
                );
                l.post_to_parent(now, ToParent::Exit(1));
                run.slice = Slice::Done;
                return true;
            }
        }
    }
    let Some(engine) = run.engine.as_mut() else {
        return false;
    };
    run.slice = event_loop::run_slice(engine.as_mut(), run.slice, bound_ns);
    if run.slice == Slice::Done {
        engine.finish();
        let (code, now) = {
            let h = engine.sh.host.borrow();
            let code = match &h.stop {
                Some(Stop::Exit(code)) => *code,
                Some(Stop::Limit { .. }) => 1,
                None => 0,
            };
            (code, h.clock.now_ns())
        };
        let mut l = run.link.borrow_mut();
        // (A terminated worker's exit is queued already.)
        if !l.terminated {
            l.post_to_parent(now.saturating_add(EXIT_NS), ToParent::Exit(code));
        }
        drop(l);
        run.engine = None;
    }
    run.link.borrow().posted != posted
}

/// Calls the bootstrap hook `name(args)` as a poll-phase callback (uncaught errors routed as any callback's),
/// then drains.
fn call_hook(engine: &mut Engine, name: &str, args: Vec<JsValue>) -> CallResult {
    let hooks = engine.sh.js_hooks.borrow().clone();
    let Some(hooks) = hooks else {
        return CallResult::Returned;
    };
    let Ok(func) = hooks.get(js_string!(name), &mut engine.ctx) else {
        return CallResult::Returned;
    };
    let task = engine.sh.host.borrow_mut().new_task();
    let frame = engine.sh.frame.borrow().clone();
    engine.sh.store.borrow_mut().insert(
        task,
        Callback {
            func,
            this: JsValue::undefined(),
            args,
            frame,
        },
    );
    let result = engine.call_task(task, Queue::Poll);
    engine.drop_task(task);
    if result != CallResult::Stopped {
        engine.run_next_ticks();
    }
    result
}

/// The poll phase's mail: on a parent, what its workers posted (output written at once, messages, errors and
/// exits as `'message'`/`'error'`/`'exit'` events, in time order); on a worker, its parent's messages.
pub(super) fn deliver(engine: &mut Engine) {
    loop {
        if engine.sh.host.borrow().stop.is_some() {
            return;
        }
        let (now, parent) = {
            let h = engine.sh.host.borrow();
            (h.clock.now_ns(), h.parent.clone())
        };
        if let Some(link) = parent {
            let next = link.borrow_mut().pop_for_worker(now);
            let Some((channel, data)) = next else { return };
            call_hook(
                engine,
                "parentMessage",
                vec![js_string!(data.as_str()).into(), JsValue::from(channel)],
            );
            continue;
        }
        // The link whose next item is due first.
        let link = {
            let h = engine.sh.host.borrow();
            h.workers
                .iter()
                .filter_map(|l| l.borrow().next_for_parent().map(|due| (due, l.clone())))
                .filter(|(due, _)| *due <= now)
                .min_by_key(|(due, _)| *due)
                .map(|(_, l)| l)
        };
        let Some(link) = link else { return };
        let (id, item) = {
            let mut l = link.borrow_mut();
            (l.id, l.pop_for_parent(now))
        };
        let Some(item) = item else { return };
        let id = JsValue::from(id);
        let (kind, payload, channel) = match item {
            ToParent::Stdout(text) if link.borrow().capture[0] => {
                ("stdout", JsValue::from(js_string!(text.as_str())), 0)
            }
            ToParent::Stderr(text) if link.borrow().capture[1] => {
                ("stderr", JsValue::from(js_string!(text.as_str())), 0)
            }
            ToParent::Stdout(text) => {
                engine.sh.host.borrow_mut().write(Stream::Stdout, &text);
                continue;
            }
            ToParent::Stderr(text) => {
                engine.sh.host.borrow_mut().write(Stream::Stderr, &text);
                continue;
            }
            ToParent::Message(channel, data) => {
                ("message", JsValue::from(js_string!(data.as_str())), channel)
            }
            ToParent::Error(data) => ("error", JsValue::from(js_string!(data.as_str())), 0),
            ToParent::Online => ("online", JsValue::undefined(), 0),
            ToParent::Exit(code) => {
                link.borrow_mut().exited = true;
                engine
                    .sh
                    .host
                    .borrow_mut()
                    .workers
                    .retain(|l| !l.borrow().exited);
                ("exit", JsValue::from(code), 0)
            }
        };
        call_hook(
            engine,
            "workerEvent",
            vec![id, js_string!(kind).into(), payload, JsValue::from(channel)],
        );
    }
}
