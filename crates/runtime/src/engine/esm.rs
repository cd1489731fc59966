//! ES modules over the virtual file system through Boa's `ModuleLoader`: `.mjs` and `"type": "module"` files
//! are parsed as source text modules; built-ins and CommonJS files become synthetic modules (default export =
//! `module.exports`, named exports = its own keys); JSON files become JSON modules. Resolution and format
//! detection are node's, done by modules_esm.js (`esmResolve`), so CommonJS and ESM share one VFS view.

use std::cell::RefCell;
use std::path::Path;
use std::rc::Rc;

use boa_engine::module::{ModuleLoader, Referrer, SyntheticModuleInitializer};
use boa_engine::{
    js_string, Context, JsNativeError, JsObject, JsResult, JsString, JsValue, Module, Source,
};
use looplab_trace::TraceEvent;

use super::shared;

/// Loads modules for Boa from the VFS, caching one `Module` per resolved path (or built-in name).
#[derive(Default)]
pub(crate) struct VfsLoader {
    cache: RefCell<crate::DetMap<String, Module>>,
    /// Which modules each module imports (by resolved key), and the source text modules with top-level
    /// `await`: a `require()` of an ES module must refuse a graph that has any.
    edges: RefCell<crate::DetMap<String, Vec<String>>>,
    tla: RefCell<std::collections::BTreeSet<String>>,
}

fn hook(ctx: &mut Context, name: &str, args: &[JsValue]) -> JsResult<JsValue> {
    let hooks = shared(ctx).and_then(|s| s.js_hooks.borrow().clone());
    let Some(hooks) = hooks else {
        return Err(JsNativeError::error()
            .with_message("looplab hooks missing")
            .into());
    };
    let f = hooks.get(js_string!(name), ctx)?;
    match f.as_callable() {
        Some(f) => f.call(&JsValue::undefined(), args, ctx),
        None => Err(JsNativeError::error()
            .with_message(format!("looplab hook {name} missing"))
            .into()),
    }
}

fn trace(ctx: &Context, phase: &str, format: &str, path: &str) {
    if let Some(s) = shared(ctx) {
        s.host.borrow_mut().emit(TraceEvent::ModulePhase {
            phase: phase.to_string(),
            format: format.to_string(),
            path: path.to_string(),
        });
    }
}

/// A synthetic module exporting `value` as default and `export_names` (read from `value`) as named exports.
fn synthetic(
    value: JsValue,
    export_names: &JsValue,
    path: Option<&str>,
    ctx: &mut Context,
) -> JsResult<Module> {
    let mut names: Vec<JsString> = vec![js_string!("default")];
    if let Some(arr) = export_names.as_object() {
        let arr = boa_engine::object::builtins::JsArray::from_object(arr.clone())?;
        for i in 0..arr.length(ctx)? {
            let n = arr.get(i, ctx)?.to_string(ctx)?;
            if n.to_std_string_escaped() != "default" && !names.contains(&n) {
                names.push(n);
            }
        }
    }
    // A CommonJS module runs when the graph evaluates it, in its place among the ES modules (node's
    // translator runs Module._load in the module's evaluation step): `value` is then its path.
    let run_at_evaluation = path.is_some();
    let init = SyntheticModuleInitializer::from_copy_closure_with_captures(
        |m, (value, names, run): &(JsValue, Vec<JsString>, bool), ctx| {
            let value = if *run {
                hook(ctx, "esmCjsLoad", std::slice::from_ref(value))?
            } else {
                value.clone()
            };
            m.set_export(&js_string!("default"), value.clone())?;
            if let Some(obj) = value.as_object() {
                for n in names.iter().skip(1) {
                    // A throwing getter (e.g. an unsupported feature) leaves that one export undefined.
                    let v = obj.get(n.clone(), ctx).unwrap_or_default();
                    m.set_export(n, v)?;
                }
            }
            Ok(())
        },
        (value, names.clone(), run_at_evaluation),
    );
    Ok(Module::synthetic(
        &names,
        init,
        path.map(Into::into),
        None,
        ctx,
    ))
}

