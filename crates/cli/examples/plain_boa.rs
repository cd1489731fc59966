//! Plain Boa baseline for `bench/run.sh`: runs one JS file on a default `boa_engine::Context` (Boa's own `SimpleJobExecutor`, `run_jobs()` after evaluation) with only a minimal `console.log` added.
//!
//! Usage: `cargo run --release -p looplab-cli --example plain_boa -- FILE.js`
//!
//! There is no Node.js host here: no `process`, `setTimeout`, `setImmediate` or `queueMicrotask`.
//! The benchmark uses `bench/plain/*.js` equivalents for workloads that need those.

use std::io::Write as _;
use std::process::ExitCode;
use std::rc::Rc;

use boa_engine::job::SimpleJobExecutor;
use boa_engine::object::ObjectInitializer;
use boa_engine::property::Attribute;
use boa_engine::{js_string, Context, JsResult, JsValue, NativeFunction, Source};

/// `console.log(...args)`: strings as-is, other values via Boa's display, joined by spaces.
fn console_log(_this: &JsValue, args: &[JsValue], _ctx: &mut Context) -> JsResult<JsValue> {
    let line = args
        .iter()
        .map(|a| match a.as_string() {
            Some(s) => s.to_std_string_escaped(),
            None => a.display().to_string(),
        })
        .collect::<Vec<_>>()
        .join(" ");
    // Ignore write errors (e.g. a closed pipe) rather than panicking.
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{line}");
    let _ = out.flush();
    Ok(JsValue::undefined())
}

fn run(path: &str) -> Result<(), String> {
    let src = std::fs::read(path).map_err(|e| format!("cannot read {path}: {e}"))?;

    let mut context = Context::builder()
        .job_executor(Rc::new(SimpleJobExecutor::new()))
        .build()
        .map_err(|e| format!("cannot build Boa context: {e}"))?;

    let console = ObjectInitializer::new(&mut context)
        .function(
            NativeFunction::from_fn_ptr(console_log),
            js_string!("log"),
            0,
        )
        .build();
    context
        .register_global_property(js_string!("console"), console, Attribute::all())
        .map_err(|e| format!("cannot register console: {e}"))?;

    context
        .eval(Source::from_bytes(&src).with_path(std::path::Path::new(path)))
        .map_err(|e| format!("Uncaught {e}"))?;
    context
        .run_jobs()
        .map_err(|e| format!("Uncaught (in job) {e}"))?;
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [path] = args.as_slice() else {
        eprintln!("usage: plain_boa FILE.js");
        return ExitCode::from(2);
    };
    match run(path) {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("{msg}");
            ExitCode::FAILURE
        }
    }
}
