//! One run's life: build and bootstrap an engine ahead of time (`prepare`), then attach a scenario's files and
//! run it (`Prepared::run`). A playground worker prepares the next engine while it is idle, so Run only pays
//! for the user's code.

use std::cell::RefCell;
use std::rc::Rc;

use boa_engine::Context;
use looplab_trace::TraceEvent;

use super::{
    calls, esm, event_loop, hooks, math, parse_int, symbols, Engine, Executor, Shared, Store,
};
use crate::config::Scenario;
use crate::error::RuntimeError;
use crate::host::{Host, OutputSink, Stop};
use crate::RunResult;

/// A bootstrapped engine waiting for its scenario's files and stdin. It was built for one entry path and config
/// (the bootstrap reads them into `process`); [`Prepared::accepts`] says whether a scenario fits.
pub struct Prepared {
    pub(super) engine: Engine,
    /// The `host` object bootstrap.js holds (stdin is set on it when the scenario arrives).
    host_obj: boa_engine::JsObject,
    /// The scenario it was prepared for, without files.
    shell: Scenario,
    record: bool,
}

impl std::fmt::Debug for Prepared {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Prepared")
            .field("entry", &self.shell.entry)
            .field("record", &self.record)
            .finish_non_exhaustive()
    }
}

/// Builds a context, installs the host functions and runs the bootstrap for `scenario`'s entry and config;
/// its files and stdin are not read until [`Prepared::run`].
pub fn prepare(
    scenario: &Scenario,
    record: bool,
    sink: Box<dyn OutputSink>,
) -> Result<Prepared, RuntimeError> {
    prepare_for(scenario, record, sink, None)
}

/// [`prepare`], for a worker thread when `worker` is given: the mailbox it shares with its parent, the
/// virtual time its clock starts at, and the objects all threads share (`Shared::handles`).
pub(super) fn prepare_for(
    scenario: &Scenario,
    record: bool,
    sink: Box<dyn OutputSink>,
    worker: Option<(Rc<RefCell<crate::host::workers::Link>>, u64, super::Handles)>,
) -> Result<Prepared, RuntimeError> {
    let shell = Scenario {
        v: scenario.v,
        files: Default::default(),
        binary_files: Default::default(),
        dirs: Vec::new(),
        symlinks: Default::default(),
        entry: scenario.entry.clone(),
        stdin: String::new(),
        config: scenario.config.clone(),
    };
    let config = &shell.config;
    let host = Rc::new(RefCell::new(Host::new(config.clone(), record, sink)));
    let mut handles = super::Handles::default();
    if let Some((link, start_ns, shared)) = worker {
        let mut h = host.borrow_mut();
        h.clock.advance_to(start_ns);
        h.parent = Some(link);
        handles = shared;
    }
    let executor = Rc::new(Executor::default());
    let loader = Rc::new(esm::VfsLoader::default());
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
        .module_loader(loader.clone())
        .build()
        .map_err(|e| RuntimeError::Bootstrap(e.to_string()))?;
    {
        let limits = ctx.runtime_limits_mut();
        limits.set_loop_iteration_limit(config.limits.loop_iterations);
        limits.set_recursion_limit(
            // Boa counts a native re-entry (`[1].map(f)` calling `f`) as a second level per frame; the
            // user-visible check (`calls::check_depth`) counts frames only, so it must stay the lower one.
            config
                .limits
                .call_depth
                .saturating_mul(2)
                .saturating_add(calls::BOA_DEPTH_MARGIN),
        );
        // Boa 0.22's value stack leaks the frames an exception unwinds when a catch in an outer frame takes it
        // (`handle_throw` returns from its handler search without truncating to the popped frame); the leak is
        // freed when the catching function returns. A top-level loop that catches stack overflows leaks ~80k
        // values a time, and at this limit Boa's uncatchable error ends the run: 1M values gave 10-13 caught
        // overflows (node catches any number), 16M gives over 150. Deep recursion itself is bounded by
        // `limits.callDepth`, long before this.
        limits.set_stack_size_limit(16 * 1024 * 1024);
    }
    let sh = Shared {
        host: host.clone(),
        store: Rc::new(RefCell::new(Store::default())),
        executor,
        js_hooks: Rc::new(RefCell::new(None)),
        files: Rc::default(),
        frame: Rc::new(RefCell::new(boa_engine::JsValue::undefined())),
        columns: Rc::default(),
        loader: loader.clone(),
        receivers: Rc::default(),
        workers: Rc::default(),
        handles,
    };
    ctx.insert_data(sh.clone());
    symbols::install(&mut ctx).map_err(|e| RuntimeError::Bootstrap(e.to_string()))?;
    math::install(&mut ctx).map_err(|e| RuntimeError::Bootstrap(e.to_string()))?;
    super::number_fixed::install(&mut ctx).map_err(|e| RuntimeError::Bootstrap(e.to_string()))?;
    parse_int::install(&mut ctx).map_err(|e| RuntimeError::Bootstrap(e.to_string()))?;
    super::string_search::install(&mut ctx).map_err(|e| RuntimeError::Bootstrap(e.to_string()))?;
    super::array_sort::install(&mut ctx).map_err(|e| RuntimeError::Bootstrap(e.to_string()))?;
    calls::install(&mut ctx).map_err(|e| RuntimeError::Bootstrap(e.to_string()))?;
    host.borrow_mut().emit(TraceEvent::RunStarted {
        entry: shell.entry.clone(),
        epoch_ms: config.epoch_ms,
    });
    let mut engine = Engine {
        ctx,
        sh,
        loader,
        gc_baseline: std::cell::Cell::new(0),
        esm_entry: None,
        startup_drain: false,
        ticks_site: None,
        error_origin: None,
    };
    let host_obj = engine.bootstrap(&shell)?;
    // The GC heap is per thread: collect what earlier engines and the bootstrap left, so a run starts from the
    // same clean heap whether it was prepared just now or minutes ago (`process.memoryUsage()` stays meaningful).
    engine.collect_garbage();
    Ok(Prepared {
        engine,
        host_obj,
        shell,
        record,
    })
}