impl VfsLoader {
    /// Resolves `specifier` from `parent` (a file path, or empty for the cwd) and returns the module.
    pub(crate) fn load(
        &self,
        specifier: &str,
        parent: &str,
        ctx: &mut Context,
    ) -> JsResult<Module> {
        let resolved = hook(
            ctx,
            "esmResolve",
            &[js_string!(specifier).into(), js_string!(parent).into()],
        )?;
        let obj: JsObject = resolved
            .as_object()
            .ok_or_else(|| JsNativeError::error().with_message("esmResolve failed"))?;
        let format = obj
            .get(js_string!("format"), ctx)?
            .to_string(ctx)?
            .to_std_string_escaped();
        let key = obj
            .get(js_string!("url"), ctx)?
            .to_string(ctx)?
            .to_std_string_escaped();
        if !parent.is_empty() {
            let mut edges = self.edges.borrow_mut();
            let out = edges.entry(parent.to_string()).or_default();
            if !out.contains(&key) {
                out.push(key.clone());
            }
        }
        if let Some(m) = self.cache.borrow().get(&key) {
            return Ok(m.clone());
        }
        let module = match format.as_str() {
            "builtin" | "commonjs" => {
                // (A CommonJS module's exports are its path here: it runs when the graph evaluates it.)
                let pair = hook(ctx, "esmRequire", &[js_string!(key.as_str()).into()])?;
                let pair = pair
                    .as_object()
                    .ok_or_else(|| JsNativeError::error().with_message("esmRequire failed"))?;
                let exports = pair.get(0, ctx)?;
                let names = pair.get(1, ctx)?;
                trace(ctx, "load", &format, &key);
                synthetic(
                    exports,
                    &names,
                    (format == "commonjs").then_some(key.as_str()),
                    ctx,
                )?
            }
            "json" => {
                let text =
                    hook(ctx, "esmSource", &[js_string!(key.as_str()).into()])?.to_string(ctx)?;
                trace(ctx, "load", "json", &key);
                // node's JSON translator: JSON.parse's (V8's) error, prefixed with the file's path.
                hook(
                    ctx,
                    "esmJsonCheck",
                    &[js_string!(key.as_str()).into(), text.clone().into()],
                )?;
                Module::parse_json(text, ctx)?
            }
            _ => {
                let original = hook(ctx, "esmSource", &[js_string!(key.as_str()).into()])?;
                let original = original.to_string(ctx)?.to_std_string_lossy();
                trace(ctx, "load", "module", &key);
                let awaits = super::esm_tla::top_level_await(&original);
                if awaits.any() {
                    self.tla.borrow_mut().insert(key.clone());
                }
                let text = match shared(ctx) {
                    Some(s) => {
                        super::natives_source::remember_source(&s, &key, &original);
                        super::calls::instrument_source(&s, &key, &original, true, 0)
                    }
                    None => original.clone(),
                };
                let text = awaits.source_for_boa(&text).unwrap_or(text);
                let parsed = Module::parse(
                    Source::from_bytes(&text).with_path(Path::new(&key)),
                    None,
                    ctx,
                );
                // V8's wording and place for a failure, or the early error Boa misses.
                let engine_error = parsed.as_ref().err().map(ToString::to_string);
                match super::syntax::check_module(&original, engine_error.as_deref()) {
                    Some(r) => return Err(syntax_error(&key, parent, &original, &r, ctx)),
                    None => parsed?,
                }
            }
        };
        self.cache.borrow_mut().insert(key, module.clone());
        Ok(module)
    }
}

impl VfsLoader {
    /// Whether `key` or a module it imports (transitively) has top-level `await`.
    fn graph_has_tla(&self, key: &str) -> bool {
        let edges = self.edges.borrow();
        let tla = self.tla.borrow();
        let mut seen = std::collections::BTreeSet::new();
        let mut todo = vec![key.to_string()];
        while let Some(k) = todo.pop() {
            if tla.contains(&k) {
                return true;
            }
            if seen.insert(k.clone()) {
                todo.extend(edges.get(&k).into_iter().flatten().cloned());
            }
        }
        false
    }
}

/// Runs the module loading steps queued while `sync_loading` was on, to completion.
fn drain_loading(sh: &super::Shared, ctx: &mut Context) -> JsResult<()> {
    while let Some(job) = sh.executor.pop_loading() {
        let cell = RefCell::new(&mut *ctx);
        match block_on(job.call(&cell)) {
            Some(r) => {
                r?;
            }
            None => {
                return Err(JsNativeError::error()
                    .with_message("module loading did not complete")
                    .into())
            }
        }
    }
    Ok(())
}

/// Loads and links `module` now (its loading steps run at once, not as microtasks).
fn load_and_link_now(module: &Module, sh: &super::Shared, ctx: &mut Context) -> JsResult<()> {
    sh.executor.set_sync_loading(true);
    let promise = module.load(ctx);
    handled(&promise, ctx);
    let drained = drain_loading(sh, ctx);
    sh.executor.set_sync_loading(false);
    drained?;
    match promise.state() {
        boa_engine::builtins::promise::PromiseState::Rejected(e) => {
            return Err(boa_engine::JsError::from_opaque(e))
        }
        boa_engine::builtins::promise::PromiseState::Pending => {
            return Err(JsNativeError::error()
                .with_message("module loading did not complete")
                .into())
        }
        boa_engine::builtins::promise::PromiseState::Fulfilled(_) => {}
    }
    module.link(ctx)
}

