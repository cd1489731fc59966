//! Host functions exposed to the bootstrap JS as one `host` object (never to user code directly).
//! Every call charges [`crate::CostModel::host_call_ns`] to the virtual clock.

use boa_engine::builtins::promise::PromiseState;
use boa_engine::job::NativeJob;
use boa_engine::object::builtins::{JsArray, JsPromise, JsProxy, JsUint8Array};
use boa_engine::object::ObjectInitializer;
use boa_engine::property::Attribute;
use boa_engine::{
    js_string, Context, JsError, JsNativeError, JsObject, JsResult, JsValue, NativeFunction,
};
use looplab_trace::{Queue, Stream, TaskId, TraceEvent, VTime};

use super::natives_source::{compile, source_files, source_line, source_text, syntax_message};
use super::natives_timers::{
    active_timer_counts, immediate_clear, immediate_create, immediate_has_ref, immediate_ref,
    timer_clear, timer_create, timer_has_ref, timer_ref, timer_refresh,
};
use super::{callsite, crypto, shared, Callback, Shared};
use crate::config::Scenario;
use crate::host::Stop;

type Native = fn(&JsValue, &[JsValue], &mut Context) -> JsResult<JsValue>;

pub(crate) fn sh(ctx: &mut Context) -> JsResult<Shared> {
    let s = shared(ctx)
        .ok_or_else(|| JsNativeError::error().with_message("looplab host state missing"))?;
    s.host.borrow_mut().charge_host_call();
    if s.host.borrow().stop.is_some() {
        // The run is stopping (exit or a limit): unwind the running JS with an uncatchable error.
        return Err(JsError::from(
            boa_engine::error::RuntimeLimitError::StackSize,
        ));
    }
    Ok(s)
}

pub(crate) fn arg(args: &[JsValue], i: usize) -> JsValue {
    args.get(i).cloned().unwrap_or_default()
}

