//! Fuzz target: any text run as `/main.js` (tight limits: 2 000 callbacks, 10 s of virtual time, 100 000
//! loop iterations, depth 500) ends with a result or a `RuntimeError`, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    let mut scenario = looplab_runtime::Scenario::single_file("/main.js", src);
    let limits = &mut scenario.config.limits;
    limits.steps = 2_000;
    limits.virtual_time_ms = 10_000;
    limits.loop_iterations = 100_000;
    limits.call_depth = 500;
    limits.output_bytes = 1 << 20;
    limits.trace_events = 100_000;
    let _ = looplab_runtime::run(&scenario, true, Box::new(looplab_runtime::NullSinkPublic));
});