/// Marks a loader promise handled: its failure is thrown to the `require()` caller, not a rejection.
fn handled(promise: &boa_engine::object::builtins::JsPromise, ctx: &mut Context) {
    let noop = boa_engine::NativeFunction::from_fn_ptr(|_, _, _| Ok(JsValue::undefined()))
        .to_js_function(ctx.realm());
    let _ = promise.catch(noop, ctx);
}

/// Evaluates a linked module graph that has no top-level `await`: it settles at once.
fn evaluate_now(module: &Module, ctx: &mut Context) -> JsResult<()> {
    let promise = module.evaluate(ctx)?;
    handled(&promise, ctx);
    match promise.state() {
        boa_engine::builtins::promise::PromiseState::Rejected(e) => {
            Err(boa_engine::JsError::from_opaque(e))
        }
        _ => Ok(()),
    }
}

/// The first argument as a Rust string (`"undefined"` when missing, as `String(undefined)`).
fn first_string(args: &[JsValue], ctx: &mut Context) -> JsResult<String> {
    Ok(args
        .first()
        .cloned()
        .unwrap_or_default()
        .to_string(ctx)?
        .to_std_string_lossy())
}

/// `requireEsm(path, facade)` → node 20's `require()` of an ES module: the graph is loaded, linked and
/// evaluated synchronously and its namespace returned; `null` when the graph has top-level `await` (the
/// caller throws ERR_REQUIRE_ASYNC_MODULE; nothing has run). With `facade`, the namespace of node's facade
/// module (`export *`, the default export and `__esModule: true`) is returned instead.
pub(crate) fn require_esm(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = first_string(args, ctx)?;
    let facade = args.get(1).is_some_and(JsValue::to_boolean);
    let Some(sh) = shared(ctx) else {
        return Err(JsNativeError::error()
            .with_message("looplab host missing")
            .into());
    };
    let module = sh.loader.load(&path, "", ctx)?;
    load_and_link_now(&module, &sh, ctx)?;
    if sh.loader.graph_has_tla(&path) {
        return Ok(JsValue::null());
    }
    self::trace(ctx, "evaluate", "module", &path);
    evaluate_now(&module, ctx)?;
    if !facade {
        return Ok(module.namespace(ctx).into());
    }
    let quoted = format!("\"{}\"", path.replace('\\', "\\\\").replace('"', "\\\""));
    let text = format!(
        "export * from {quoted}; export {{ default }} from {quoted}; export const __esModule = true;"
    );
    let wrapper = Module::parse(
        Source::from_bytes(&text).with_path(Path::new(&path)),
        None,
        ctx,
    )?;
    load_and_link_now(&wrapper, &sh, ctx)?;
    evaluate_now(&wrapper, ctx)?;
    Ok(wrapper.namespace(ctx).into())
}

/// node's SyntaxError for a module that does not parse (made by esm_errors.js, with node's loader frames).
fn syntax_error(
    file: &str,
    parent: &str,
    text: &str,
    r: &super::syntax::SyntaxReport,
    ctx: &mut Context,
) -> boa_engine::JsError {
    let src = text
        .lines()
        .nth(r.line.saturating_sub(1) as usize)
        .unwrap_or_default();
    let length = if r.length == super::syntax::NO_MARK {
        JsValue::from(-1)
    } else {
        JsValue::from(r.length)
    };
    let args = [
        js_string!(file).into(),
        js_string!(r.message.as_str()).into(),
        JsValue::from(r.line),
        JsValue::from(r.column),
        length,
        js_string!(parent).into(),
        js_string!(src).into(),
    ];
    match hook(ctx, "esmSyntaxError", &args) {
        Ok(v) => boa_engine::JsError::from_opaque(v),
        Err(e) => e,
    }
}

impl ModuleLoader for VfsLoader {
    async fn load_imported_module(
        self: Rc<Self>,
        referrer: Referrer,
        request: boa_engine::module::ModuleRequest,
        context: &RefCell<&mut Context>,
    ) -> JsResult<Module> {
        let parent = referrer
            .path()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default();
        let spec = request.specifier().to_std_string_escaped();
        let ctx = &mut *context.borrow_mut();
        // node checks the import's attributes against the module's format (`with { type: 'json' }`).
        let ty = request
            .get_attribute("type")
            .map_or(JsValue::undefined(), |t| t.clone().into());
        let other = request
            .attributes()
            .iter()
            .find(|a| a.key().to_std_string_escaped() != "type");
        let other_key = other.map_or(JsValue::undefined(), |a| a.key().clone().into());
        let other_value = other.map_or(JsValue::undefined(), |a| a.value().clone().into());
        let resolved = hook(
            ctx,
            "esmResolve",
            &[
                js_string!(spec.as_str()).into(),
                js_string!(parent.as_str()).into(),
            ],
        )?;
        hook(
            ctx,
            "esmCheckAttributes",
            &[
                js_string!(spec.as_str()).into(),
                js_string!(parent.as_str()).into(),
                resolved,
                ty,
                other_key,
                other_value,
            ],
        )?;
        self.load(&spec, &parent, ctx)
    }