pub(super) fn num(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<f64> {
    arg(args, i).to_number(ctx)
}

pub(super) fn task_arg(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<TaskId> {
    Ok(TaskId(num(args, i, ctx)? as u64))
}

pub(crate) fn bytes_arg(args: &[JsValue], i: usize, ctx: &mut Context) -> JsResult<Vec<u8>> {
    let v = arg(args, i);
    let Some(o) = v.as_object() else {
        return Ok(Vec::new());
    };
    JsUint8Array::from_object(o.clone())?.to_vec(ctx)
}

pub(crate) fn bytes_value(bytes: Vec<u8>, ctx: &mut Context) -> JsResult<JsValue> {
    Ok(JsUint8Array::from_iter(bytes, ctx)?.into())
}

pub(crate) fn args_vec(v: &JsValue, ctx: &mut Context) -> JsResult<Vec<JsValue>> {
    match v.as_object() {
        Some(o) if o.is_array() => {
            let arr = JsArray::from_object(o.clone())?;
            let len = arr.length(ctx)?;
            (0..len).map(|i| arr.get(i, ctx)).collect()
        }
        _ => Ok(Vec::new()),
    }
}

/// Queues a thread-pool job of `duration_ns` labelled `"{label} → {callback name}"`; when it completes, the poll
/// phase calls `cb(...args)`. Returns the task id (fs jobs attach their operation to it).
pub(crate) fn submit_pool_job(
    ctx: &mut Context,
    label: &str,
    duration_ns: u64,
    cb: JsValue,
    args: Vec<JsValue>,
) -> JsResult<TaskId> {
    let s = sh(ctx)?;
    let name = fn_label(&cb, ctx);
    let site = callsite(ctx);
    let mut guard = s.host.borrow_mut();
    let host = &mut *guard;
    let task = host.new_task();
    host.queued_with(
        task,
        Queue::ThreadPool,
        format!("{label} → {name}"),
        site,
        None,
        Some(VTime(duration_ns)),
    );
    let now = host.clock.now_ns();
    host.pool.submit(task, duration_ns, now, &mut host.recorder);
    s.store.borrow_mut().insert(
        task,
        Callback {
            func: cb,
            this: JsValue::undefined(),
            args,
            frame: s.frame.borrow().clone(),
        },
    );
    Ok(task)
}

/// `name` of a function value, or `(anonymous)`.
pub(crate) fn fn_label(f: &JsValue, ctx: &mut Context) -> String {
    let name = f
        .as_object()
        .and_then(|o| o.get(js_string!("name"), ctx).ok())
        .and_then(|n| n.as_string().map(|s| s.to_std_string_escaped()))
        .unwrap_or_default();
    if name.is_empty() {
        "(anonymous)".to_string()
    } else if name.starts_with("__ll_job") {
        // A crypto job's completion (crypto.js), named as node's frame for it.
        "job.ondone".to_string()
    } else {
        name
    }
}

fn write(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = sh(ctx)?;
    let fd = num(args, 0, ctx)?;
    // A lone surrogate becomes U+FFFD, as node writes it (UTF-8 has no encoding for it).
    let text = arg(args, 1).to_string(ctx)?.to_std_string_lossy();
    let stream = if fd == 2.0 {
        Stream::Stderr
    } else {
        Stream::Stdout
    };
    let mut host = s.host.borrow_mut();
    host.write(stream, &text);
    // `host.write(fd, text, true)`: a console write, which leaves node's afterWriteTick queued.
    if arg(args, 2).to_boolean() {
        host.write_tick = true;
    }
    Ok(JsValue::undefined())
}

fn now(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = sh(ctx)?;
    let ns = s.host.borrow().clock.now_ns();
    Ok(JsValue::from(ns as f64 / 1_000_000.0))
}

fn now_ns(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = sh(ctx)?;
    let ns = s.host.borrow().clock.now_ns();
    Ok(JsValue::from(ns as f64))
}

fn loop_time(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = sh(ctx)?;
    let ms = s.host.borrow_mut().libuv_now();
    Ok(JsValue::from(ms as f64))
}

fn next_tick(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = sh(ctx)?;
    let func = arg(args, 0);
    let cb_args = args_vec(&arg(args, 1), ctx)?;
    let label = fn_label(&func, ctx);
    let site = callsite(ctx);
    let mut host = s.host.borrow_mut();
    let task = host.new_task();
    host.queued(task, Queue::NextTick, label, site);
    host.ticks.push_back(task);
    s.store.borrow_mut().insert(
        task,
        Callback {
            func,
            this: JsValue::undefined(),
            args: cb_args,
            frame: s.frame.borrow().clone(),
        },
    );
    Ok(JsValue::from(task.0 as f64))
}

fn queue_microtask(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = sh(ctx)?;
    let func = arg(args, 0);
    let label = fn_label(&func, ctx);
    let site = callsite(ctx);
    let task = {
        let mut host = s.host.borrow_mut();
        let task = host.new_task();
        host.queued(task, Queue::Microtask, label, site);
        task
    };
    let frame = s.frame.borrow().clone();
    // `host.queueMicrotask(callback, via)`: called as `via(callback)` (frames.js's trampoline for node's frames).
    let via = arg(args, 1);
    let job = NativeJob::new(move |ctx| match (func.as_callable(), via.as_callable()) {
        (Some(f), Some(v)) => super::async_context::call_in(&frame, ctx, |ctx| {
            v.call(&JsValue::undefined(), &[f.into()], ctx)
        }),
        (Some(f), None) => super::async_context::call_in(&frame, ctx, |ctx| {
            f.call(&JsValue::undefined(), &[], ctx)
        }),
        (None, _) => Ok(JsValue::undefined()),
    });
    s.executor
        .push(task, super::executor::Microtask::Native(job));
    Ok(JsValue::undefined())
}

/// `host.detachArrayBuffer(ab)`: detaches `ab` (its views see length 0, as after a transfer) and returns a new
/// ArrayBuffer holding its bytes.
fn detach_array_buffer(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let obj = arg(args, 0)
        .as_object()
        .ok_or_else(|| JsNativeError::typ().with_message("not an ArrayBuffer"))?;
    let buffer = boa_engine::object::builtins::JsArrayBuffer::from_object(obj.clone())?;
    let bytes = buffer.detach(&JsValue::undefined())?;
    Ok(boa_engine::object::builtins::JsArrayBuffer::from_byte_block(bytes, ctx)?.into())
}

/// `process.reallyExit(code)`: stops the process; unwinds JS with an uncatchable engine error.
fn exit(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = sh(ctx)?;
    let code = num(args, 0, ctx).unwrap_or(0.0) as i32;
    let mut host = s.host.borrow_mut();
    if host.stop.is_none() {
        host.stop = Some(Stop::Exit(code));
    }
    Err(JsError::from(
        boa_engine::error::RuntimeLimitError::StackSize,
    ))
}

fn promise_state(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(o) = arg(args, 0).as_object() else {
        return Ok(JsValue::undefined());
    };
    let Ok(p) = JsPromise::from_object(o.clone()) else {
        return Ok(JsValue::undefined());
    };
    let (state, value) = match p.state() {
        PromiseState::Pending => ("pending", JsValue::undefined()),
        PromiseState::Fulfilled(v) => ("fulfilled", v),
        PromiseState::Rejected(v) => ("rejected", v),
    };
    let obj = ObjectInitializer::new(ctx)
        .property(js_string!("state"), js_string!(state), Attribute::all())
        .property(js_string!("value"), value, Attribute::all())
        .build();
    Ok(obj.into())
}

fn proxy_target(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(o) = arg(args, 0).as_object() else {
        return Ok(JsValue::undefined());
    };
    let Ok(_p) = JsProxy::from_object(o.clone()) else {
        return Ok(JsValue::undefined());
    };
    // Boa exposes no proxy target accessor; inspect falls back to treating it as a plain object.
    let obj = ObjectInitializer::new(ctx).build();
    Ok(obj.into())
}

fn random(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = sh(ctx)?;
    let v = s.host.borrow_mut().next_random();
    Ok(JsValue::from((v >> 11) as f64 / (1u64 << 53) as f64))
}

/// `originalColumn(file, line, column)`: the user's column of a position in instrumented code (`calls.rs`).
fn original_column(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = sh(ctx)?;
    let file = arg(args, 0).to_string(ctx)?.to_std_string_escaped();
    let line = num(args, 1, ctx)? as u32;
    let col = num(args, 2, ctx)? as u32;
    Ok(JsValue::from(super::calls::original_column(
        &s.columns, &file, line, col,
    )))
}

fn stack_lines(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let columns = shared(ctx).map(|s| s.columns);
    let mut lines = Vec::new();
    for frame in ctx.stack_trace() {
        let loc = frame.position();
        let path = loc.path.to_string();
        if path.starts_with("node:internal/looplab") {
            continue;
        }
        let name = loc.function_name.to_std_string_escaped();
        let name = if name.is_empty() || name == "__looplab_main__" {
            "Object.<anonymous>".to_string()
        } else {
            name
        };
        let pos = loc
            .position
            .map(|p| {
                let col = columns.as_ref().map_or(p.column_number(), |c| {
                    super::calls::original_column(c, &path, p.line_number(), p.column_number())
                });
                format!(
                    ":{}:{}",
                    p.line_number().saturating_sub(super::WRAPPER_LINES),
                    col
                )
            })
            .unwrap_or_default();
        lines.push(JsValue::from(js_string!(format!(
            "    at {name} ({path}{pos})"
        ))));
    }
    Ok(JsArray::from_iter(lines, ctx).into())
}

fn utf8_encode(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = arg(args, 0).to_string(ctx)?.to_std_string_lossy();
    bytes_value(s.into_bytes(), ctx)
}

fn utf8_decode(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let b = bytes_arg(args, 0, ctx)?;
    Ok(JsValue::from(js_string!(
        String::from_utf8_lossy(&b).as_ref()
    )))
}

/// `traceModule(phase, format, path)`: records a module-loader phase in the trace.
fn trace_module(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(s) = shared(ctx) else {
        return Ok(JsValue::undefined());
    };
    let phase = arg(args, 0).to_string(ctx)?.to_std_string_escaped();
    let format = arg(args, 1).to_string(ctx)?.to_std_string_escaped();
    let path = arg(args, 2).to_string(ctx)?.to_std_string_escaped();
    s.host.borrow_mut().emit(TraceEvent::ModulePhase {
        phase,
        format,
        path,
    });
    Ok(JsValue::undefined())
}

/// `heapBytes()`: live heap bytes from the embedder's allocator probe (0 without one).
fn heap_bytes(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    sh(ctx)?;
    Ok(JsValue::from(crate::heap_probe() as f64))
}

/// `loadInternal(file)`: parses a lazily loaded bootstrap module and returns its factory function.
fn load_internal(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let name = arg(args, 0).to_string(ctx)?.to_std_string_lossy();
    let Some((file, src, _)) = super::LAZY_MODULES
        .iter()
        .chain(super::STREAM_MODULES)
        .find(|(f, _, _)| *f == name)
    else {
        return Ok(JsValue::undefined());
    };
    super::eval_internal(ctx, file, src)
        .map_err(|e| JsNativeError::error().with_message(e.to_string()).into())
}

fn configure_pool(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let s = sh(ctx)?;
    let n = num(args, 0, ctx)?;
    if n.is_finite() && n >= 1.0 {
        s.host.borrow_mut().pool.configure(n as u32);
    }
    let r = s.host.borrow().pool.started();
    Ok(JsValue::from(r))
}

fn emit_process_event(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(s) = shared(ctx) else {
        return Ok(JsValue::undefined());
    };
    let name = arg(args, 0).to_string(ctx)?.to_std_string_escaped();
    s.host.borrow_mut().emit(TraceEvent::ProcessEvent { name });
    Ok(JsValue::undefined())
}

fn uncaught_event(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(s) = shared(ctx) else {
        return Ok(JsValue::undefined());
    };
    let origin = if arg(args, 0).to_string(ctx)?.to_std_string_escaped() == "unhandledRejection" {
        looplab_trace::ErrorOrigin::UnhandledRejection
    } else {
        looplab_trace::ErrorOrigin::UncaughtException
    };
    let message = arg(args, 1).to_string(ctx)?.to_std_string_escaped();
    let handled = arg(args, 2).to_boolean();
    s.host.borrow_mut().emit(TraceEvent::UncaughtError {
        origin,
        message,
        handled,
    });
    Ok(JsValue::undefined())
}

fn define(obj: &mut ObjectInitializer<'_>, name: &str, f: Native, len: usize) {
    obj.function(NativeFunction::from_fn_ptr(f), js_string!(name), len);
}

/// Builds the `host` object handed to bootstrap.js.
pub(crate) fn install(ctx: &mut Context, scenario: &Scenario) -> JsObject {
    let config = &scenario.config;
    let argv: Vec<JsValue> = config
        .argv
        .iter()
        .map(|a| JsValue::from(js_string!(a.as_str())))
        .collect();
    let argv = JsArray::from_iter(argv, ctx);
    let env = ObjectInitializer::new(ctx).build();
    for (k, v) in &config.env {
        let _ = env.set(js_string!(k.as_str()), js_string!(v.as_str()), false, ctx);
    }
    let table: &[(&str, Native, usize)] = &[
        ("write", write, 2),
        ("now", now, 0),
        ("nowNs", now_ns, 0),
        ("loopTime", loop_time, 0),
        ("nextTick", next_tick, 2),
        ("queueMicrotask", queue_microtask, 1),
        ("timerCreate", timer_create, 5),
        ("runMicrotask", super::microtasks::run_microtask, 0),
        ("detachArrayBuffer", detach_array_buffer, 1),
        ("timerClear", timer_clear, 1),
        ("timerRef", timer_ref, 2),
        ("timerHasRef", timer_has_ref, 1),
        ("timerRefresh", timer_refresh, 1),
        ("immediateCreate", immediate_create, 3),
        ("immediateClear", immediate_clear, 1),
        ("immediateRef", immediate_ref, 2),
        ("immediateHasRef", immediate_has_ref, 1),
        ("activeTimerCounts", active_timer_counts, 0),
        ("reallyExit", exit, 1),
        ("promiseState", promise_state, 1),
        ("proxyTarget", proxy_target, 1),
        ("stringWidth", super::string_width::string_width, 1),
        ("isNativeError", super::errors::is_native_error, 1),
        ("random", random, 0),
        ("stackLines", stack_lines, 0),
        ("receiverTable", super::receivers::table, 0),
        ("clearReceiver", super::receivers::clear, 1),
        ("originalColumn", original_column, 3),
        ("utf8Encode", utf8_encode, 1),
        ("utf8Decode", utf8_decode, 1),
        ("sourceLine", source_line, 2),
        ("sourceText", source_text, 1),
        ("sourceFiles", source_files, 0),
        (
            "listenerTrampolines",
            super::listeners::listener_trampolines,
            1,
        ),
        ("configurePool", configure_pool, 1),
        ("traceProcessEvent", emit_process_event, 1),
        ("traceUncaught", uncaught_event, 3),
        ("hash", crypto::hash, 2),
        ("hmac", crypto::hmac, 3),
        ("pbkdf2", crypto::pbkdf2, 6),
        ("scrypt", crypto::scrypt, 7),
        ("randomBytes", crypto::random_bytes, 2),
        ("aes", super::cipher::aes, 6),
        ("gcmTag", super::cipher::gcm_tag_fn, 4),
        ("fsSync", super::fs::fs_sync, 2),
        ("fsAsync", super::fs::fs_async, 3),
        ("vfsUsage", super::fs::vfs_usage, 0),
        ("compile", compile, 2),
        ("syntaxMessage", syntax_message, 3),
        ("moduleSyntax", super::esm::module_syntax, 2),
        ("requireEsm", super::esm::require_esm, 2),
        ("loadInternal", load_internal, 1),
        ("intlLocale", super::intl::intl_locale, 1),
        ("segment", super::intl::segment, 2),
        ("collationAsciiTable", super::collation::ascii_table, 1),
        ("collationAsciiKey", super::collation::ascii_key, 2),
        ("heapBytes", heap_bytes, 0),
        ("traceModule", trace_module, 3),
        ("zlibSync", super::zlib::zlib_sync, 3),
        ("zlibStream", super::zlib_stream::open, 2),
        ("zlibStreamWrite", super::zlib_stream::write, 3),
        ("poolJob", super::zlib::pool_job, 3),
        ("streamEvent", super::streams::stream_event, 5),
        ("tracing", super::streams::tracing, 0),
        ("latin1Encode", super::bytes::latin1_encode, 1),
        ("getFrame", super::async_context::get_frame, 0),
        ("asyncHooksEnable", super::async_hooks::enable, 1),
        ("asyncInit", super::async_hooks::init, 2),
        ("asyncIds", super::async_hooks::ids, 0),
        ("asyncDestroy", super::async_hooks::destroy, 1),
        ("loopTimes", super::perf::loop_times, 0),
        ("blockFor", super::perf::block_for, 1),
        ("setFrame", super::async_context::set_frame, 1),
        ("netSchedule", super::net::schedule, 5),
        ("netClose", super::net::close, 2),
        ("netRef", super::net::add_ref, 1),
        ("netConfig", super::net::config, 0),
        ("netNow", super::net::now, 0),
        ("netBatch", super::net::batch, 0),
        ("netTrace", super::net::trace, 10),
        ("workerStart", super::workers::start, 7),
        ("workerPost", super::workers::post, 3),
        ("workerTerminate", super::workers::terminate, 1),
        ("workerRef", super::workers::set_ref, 2),
        ("parentPost", super::workers::parent_post, 3),
        ("workerBoot", super::workers::worker_boot, 0),
        ("shareHandle", super::workers::share_handle, 1),
        ("sharedHandle", super::workers::shared_handle, 1),
        ("atomicsWait", super::atomics::wait, 3),
        ("atomicsNotify", super::atomics::notify, 3),
        ("takeMail", super::atomics::take_mail, 2),
        ("asUtf16", super::string_search::as_utf16_native, 1),
    ];
    let lazy = module_list(super::LAZY_MODULES, ctx);
    let streams = module_list(super::STREAM_MODULES, ctx);
    // A worker thread's engine (engine/workers.rs): `workerBoot()` has what its parent passed.
    let worker = shared(ctx).is_some_and(|s| s.host.borrow().parent.is_some());
    let mut obj = ObjectInitializer::new(ctx);
    for (name, f, len) in table {
        define(&mut obj, name, *f, *len);
    }
    obj.property(js_string!("lazyModules"), lazy, Attribute::all());
    obj.property(js_string!("streamModules"), streams, Attribute::all());
    obj.property(js_string!("argv"), argv, Attribute::all());
    obj.property(js_string!("worker"), worker, Attribute::all());
    obj.property(js_string!("env"), env, Attribute::all());
    obj.property(
        js_string!("cwd"),
        js_string!(config.cwd.as_str()),
        Attribute::all(),
    );
    obj.property(
        js_string!("entry"),
        js_string!(scenario.entry.as_str()),
        Attribute::all(),
    );
    obj.property(
        js_string!("stdin"),
        js_string!(scenario.stdin.as_str()),
        Attribute::all(),
    );
    obj.property(
        js_string!("stdinBytes"),
        scenario.config.stdin_bytes,
        Attribute::all(),
    );
    obj.property(
        js_string!("nodeVersion"),
        js_string!(crate::config::NODE_VERSION),
        Attribute::all(),
    );
    obj.property(
        js_string!("threadpool"),
        config.threadpool,
        Attribute::all(),
    );
    obj.property(
        js_string!("netClients"),
        js_string!(serde_json::to_string(&config.network.clients)
            .unwrap_or_else(|_| "[]".into())
            .as_str()),
        Attribute::all(),
    );
    obj.property(
        js_string!("heapLimit"),
        config.limits.heap_bytes as f64,
        Attribute::all(),
    );
    obj.build()
}

/// `[[file, [module names...]], ...]` for bootstrap.js's lazy loading.
fn module_list(list: &[(&str, &str, &[&str])], ctx: &mut Context) -> JsArray {
    let items: Vec<JsValue> = list
        .iter()
        .map(|(file, _, names)| {
            let names: Vec<JsValue> = names
                .iter()
                .map(|n| JsValue::from(js_string!(*n)))
                .collect();
            let names = JsArray::from_iter(names, ctx);
            JsArray::from_iter([JsValue::from(js_string!(*file)), names.into()], ctx).into()
        })
        .collect();
    JsArray::from_iter(items, ctx)
}
