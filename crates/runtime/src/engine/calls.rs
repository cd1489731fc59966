//! Wires source instrumentation (`crate::instrument`) into the engine: instruments user scripts and modules
//! before Boa compiles them, installs the `__ll$` functions the instrumented code calls, and maps columns of
//! instrumented code back to the user's source for stack traces and call sites.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::{Arc, Mutex};

use boa_engine::object::{FunctionObjectBuilder, ObjectInitializer};
use boa_engine::property::PropertyDescriptor;
use boa_engine::{
    js_string, Context, JsNativeError, JsObject, JsResult, JsValue, NativeFunction, Source,
};
use looplab_trace::{SourceLoc, TraceEvent};

use super::Shared;
use crate::host::Host;
use crate::instrument::{instrument, instrument_file, Instrumented, Mode};

/// Instrumented files (code, column map, insertions), by path.
pub(crate) type Columns = Rc<RefCell<crate::DetMap<String, Arc<Instrumented>>>>;

/// Function ids of the runtime's own scripts start here (user functions count up from 0), `PER_FILE` per script,
/// so an instrumented script can be reused by every run on the thread.
const RUNTIME_BASE: u32 = 1 << 31;
const PER_FILE: u32 = 1 << 16;

/// A runtime script instrumented once per process (the test suite and the browser worker run many scenarios).
struct Cached {
    code: String,
    inst: Arc<Instrumented>,
    defs: Vec<(u32, TraceEvent)>,
}

type Cache = (u32, crate::DetMap<String, Option<Arc<Cached>>>);
static INTERNAL: Mutex<Option<Cache>> = Mutex::new(None);

fn cached_internal(path: &str, src: &str) -> Option<Arc<Cached>> {
    let mut guard = INTERNAL
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    let c = guard.get_or_insert_with(|| (RUNTIME_BASE, crate::DetMap::default()));
    if let Some(hit) = c.1.get(path) {
        return hit.clone();
    }
    let base = c.0;
    c.0 = c.0.saturating_add(PER_FILE);
    let made = instrument(src, false, Mode::Runtime, base)
        .filter(|i| i.functions.len() < PER_FILE as usize && base < u32::MAX - PER_FILE)
        .map(|mut inst| {
            // The script's outermost function is its module factory, run while the runtime boots.
            if let Some(f) = inst.functions.first_mut() {
                if f.name == "(anonymous)" {
                    let file = path.rsplit('/').next().unwrap_or(path);
                    f.name = format!("(load {file})");
                }
            }
            let defs = inst
                .functions
                .iter()
                .enumerate()
                .map(|(i, f)| {
                    let func = base + i as u32;
                    let ev = TraceEvent::FnDefined {
                        func,
                        name: f.name.clone(),
                        site: SourceLoc {
                            file: path.to_string(),
                            line: f.line,
                            column: f.column,
                        },
                    };
                    (func, ev)
                })
                .collect();
            // Binds `__ll$` without a global and without adding a line.
            let code = format!(
                "(function(__ll$){{return ({}\n)}})(globalThis[Symbol.for('looplab.calls')])",
                inst.code
            );
            Arc::new(Cached {
                code,
                inst: Arc::new(inst),
                defs,
            })
        });
    c.1.insert(path.to_string(), made.clone());
    made
}

/// The original column of a position Boa reports in `file` (unchanged for files that were not rewritten).
pub(crate) fn original_column(columns: &Columns, file: &str, line: u32, column: u32) -> u32 {
    columns
        .borrow()
        .get(file)
        .map_or(column, |m| m.columns.original(line, column))
}

/// Rewrites `src` of `path` for the run's mode (spans when recording, call counting otherwise) and records
/// its functions. `line_offset` is the number of wrapper lines above the user's first line. Returns the source
/// unchanged when it does not parse (Boa then reports the syntax error on the original text).
pub(crate) fn instrument_source(
    sh: &Shared,
    path: &str,
    src: &str,
    module: bool,
    line_offset: u32,
) -> String {
    let mode = if sh.host.borrow().recorder.enabled() {
        Mode::Spans
    } else {
        Mode::Count
    };
    instrument_with(sh, path, src, module, line_offset, mode)
}