    fn init_import_meta(
        self: Rc<Self>,
        import_meta: &JsObject,
        module: &Module,
        context: &mut Context,
    ) {
        if let Some(path) = module.path() {
            let key = path.to_string_lossy().into_owned();
            // (A key with a `?query` / `#fragment` is that file's path plus the suffix: the file is the path.)
            let p = hook(context, "esmKeyFile", &[js_string!(key.as_str()).into()])
                .ok()
                .and_then(|v| v.as_string().map(|s| s.to_std_string_escaped()))
                .unwrap_or_else(|| key.clone());
            let dir = Path::new(&p)
                .parent()
                .map(|d| d.to_string_lossy().into_owned())
                .unwrap_or_else(|| "/".into());
            let url = hook(
                context,
                "pathToFileURLHref",
                &[js_string!(key.as_str()).into()],
            )
            .unwrap_or_else(|_| js_string!(format!("file://{key}")).into());
            // node's order: dirname, filename, resolve, url.
            let _ = import_meta.set(
                js_string!("dirname"),
                js_string!(dir.as_str()),
                false,
                context,
            );
            let _ = import_meta.set(
                js_string!("filename"),
                js_string!(p.as_str()),
                false,
                context,
            );
            let resolve = boa_engine::NativeFunction::from_copy_closure_with_captures(
                |_, args, parent: &JsString, ctx| {
                    let spec = args.first().cloned().unwrap_or_default();
                    let spec = spec.to_string(ctx)?;
                    hook(ctx, "esmMetaResolve", &[spec.into(), parent.clone().into()])
                },
                js_string!(p.as_str()),
            );
            let resolve = boa_engine::object::FunctionObjectBuilder::new(context.realm(), resolve)
                .name(js_string!("resolve"))
                .length(1)
                .build();
            let _ = import_meta.set(js_string!("resolve"), resolve, false, context);
            let _ = import_meta.set(js_string!("url"), url, false, context);
        }
    }
}

/// Polls a future that never waits on real I/O (Looplab's loader answers at once) to completion.
pub(crate) fn block_on<F: std::future::Future>(fut: F) -> Option<F::Output> {
    let mut fut = std::pin::pin!(fut);
    let mut cx = std::task::Context::from_waker(std::task::Waker::noop());
    for _ in 0..10_000 {
        if let std::task::Poll::Ready(v) = fut.as_mut().poll(&mut cx) {
            return Some(v);
        }
    }
    None
}

/// `moduleSyntax(path, source?)` → whether a `.js` file outside any `"type"` is an ES module by node 20's
/// syntax detection: it does not parse inside the CommonJS wrapper but does parse as a module (`import`/`export`,
/// `import.meta`, top-level `await`). Without `source`, the scenario's own copy of `path` is read (no host call
/// is charged to the virtual clock); `undefined` when the scenario has no such file.
pub(crate) fn module_syntax(_: &JsValue, args: &[JsValue], ctx: &mut Context) -> JsResult<JsValue> {
    let path = first_string(args, ctx)?;
    let src = match args.get(1).filter(|v| v.is_string()) {
        Some(v) => v.to_string(ctx)?.to_std_string_lossy(),
        None => {
            let known = shared(ctx).and_then(|s| s.files.borrow().get(&path).cloned());
            match known {
                Some(src) => src,
                None => return Ok(JsValue::undefined()),
            }
        }
    };
    if !["import", "export", "await"]
        .iter()
        .any(|w| src.contains(w))
    {
        return Ok(false.into());
    }
    let body = src
        .strip_prefix("#!")
        .map_or_else(|| src.clone(), |rest| format!("//{rest}"));
    let wrapped =
        format!("(function (exports, require, module, __filename, __dirname) {{\n{body}\n}})");
    if boa_engine::Script::parse(Source::from_bytes(&wrapped), None, ctx).is_ok() {
        return Ok(false.into());
    }
    Ok(Module::parse(Source::from_bytes(&body), None, ctx)
        .is_ok()
        .into())
}
