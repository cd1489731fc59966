//! The `looplab` command: `run FILE` behaves like `node FILE`; `trace FILE` prints the event-loop timeline.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicBool, Ordering};

use cap::Cap;
use looplab_runtime::{OutputSink, RunResult, Scenario};

/// Counts live heap bytes so a runaway script (`s += s`) is stopped with a message before the machine runs
/// out of memory (Boa has no allocation hook of its own).
#[global_allocator]
static ALLOC: Cap<std::alloc::System> = Cap::new(std::alloc::System, usize::MAX);

/// Exit code for a run stopped by a Looplab limit (as `timeout` uses).
const LIMIT_EXIT: i32 = 124;

/// The runtime itself stops a run at its next host call once the heap passes `limits.heapBytes` (clean exit,
/// output flushed, `LimitReached` in the trace). This watchdog is the backstop for allocation loops that make
/// no host call at all (`s += s`): at 1.5x the limit it ends the process.
///
/// It returns once the watchdog thread runs: std's thread start-up frees a few bytes on the new thread, and
/// if that happened in the middle of the run (a loaded machine can start a thread late) the heap samples of
/// the trace, which count the whole process, would differ from run to run.
fn start_heap_watchdog(limit: u64) {
    static RUNNING: AtomicBool = AtomicBool::new(false);
    let hard = limit.saturating_add(limit / 2);
    let spawned = std::thread::Builder::new().name("heap-watchdog".into()).spawn(move || {
        RUNNING.store(true, Ordering::Release);
        loop {
            std::thread::sleep(std::time::Duration::from_millis(2));
            let live = ALLOC.allocated() as u64;
            if live > hard {
                let _ = std::io::stdout().flush();
                eprintln!(
                    "looplab: stopped: the heap grew past {} MiB (limits.heapBytes); raise it in the scenario config if this is expected",
                    limit / (1024 * 1024)
                );
                std::process::exit(LIMIT_EXIT);
            }
        }
    });
    if spawned.is_err() {
        eprintln!("looplab: warning: heap watchdog not running");
        return;
    }
    // Bounded: a machine that cannot schedule the thread within seconds still gets its run.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while !RUNNING.load(Ordering::Acquire) && std::time::Instant::now() < deadline {
        std::thread::sleep(std::time::Duration::from_micros(100));
    }
}
use looplab_trace::{render_stream_summary, render_timeline, Stream};

const USAGE: &str = "\
looplab - a Node.js 20 runtime you can watch