/// Runtime scripts that get no call spans, so flame charts and virtual time are the same as without them. They
/// only shape errors (stack text, the loop's callback trampolines, fs call sites and argument checks, V8's
/// messages), watch regexp matches (regexp_legacy.js), hold the helpers instrumented user code calls
/// (rewrite_calls.js), or stand in for V8's native built-ins, which node's profiles do not show either
/// (v8_builtins.js).
const UNTRACED_INTERNALS: &[&str] = &[
    "stack.js",
    "stack_places.js",
    "stack_receivers.js",
    "frames.js",
    "async_stack.js",
    "source_scan.js",
    "source_places.js",
    "rewrite_calls.js",
    "class_frames.js",
    "v8_builtins.js",
    "v8_messages.js",
    "v8_messages_bindings.js",
    "v8_messages_params.js",
    "v8_messages_more.js",
    "v8_messages_source.js",
    "v8_messages_classes.js",
    "v8_messages_syntax.js",
    "v8_messages_eval.js",
    "v8_messages_builtins.js",
    "v8_messages_places.js",
    "v8_messages_sites.js",
    "v8_messages_objects.js",
    "v8_messages_typed.js",
    "proxy_traps.js",
    "regexp_legacy.js",
    "fs_checks.js",
];

/// The runtime's own script `name` (a single function expression), instrumented for call spans that cost no
/// virtual time when a trace is recorded; unchanged otherwise.
pub(crate) fn instrument_internal(sh: &Shared, path: &str, src: &str) -> String {
    {
        let host = sh.host.borrow();
        if !host.recorder.enabled()
            || !host.config.runtime_spans
            || UNTRACED_INTERNALS
                .iter()
                .any(|name| path.rsplit('/').next() == Some(*name))
        {
            return src.to_string();
        }
    }
    let Some(cached) = cached_internal(path, src) else {
        return src.to_string();
    };
    let mut host = sh.host.borrow_mut();
    for (func, ev) in &cached.defs {
        host.fn_defs.insert(*func, ev.clone());
    }
    sh.columns
        .borrow_mut()
        .insert(path.to_string(), cached.inst.clone());
    cached.code.clone()
}

fn instrument_with(
    sh: &Shared,
    path: &str,
    src: &str,
    module: bool,
    line_offset: u32,
    mode: Mode,
) -> String {
    let first = sh.host.borrow().next_fn;
    let Some(out) = instrument_file(src, module, mode, first, Some(path)) else {
        return src.to_string();
    };
    let mut host = sh.host.borrow_mut();
    host.next_fn = first + out.functions.len() as u32;
    if mode != Mode::Count {
        // Announced with the first call (`FnDefined` before its first `FnEnter`), so unused functions cost nothing.
        for (i, f) in out.functions.iter().enumerate() {
            let (name, line, column) = if f.name == "__looplab_main__" {
                (format!("(module {path})"), 1, 1)
            } else {
                (
                    f.name.clone(),
                    f.line.saturating_sub(line_offset).max(1),
                    f.column,
                )
            };
            host.fn_defs.insert(
                first + i as u32,
                TraceEvent::FnDefined {
                    func: first + i as u32,
                    name,
                    site: SourceLoc {
                        file: path.to_string(),
                        line,
                        column,
                    },
                },
            );
        }
    }
    let code = out.code.clone();
    // A debugging aid for the instrumenter: the rewritten text of every user file, on stderr.
    #[cfg(not(target_arch = "wasm32"))]
    if std::env::var_os("LOOPLAB_DEBUG_INSTRUMENT").is_some() {
        eprintln!("// {path} ({mode:?})\n{code}");
    }
    sh.columns
        .borrow_mut()
        .insert(path.to_string(), Arc::new(out));
    code
}

fn token(args: &[JsValue]) -> u64 {
    args.first().and_then(JsValue::as_number).unwrap_or(0.0) as u64
}

/// Runs `f` on the host state without cloning the shared handles (these run on every user function call).
fn with_host(ctx: &Context, f: impl FnOnce(&mut Host) -> JsValue) -> JsValue {
    match ctx.get_data::<Shared>() {
        Some(s) => f(&mut s.host.borrow_mut()),
        None => JsValue::undefined(),
    }
}

/// Frames Boa allows above `limits.callDepth`, so that a user function's own check ([`check_depth`]) always
/// comes first.
pub(crate) const BOA_DEPTH_MARGIN: usize = 256;

