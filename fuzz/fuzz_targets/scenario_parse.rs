//! Fuzz target: any text given to the scenario parser gives a scenario or a `RuntimeError`, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = looplab_runtime::Scenario::from_json(text);
    }
});