impl Prepared {
    /// Whether `scenario` can run on this engine: same entry and config as it was prepared for.
    pub fn accepts(&self, scenario: &Scenario, record: bool) -> bool {
        record == self.record
            && scenario.entry == self.shell.entry
            && scenario.config == self.shell.config
    }

    /// Seeds the virtual file system with `scenario`'s files and runs it to completion. A scenario this engine
    /// does not [accept](Prepared::accepts) is refused with [`RuntimeError::Scenario`].
    pub fn run(self, scenario: &Scenario) -> Result<RunResult, RuntimeError> {
        super::calls::with_stack_base(|| self.run_here(scenario))
    }

    fn run_here(self, scenario: &Scenario) -> Result<RunResult, RuntimeError> {
        if !self.accepts(scenario, self.record) {
            return Err(RuntimeError::Scenario(
                "the prepared engine was built for another entry or config".into(),
            ));
        }
        let entry = &self.shell.entry;
        let entry_src = scenario
            .files
            .get(entry)
            .ok_or_else(|| RuntimeError::MissingEntry(entry.clone()))?
            .clone();
        let mut engine = self.engine;
        self.host_obj
            .set(
                boa_engine::js_string!("stdin"),
                boa_engine::js_string!(scenario.stdin.as_str()),
                false,
                &mut engine.ctx,
            )
            .map_err(|e| RuntimeError::Bootstrap(e.to_string()))?;
        self.host_obj
            .set(
                boa_engine::js_string!("stdinBytes"),
                scenario.config.stdin_bytes,
                false,
                &mut engine.ctx,
            )
            .map_err(|e| RuntimeError::Bootstrap(e.to_string()))?;
        let host = engine.sh.host.clone();
        *engine.sh.files.borrow_mut() = scenario.files.clone();
        {
            let mut h = host.borrow_mut();
            seed_vfs(&mut h.vfs, scenario)?;
            let cwd = crate::vfs::normalize(&self.shell.config.cwd);
            let _ = crate::vfs::FileSystem::mkdir(&mut h.vfs, &cwd, true, 0o777);
            // os.tmpdir() exists, as on any machine node runs on (a script's mkdtemp there works).
            let env = &self.shell.config.env;
            let tmp = ["TMPDIR", "TMP", "TEMP"]
                .iter()
                .find_map(|k| env.get(*k).filter(|v| v.starts_with('/')))
                .map_or("/tmp".to_string(), |v| crate::vfs::normalize(v));
            let _ = crate::vfs::FileSystem::mkdir(&mut h.vfs, &tmp, true, 0o1777);
        }
        engine.run_main(entry, &entry_src);
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
        h.flush_trace();
        let trace = h.recorder.take();
        let mut files = Vec::new();
        list_vfs(&h.vfs, "/", &mut files);
        Ok(RunResult {
            files,
            exit_code: code,
            stdout: std::mem::take(&mut h.stdout),
            stderr: std::mem::take(&mut h.stderr),
            trace,
        })
    }
}