thread_local! {
    /// Address of a local in the outermost frame of the running scenario (0 when none runs).
    static STACK_BASE: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Runs `f` with the current frame as the stack base that [`stack_used`] measures from.
pub(crate) fn with_stack_base<R>(f: impl FnOnce() -> R) -> R {
    let marker = 0u8;
    let base = std::hint::black_box(&marker) as *const u8 as usize;
    let previous = STACK_BASE.with(|b| b.replace(base));
    let result = f();
    STACK_BASE.with(|b| b.set(previous));
    result
}

/// Native stack bytes used since [`with_stack_base`] (stacks grow down on every target Looplab builds for,
/// including wasm32's shadow stack, where locals whose address is taken live).
fn stack_used() -> usize {
    let base = STACK_BASE.with(std::cell::Cell::get);
    if base == 0 {
        return 0;
    }
    let marker = 0u8;
    let here = std::hint::black_box(&marker) as *const u8 as usize;
    base.saturating_sub(here)
}

/// Node's stack overflow is a catchable `RangeError`; Boa's recursion limit is an engine error no `try` can
/// catch. So every instrumented user function checks the depth on entry and throws an ordinary RangeError at
/// `limits.callDepth` frames, before Boa's own limit ([`BOA_DEPTH_MARGIN`] frames higher) is reached.
fn check_depth(ctx: &Context) -> JsResult<usize> {
    // O(1): the frames iterator is an exact-size slice iterator.
    let depth = ctx.stack_trace().size_hint().0;
    let (limit, own) = ctx.get_data::<Shared>().map_or((usize::MAX, 0), |s| {
        let h = s.host.borrow();
        (
            h.config.limits.call_depth,
            h.config.limits.native_stack_bytes,
        )
    });
    let budget = match usize::try_from(own) {
        Ok(n) if n > 0 => n.min(crate::stack_budget()),
        _ => crate::stack_budget(),
    };
    if depth >= limit || stack_used() > budget {
        return Err(JsNativeError::range()
            .with_message("Maximum call stack size exceeded")
            .into());
    }
    Ok(depth)
}

/// `c(this?)`: a user function call starts (Count mode); `this` when it has its caller's receiver.
fn count(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let depth = check_depth(ctx)?;
    super::receivers::record(ctx, depth, args.first());
    Ok(with_host(ctx, |h| {
        h.clock.advance(h.costs.js_call_ns);
        JsValue::undefined()
    }))
}

/// `l()`: a user loop ran a batch of iterations (`instrument/loops.rs`); returns the next batch's size.
fn loop_batch(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let batch = crate::instrument::LOOP_BATCH;
    Ok(with_host(ctx, |h| {
        h.clock
            .advance(u64::from(batch).saturating_mul(h.costs.loop_iteration_ns));
        JsValue::from(batch)
    }))
}

fn enter_with(h: &mut Host, args: &[JsValue], cost: bool) -> JsValue {
    let func = token(args) as u32;
    if let Some(def) = h.fn_defs.remove(&func) {
        h.emit(def);
    }
    let (t, ev) = h.calls.enter(func);
    h.emit(ev);
    if cost {
        // Charged inside the span: a call's duration includes its own cost.
        h.clock.advance(h.costs.js_call_ns);
    }
    JsValue::from(t as f64)
}

/// `e(id, this?)`: a user function call starts (100 ns of virtual time).
fn enter(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let depth = check_depth(ctx)?;
    super::receivers::record(ctx, depth, args.get(1));
    Ok(with_host(ctx, |h| enter_with(h, args, true)))
}

/// `E(id)`: a runtime function call starts (free: the runtime's JS is not costed per call).
fn enter_runtime(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    Ok(with_host(ctx, |h| enter_with(h, args, false)))
}

fn exit(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    Ok(with_host(ctx, |h| {
        let Host {
            calls,
            recorder,
            clock,
            ..
        } = h;
        let at = looplab_trace::VTime(clock.now_ns());
        calls.exit(token(args), |ev| {
            recorder.push(at, ev);
        });
        JsValue::undefined()
    }))
}

fn suspend(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    with_host(ctx, |h| {
        if let Some(ev) = h.calls.suspend(token(args)) {
            h.emit(ev);
        }
        JsValue::undefined()
    });
    Ok(args.get(1).cloned().unwrap_or_default())
}

fn resume(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    with_host(ctx, |h| {
        if let Some(ev) = h.calls.resume(token(args)) {
            h.emit(ev);
        }
        JsValue::undefined()
    });
    Ok(args.get(1).cloned().unwrap_or_default())
}

/// `q()`: the number of callbacks the loop has run (each macrotask and microtask counts one), which tells
/// `async_stack.js` whether a function it saw running is still on the stack.
fn callback_seq(_: &JsValue, _: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    Ok(with_host(ctx, |h| JsValue::from(h.steps as f64)))
}

/// `mq(queued)`: with no argument, the number of microtasks queued so far; with one, whether the microtask
/// queued as number `queued` has been taken from the queue.
fn microtask_count(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let Some(sh) = ctx.get_data::<Shared>() else {
        return Ok(JsValue::undefined());
    };
    let (pushed, popped) = sh.executor.counts();
    Ok(match args.first().and_then(JsValue::as_number) {
        Some(n) => JsValue::from(popped as f64 >= n),
        None => JsValue::from(pushed as f64),
    })
}

/// Installs `globalThis[Symbol.for('looplab.calls')]` (non-enumerable, read-only): `c` counts a call,
/// `l` charges a batch of loop iterations, `e`/`x` enter and exit one, `s`/`r` suspend and resume one around `await`/`yield`, `q` counts callbacks and `mq` microtasks,
/// `ap` appends to a string (`string_append.rs`).
/// The bootstrap adds the JS ones (`t`, `m`, and `async_stack.js`'s).
pub(crate) fn install(ctx: &mut Context) -> JsResult<()> {
    let obj = ObjectInitializer::new(ctx)
        .function(NativeFunction::from_fn_ptr(count), js_string!("c"), 0)
        .function(NativeFunction::from_fn_ptr(loop_batch), js_string!("l"), 0)
        .function(NativeFunction::from_fn_ptr(enter), js_string!("e"), 1)
        .function(
            NativeFunction::from_fn_ptr(enter_runtime),
            js_string!("E"),
            1,
        )
        .function(NativeFunction::from_fn_ptr(exit), js_string!("x"), 1)
        .function(NativeFunction::from_fn_ptr(suspend), js_string!("s"), 2)
        .function(NativeFunction::from_fn_ptr(resume), js_string!("r"), 2)
        .function(
            NativeFunction::from_fn_ptr(callback_seq),
            js_string!("q"),
            0,
        )
        .function(
            NativeFunction::from_fn_ptr(microtask_count),
            js_string!("mq"),
            1,
        )
        .function(
            NativeFunction::from_fn_ptr(super::string_append::append),
            js_string!("ap"),
            2,
        )
        .build();
    let key = ctx.eval(Source::from_bytes("Symbol.for('looplab.calls')"))?;
    if let Some(sym) = key.as_symbol() {
        let desc = PropertyDescriptor::builder()
            .value(obj)
            .writable(false)
            .enumerable(false)
            .configurable(false);
        ctx.global_object()
            .define_property_or_throw(sym, desc, ctx)?;
    }
    // A global lexical binding (not a property of globalThis) for ES modules, initialised before any runs.
    ctx.eval(Source::from_bytes(
        "const __ll$=globalThis[Symbol.for('looplab.calls')];",
    ))?;
    install_to_string(ctx)
}

/// `Function.prototype.toString` shows user functions as they were written: Boa slices the instrumented
/// code, so the insertions are taken out again (`Instrumented::original_of`).
fn install_to_string(ctx: &mut Context) -> JsResult<()> {
    let proto = ctx.intrinsics().constructors().function().prototype();
    let orig = proto.get(js_string!("toString"), ctx)?;
    let Some(orig) = orig.as_object() else {
        return Ok(());
    };
    let native = NativeFunction::from_copy_closure_with_captures(
        |this, args, orig: &JsObject, ctx| {
            let text = orig.call(this, args, ctx)?;
            let Some(s) = text.as_string() else {
                return Ok(text);
            };
            let s = s.to_std_string_escaped();
            if !s.contains("__ll$") {
                return Ok(text);
            }
            let found = ctx
                .get_data::<Shared>()
                .and_then(|sh| sh.columns.borrow().values().find_map(|i| i.original_of(&s)));
            Ok(found.map_or(text, |o| JsValue::from(js_string!(o))))
        },
        orig.clone(),
    );
    replace_method(ctx, &proto, "toString", 0, native)
}

/// Sets `obj[name]` to a native function of that name and length, with a built-in method's attributes
/// (writable, configurable, not enumerable): how the engine's stand-ins replace Boa's builtins.
pub(crate) fn replace_method(
    ctx: &mut Context,
    obj: &JsObject,
    name: &str,
    length: usize,
    native: NativeFunction,
) -> JsResult<()> {
    let f = FunctionObjectBuilder::new(ctx.realm(), native)
        .name(js_string!(name))
        .length(length)
        .build();
    let desc = PropertyDescriptor::builder()
        .value(f)
        .writable(true)
        .enumerable(false)
        .configurable(true);
    obj.define_property_or_throw(js_string!(name), desc, ctx)?;
    Ok(())
}
