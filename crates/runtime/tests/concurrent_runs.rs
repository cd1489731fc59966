//! Runs on several threads of one process at the same instant (the test suites, any multi-threaded embedder)
//! must agree on `Symbol.for`. Boa's global symbol registry is process-wide and its get-or-create is not
//! atomic: two threads asking for a new key at once each got their own symbol and the registry kept the later
//! one, so a `util.inspect.custom` method defined with the first was invisible to inspect later in that run
//! (`AbortSignal {}` for node's `AbortSignal { aborted: false }`, a CI failure). The runtime's `Symbol.for`
//! now takes a process-wide lock (engine/symbols.rs).

use std::sync::{Arc, Barrier};

/// Creates thousands of registry keys at once on every thread, then checks each is still the same symbol.
const SCRIPT: &str = "const made = [];\n\
    for (let i = 0; i < 20000; i++) made.push(Symbol.for('key ' + i));\n\
    let changed = 0;\n\
    for (let i = 0; i < 20000; i++) if (made[i] !== Symbol.for('key ' + i)) changed++;\n\
    console.log('changed', changed);\n\
    console.log(new AbortController().signal);\n\
    console.log(Symbol.for.name, Symbol.for.length, Symbol.keyFor(made[7]));\n";

const EXPECTED: &str = "changed 0\nAbortSignal { aborted: false }\nfor 1 key 7\n";

#[test]
fn simultaneous_runs_see_one_symbol_per_registry_key() {
    let threads = 4;
    let barrier = Arc::new(Barrier::new(threads));
    let handles: Vec<_> = (0..threads)
        .map(|_| {
            let barrier = barrier.clone();
            std::thread::Builder::new()
                .stack_size(64 * 1024 * 1024)
                .spawn(move || {
                    barrier.wait();
                    looplab_runtime::run_source("/main.js", SCRIPT, false)
                        .map(|r| r.stdout)
                        .map_err(|e| e.to_string())
                })
                .expect("spawn a test thread")
        })
        .collect();
    for (i, h) in handles.into_iter().enumerate() {
        let out = h.join().expect("the run panicked");
        assert_eq!(out.as_deref(), Ok(EXPECTED), "thread {i}");
    }
}