/// Prepares and runs in one go (the CLI, the tests, a worker without a matching prepared engine).
pub(crate) fn run_scenario(
    scenario: &Scenario,
    record: bool,
    sink: Box<dyn OutputSink>,
) -> Result<RunResult, RuntimeError> {
    if !scenario.files.contains_key(&scenario.entry) {
        return Err(RuntimeError::MissingEntry(scenario.entry.clone()));
    }
    prepare(scenario, record, sink)?.run(scenario)
}

/// Every path under `dir`, depth first (directories end with `/`).
fn list_vfs(fs: &crate::vfs::MemFs, dir: &str, out: &mut Vec<(String, u64)>) {
    use crate::vfs::{FileSystem, Kind};
    let Ok(entries) = fs.readdir(dir) else { return };
    for (name, kind) in entries {
        let path = if dir == "/" {
            format!("/{name}")
        } else {
            format!("{dir}/{name}")
        };
        match kind {
            Kind::Dir => {
                out.push((format!("{path}/"), 0));
                list_vfs(fs, &path, out);
            }
            _ => {
                let size = fs.lstat(&path).map_or(0, |s| s.size);
                out.push((path, size));
            }
        }
    }
}

/// Places the scenario's files, binary files, directories and symbolic links in the virtual file system.
fn seed_vfs(vfs: &mut crate::vfs::MemFs, scenario: &Scenario) -> Result<(), RuntimeError> {
    use crate::vfs::FileSystem;
    let fail = |path: &str, errno: crate::vfs::Errno| {
        let why = match errno {
            crate::vfs::Errno::Enospc => "ENOSPC: the files exceed limits.vfsBytes",
            other => other.code(),
        };
        RuntimeError::Scenario(format!(
            "cannot place '{path}' in the virtual file system ({why})"
        ))
    };
    let texts = scenario.files.iter().map(|(p, t)| (p, t.as_bytes()));
    let bytes = scenario.binary_files.iter().map(|(p, b)| (p, b.as_slice()));
    for (path, data) in texts.chain(bytes) {
        vfs.seed(&crate::vfs::normalize(path), data)
            .map_err(|e| fail(path, e))?;
    }
    // The scenario's stdin is a file, as with `node main.js < stdin.txt`: /dev/stdin opens it (streams,
    // `fs.open`, `fs.promises.open(...).readLines()`), when there is input and no scenario file there.
    if !scenario.stdin.is_empty() && !scenario.files.contains_key("/dev/stdin") {
        let data: Vec<u8> = if scenario.config.stdin_bytes {
            scenario.stdin.chars().map(|c| c as u32 as u8).collect()
        } else {
            scenario.stdin.as_bytes().to_vec()
        };
        vfs.seed("/dev/stdin", &data)
            .map_err(|e| fail("/dev/stdin", e))?;
    }
    for dir in &scenario.dirs {
        vfs.mkdir(&crate::vfs::normalize(dir), true, 0o777)
            .map_err(|e| fail(dir, e))?;
    }
    for (path, target) in &scenario.symlinks {
        let abs = crate::vfs::normalize(path);
        if let Some(i) = abs.rfind('/').filter(|&i| i > 0) {
            vfs.mkdir(&abs[..i], true, 0o777)
                .map_err(|e| fail(path, e))?;
        }
        vfs.symlink(target, &abs).map_err(|e| fail(path, e))?;
    }
    Ok(())
}