USAGE:
    looplab run FILE [ARGS...]      run FILE like `node FILE` (FILE: a .js script or a .json scenario)
    looplab trace FILE [--json]     run FILE and print its event-loop timeline (or the raw trace as JSON)
    looplab trace FILE --streams    run FILE and print a per-stream summary (peak buffered, drains,
                                    write() false returns, bytes through, pipe graph)
    looplab trace FILE --net        run FILE and print its network summary (connections, pools,
                                    requests, latency percentiles, throughput)
    looplab trace FILE --folded     run FILE and print its main-thread call stacks in folded form
                                    ('a;b;c self-ns' lines: flamegraph.pl, speedscope, inferno)
    looplab trace FILE --stats      run FILE recording everything, print only event and call counts
    looplab export FILE --format chrome|cpuprofile|speedscope [-o OUT]
                                    run FILE and export its trace: Chrome Trace Event JSON (Perfetto,
                                    chrome://tracing), V8 .cpuprofile (DevTools), speedscope
    looplab share FILE              print a share link fragment (#v1.z.…) holding FILE; `looplab run '#v1.z.…'`
                                    (or a whole URL ending in it) runs it again
    looplab --help | --version

Options for run and trace:
    --loop-entry timers-first|immediate-first
                                    order of setTimeout(0) vs setImmediate in the main module (default timers-first)
    --threadpool N                  UV_THREADPOOL_SIZE (default 4)
";

#[derive(Debug, thiserror::Error)]
enum CliError {
    #[error("{0}")]
    Usage(String),
    #[error("cannot read {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("cannot write {path}: {source}")]
    Write {
        path: String,
        source: std::io::Error,
    },
    #[error(transparent)]
    Runtime(#[from] looplab_runtime::RuntimeError),
    #[error("cannot open the link: {0}")]
    Link(#[from] looplab_share::ShareError),
}

/// Streams program output to the real stdout/stderr. Stdout is buffered (flushed before every stderr write
/// and at the end) so a million `console.log` lines do not cost a million syscalls.
struct StdSink {
    out: std::io::BufWriter<std::io::Stdout>,
}

impl StdSink {
    fn new() -> Self {
        StdSink {
            out: std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout()),
        }
    }
}

impl OutputSink for StdSink {
    fn write(&mut self, stream: Stream, text: &str) {
        // A closed pipe (e.g. `| head`) must not panic: ignore write errors like node does for EPIPE.
        match stream {
            Stream::Stdout => {
                // Written through at once, as node writes to a file or pipe: a run stopped from outside
                // (Ctrl-C, a timeout) keeps everything it printed.
                let _ = self.out.write_all(text.as_bytes());
                let _ = self.out.flush();
            }
            Stream::Stderr => {
                let _ = self.out.flush();
                let _ = std::io::stderr().write_all(text.as_bytes());
            }
        }
    }
}

impl Drop for StdSink {
    fn drop(&mut self) {
        let _ = self.out.flush();
    }
}

struct Opts {
    command: String,
    file: String,
    args: Vec<String>,
    json: bool,
    streams: bool,
    folded: bool,
    stats: bool,
    net: bool,
    format: Option<String>,
    output: Option<String>,
    loop_entry: Option<looplab_runtime::LoopEntry>,
    threadpool: Option<u32>,
}

fn parse_args(argv: &[String]) -> Result<Opts, CliError> {
    let mut it = argv.iter();
    let command = it
        .next()
        .cloned()
        .ok_or_else(|| CliError::Usage(USAGE.to_string()))?;
    let mut opts = Opts {
        command,
        file: String::new(),
        args: Vec::new(),
        json: false,
        streams: false,
        folded: false,
        stats: false,
        net: false,
        format: None,
        output: None,
        loop_entry: None,
        threadpool: None,
    };
    while let Some(a) = it.next() {
        if opts.command == "export" && (a == "--format" || a == "-o") {
            let v = it
                .next()
                .cloned()
                .ok_or_else(|| CliError::Usage(format!("{a} takes a value\n\n{USAGE}")))?;
            if a == "-o" {
                opts.output = Some(v);
            } else {
                opts.format = Some(v);
            }
            continue;
        }
        if !opts.file.is_empty() {
            if opts.command == "trace" && a == "--json" {
                opts.json = true;
            } else if opts.command == "trace" && a == "--streams" {
                opts.streams = true;
            } else if opts.command == "trace" && a == "--folded" {
                opts.folded = true;
            } else if opts.command == "trace" && a == "--stats" {
                opts.stats = true;
            } else if opts.command == "trace" && a == "--net" {
                opts.net = true;
            } else {
                opts.args.push(a.clone());
            }
            continue;
        }
        match a.as_str() {
            "--json" => opts.json = true,
            "--streams" => opts.streams = true,
            "--folded" => opts.folded = true,
            "--stats" => opts.stats = true,
            "--net" => opts.net = true,
            "--loop-entry" => {
                let v = it.next().map(String::as_str);
                opts.loop_entry = Some(match v {
                    Some("timers-first") => looplab_runtime::LoopEntry::TimersFirst,
                    Some("immediate-first") => looplab_runtime::LoopEntry::ImmediateFirst,
                    _ => {
                        return Err(CliError::Usage(
                            "--loop-entry takes timers-first or immediate-first".into(),
                        ))
                    }
                });
            }
            "--threadpool" => {
                let v = it.next().and_then(|v| v.parse::<u32>().ok());
                opts.threadpool =
                    Some(v.ok_or_else(|| CliError::Usage("--threadpool takes a number".into()))?);
            }
            s if s.starts_with("--") => {
                return Err(CliError::Usage(format!("unknown option {s}\n\n{USAGE}")))
            }
            _ => opts.file = a.clone(),
        }
    }
    if opts.file.is_empty() {
        return Err(CliError::Usage(format!("missing FILE\n\n{USAGE}")));
    }
    Ok(opts)
}

fn absolute(path: &str) -> PathBuf {
    let p = Path::new(path);
    if p.is_absolute() {
        p.to_path_buf()
    } else {
        std::env::current_dir()
            .map(|d| d.join(p))
            .unwrap_or_else(|_| p.to_path_buf())
    }
}

/// How much of the script's directory tree the CLI copies into the virtual file system.
struct FileBudget {
    files: usize,
    bytes: u64,
}

/// Copies the script's directory (recursively, skipping `.git` and `target`) into the scenario, so
/// `require('./x')` and `fs.readFileSync('data.txt')` see what node would see: text files, binary files (an
/// image, a Latin-1 export), empty directories and symbolic links.
fn load_tree(dir: &Path, scenario: &mut Scenario, budget: &mut FileBudget, depth: u32) {
    if depth > 12 {
        return;
    }
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        let Ok(kind) = entry.file_type() else {
            continue;
        };
        let key = path.to_string_lossy().into_owned();
        if kind.is_dir() {
            if name != ".git" && name != "target" && budget.files > 0 {
                budget.files -= 1;
                scenario.dirs.push(key);
                load_tree(&path, scenario, budget, depth + 1);
            }
        } else if kind.is_symlink() && budget.files > 0 {
            if let Ok(target) = std::fs::read_link(&path) {
                budget.files -= 1;
                scenario
                    .symlinks
                    .insert(key, target.to_string_lossy().into_owned());
            }
        } else if kind.is_file() {
            if scenario.files.contains_key(&key) || budget.files == 0 {
                continue;
            }
            let Ok(meta) = entry.metadata() else { continue };
            if meta.len() > budget.bytes {
                continue;
            }
            let Ok(bytes) = std::fs::read(&path) else {
                continue;
            };
            budget.files -= 1;
            budget.bytes -= meta.len();
            match String::from_utf8(bytes) {
                Ok(text) => {
                    scenario.files.insert(key, text);
                }
                Err(e) => {
                    scenario.binary_files.insert(key, e.into_bytes());
                }
            }
        }
    }
}

/// A share link (a URL with a `#v1.…`/`#code/…` fragment, or the fragment itself) given in place of FILE. A
/// file of that name wins (`looplab run v1.js`).
fn is_link(arg: &str) -> bool {
    (arg.starts_with('#') || arg.starts_with("v1.") || arg.contains("://") && arg.contains('#'))
        && !Path::new(arg).is_file()
}

fn load(opts: &Opts) -> Result<Scenario, CliError> {
    if is_link(&opts.file) {
        let doc = looplab_share::decode(&opts.file)?;
        let json = serde_json::to_string(&doc).map_err(|e| CliError::Usage(e.to_string()))?;
        let mut scenario = Scenario::from_json(&json)?;
        scenario.config.argv.extend(opts.args.iter().cloned());
        return Ok(scenario);
    }
    let abs = absolute(&opts.file);
    let text = std::fs::read_to_string(&abs).map_err(|source| CliError::Read {
        path: opts.file.clone(),
        source,
    })?;
    let mut scenario = if opts.file.ends_with(".json") {
        Scenario::from_json(&text)?
    } else {
        let mut s = Scenario::single_file(&abs.to_string_lossy(), &text);
        if let Some(dir) = abs.parent() {
            // Half the virtual disk at most, so the script's own writes still fit (a script in a big
            // directory such as /tmp gets the first files in name order, not an out-of-space error).
            let mut budget = FileBudget {
                files: 5_000,
                bytes: s.config.limits.vfs_bytes / 2,
            };
            load_tree(dir, &mut s, &mut budget, 0);
        }
        if let Ok(cwd) = std::env::current_dir() {
            s.config.cwd = cwd.to_string_lossy().into_owned();
        }
        s.config.env = std::env::vars().collect();
        s
    };
    scenario.config.argv.extend(opts.args.iter().cloned());
    // Piped or redirected stdin becomes the scenario's stdin (a terminal is left alone, as node only reads
    // it on demand).
    if scenario.stdin.is_empty() && !std::io::IsTerminal::is_terminal(&std::io::stdin()) {
        let mut bytes = Vec::new();
        if std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes).is_ok() {
            match String::from_utf8(bytes) {
                Ok(text) => scenario.stdin = text,
                // Not UTF-8: kept byte for byte (Latin-1 chars), as node hands a script its raw input.
                Err(e) => {
                    scenario.stdin = e.into_bytes().into_iter().map(char::from).collect();
                    scenario.config.stdin_bytes = true;
                }
            }
        }
    }
    if let Some(le) = opts.loop_entry {
        scenario.config.loop_entry = le;
    }
    if let Some(n) = opts.threadpool {
        scenario.config.threadpool = n;
    }
    Ok(scenario)
}

fn execute(argv: Vec<String>) -> Result<i32, CliError> {
    if argv.first().map(String::as_str) == Some("--version") {
        println!(
            "looplab {} (Node {} semantics)",
            env!("CARGO_PKG_VERSION"),
            looplab_runtime::NODE_VERSION
        );
        return Ok(0);
    }
    if argv.is_empty() || argv.first().map(String::as_str) == Some("--help") {
        print!("{USAGE}");
        return Ok(0);
    }
    let opts = parse_args(&argv)?;
    let scenario = load(&opts)?;
    start_heap_watchdog(scenario.config.limits.heap_bytes);
    looplab_runtime::set_heap_probe(|| ALLOC.allocated() as u64);
    // The engine thread has a 512 MiB stack (below); leave room for Boa's frames between two depth checks.
    looplab_runtime::set_stack_budget(448 * 1024 * 1024);
    match opts.command.as_str() {
        "run" => {
            let result: RunResult =
                looplab_runtime::run(&scenario, false, Box::new(StdSink::new()))?;
            Ok(result.exit_code)
        }
        "trace" => {
            let result =
                looplab_runtime::run(&scenario, true, Box::new(looplab_runtime::NullSinkPublic))?;
            let mut out = std::io::stdout().lock();
            let text = if opts.json {
                serde_json::to_string_pretty(&result.trace)
                    .map_err(|e| CliError::Usage(e.to_string()))?
            } else if opts.streams {
                render_stream_summary(&result.trace)
            } else if opts.folded {
                looplab_trace::folded_stacks(&result.trace)
            } else if opts.net {
                looplab_trace::render_network_summary(&result.trace)
            } else if opts.stats {
                let calls = result
                    .trace
                    .iter()
                    .filter(|s| matches!(s.event, looplab_trace::TraceEvent::FnEnter { .. }))
                    .count();
                let end = result.trace.last().map_or(0, |s| s.at.0);
                format!(
                    "{} events, {calls} call spans, {} virtual",
                    result.trace.len(),
                    looplab_trace::format_time(looplab_trace::VTime(end))
                )
            } else {
                render_timeline(&result.trace)
            };
            let _ = writeln!(out, "{text}");
            Ok(result.exit_code)
        }
        "share" => {
            // The scenario as a link fragment: `looplab run '#v1.z.…'` (or the playground) reproduces the run.
            // Files under the script's folder, re-rooted at `/` (no local paths in links).
            let dir = Path::new(&scenario.entry)
                .parent()
                .map(|d| d.to_string_lossy().trim_end_matches('/').to_string())
                .unwrap_or_default();
            let rebase = |p: &str| -> Option<String> {
                if dir.is_empty() {
                    Some(p.to_string())
                } else {
                    p.strip_prefix(&dir)
                        .filter(|r| r.starts_with('/'))
                        .map(str::to_string)
                }
            };
            let files = scenario
                .files
                .iter()
                .filter_map(|(k, v)| rebase(k).map(|k| (k, v.clone())))
                .collect();
            let doc = looplab_share::ShareDoc {
                v: looplab_share::VERSION,
                files,
                entry: rebase(&scenario.entry).unwrap_or_else(|| scenario.entry.clone()),
                stdin: scenario.stdin.clone(),
                config: serde_json::Value::Null,
                ui: serde_json::Value::Null,
            };
            let fragment = looplab_share::encode(&doc);
            let _ = writeln!(std::io::stdout().lock(), "#{fragment}");
            if let Some(advice) = looplab_share::length_advice(&fragment) {
                eprintln!("looplab: {advice}");
            }
            Ok(0)
        }
        "export" => {
            let format = opts.format.as_deref().unwrap_or("chrome");
            let format = looplab_trace::ExportFormat::parse(format).ok_or_else(|| {
                CliError::Usage(format!(
                    "unknown export format '{format}' (use chrome, cpuprofile or speedscope)"
                ))
            })?;
            let result =
                looplab_runtime::run(&scenario, true, Box::new(looplab_runtime::NullSinkPublic))?;
            let name = Path::new(&opts.file)
                .file_name()
                .map_or_else(|| opts.file.clone(), |n| n.to_string_lossy().into_owned());
            let doc = looplab_trace::export(&result.trace, format, &name);
            let text = serde_json::to_string(&doc).map_err(|e| CliError::Usage(e.to_string()))?;
            match &opts.output {
                Some(path) => {
                    std::fs::write(path, text + "\n").map_err(|source| CliError::Write {
                        path: path.clone(),
                        source,
                    })?
                }
                None => {
                    let _ = writeln!(std::io::stdout().lock(), "{text}");
                }
            }
            Ok(result.exit_code)
        }
        other => Err(CliError::Usage(format!(
            "unknown command '{other}'\n\n{USAGE}"
        ))),
    }
}

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    // Boa recurses on the native stack for JS→native→JS calls: give the engine a large stack.
    let worker = std::thread::Builder::new()
        .stack_size(512 * 1024 * 1024)
        .spawn(move || execute(argv));
    let outcome = match worker {
        Ok(handle) => handle
            .join()
            .unwrap_or_else(|_| Err(CliError::Usage("looplab: internal error (panic)".into()))),
        Err(e) => Err(CliError::Usage(format!("looplab: cannot start: {e}"))),
    };
    match outcome {
        Ok(code) => ExitCode::from(code.clamp(0, 255) as u8),
        Err(e) => {
            eprintln!("looplab: {e}");
            ExitCode::from(9)
        }
    }
}
