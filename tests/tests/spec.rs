//! The spec suite: every scenario under tests/spec/ runs in Looplab and must match real node's recorded
//! stdout and exit code byte for byte (and its stderr after normalising stack frames). Cases flagged
//! `known_failure` in meta.json must still fail, so a fix is noticed. Every passing case runs a second time
//! with the trace recorded (`traced::NAME`) and must print the same.

use libtest_mimic::{Arguments, Failed, Trial};
use looplab_spec::{compare, load_cases, run_case};

/// Scenarios whose output legitimately changes when a trace is recorded, and why.
const TRACED_DIFFERS: &[(&str, &str)] = &[
    (
        "stream2-module-shape",
        "lists Stream.prototype's own keys: the stream trace instrumentation adds emit/_readableState/_writableState",
    ),
    (
        "throw-non-error-number",
        "an uncaught non-Error value has no stack; Boa reports the rethrow of the span's `finally` as its position",
    ),
    (
        "webstream-adapters-details",
        "records 5.3M trace events (2.6M runtime call spans inside the web-streams polyfill), over the default \
         limits.traceEvents (2M); the traced run stops at that limit with its message, as a limit should",
    ),
    (
        "uncaught-throw-primitive-string",
        "an uncaught non-Error value has no stack; with the trace recorded Boa captures the position of the span's \
         `finally` rethrow only where it reaches the loop's callback trampoline (callQueued), so no source line is shown",
    ),
    (
        "throw-non-error-object",
        "an uncaught non-Error value has no stack; Boa reports the rethrow of the span's `finally` as its position",
    ),
];

fn main() {
    let args = Arguments::from_args();
    let cases = load_cases();
    // The same scenarios with the whole trace recorded (call spans for user and runtime code included): recording
    // must not change what the program prints.
    let traced: Vec<Trial> = cases
        .iter()
        .filter(|c| c.known_failure.is_none() && !TRACED_DIFFERS.iter().any(|(n, _)| *n == c.name))
        .cloned()
        .map(|case| {
            Trial::test(format!("traced::{}", case.name), move || {
                run_case(&case, true)
                    .and_then(|r| compare(&case, &r))
                    .map_err(Failed::from)
            })
        })
        .collect();
    let trials = cases
        .into_iter()
        .map(|case| {
            let name = case.name.clone();
            Trial::test(name, move || {
                let outcome = run_case(&case, false).and_then(|r| compare(&case, &r));
                match (&case.known_failure, outcome) {
                    (None, Ok(())) => Ok(()),
                    (None, Err(e)) => Err(Failed::from(e)),
                    (Some(_), Err(_)) => Ok(()),
                    (Some(why), Ok(())) => Err(Failed::from(format!(
                        "marked known_failure ({why}) but now passes: remove the flag from meta.json"
                    ))),
                }
            })
        })
        .chain(traced)
        .collect();
    libtest_mimic::run(&args, trials).exit();
}
