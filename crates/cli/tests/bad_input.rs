//! Bad input through the real `looplab` binary: each case ends with Node's error text (or a clear Looplab
//! message where node would hang or exhaust memory) and a non-zero exit code, never a panic or an abort.

use std::path::PathBuf;
use std::process::{Command, Output};

fn write_temp(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("looplab-bad-input-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join(name);
    if let Err(e) = std::fs::write(&path, text) {
        panic!("cannot write {}: {e}", path.display());
    }
    path
}

fn looplab(args: &[&str]) -> Output {
    match Command::new(env!("CARGO_BIN_EXE_looplab"))
        .args(args)
        .output()
    {
        Ok(o) => o,
        Err(e) => panic!("cannot run looplab: {e}"),
    }
}

fn run_js(name: &str, src: &str) -> (i32, String, String) {
    let path = write_temp(name, src);
    let out = looplab(&["run", &path.to_string_lossy()]);
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

fn scenario(name: &str, src: &str, limits: &str) -> (i32, String, String) {
    let doc = serde_json::json!({
        "v": 1,
        "files": { "/main.js": src },
        "entry": "/main.js",
        "config": { "limits": serde_json::from_str::<serde_json::Value>(limits).unwrap_or_default() }
    });
    let path = write_temp(name, &doc.to_string());
    let out = looplab(&["run", &path.to_string_lossy()]);
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into(),
        String::from_utf8_lossy(&out.stderr).into(),
    )
}

fn no_panic(stderr: &str) {
    assert!(
        !stderr.contains("panicked"),
        "panic reached the user: {stderr}"
    );
}

#[test]
fn syntax_error_reports_file_line_caret() {
    let (code, _, err) = run_js("syntax.js", "console.log(1);\nlet x = ;\n");
    assert_eq!(code, 1);
    assert!(
        err.contains("syntax.js:2\nlet x = ;\n        ^\n\nSyntaxError: Unexpected token ';'"),
        "{err}"
    );
    no_panic(&err);
}

#[test]
fn top_level_throw_is_fatal_with_exit_1() {
    let (code, out, err) = run_js(
        "throw.js",
        "console.log('before');\nthrow new Error('boom');\nconsole.log('after');\n",
    );
    assert_eq!(code, 1);
    assert_eq!(out, "before\n");
    assert!(
        err.contains("throw.js:2\nthrow new Error('boom');\n^\n\nError: boom\n    at "),
        "{err}"
    );
    assert!(err.ends_with("Node.js v20.20.2\n"), "{err}");
}

#[test]
fn infinite_loop_stops_with_a_clear_message() {
    let (code, _, err) = scenario(
        "loop.json",
        "while (true) {}",
        r#"{"loopIterations": 1000000}"#,
    );
    assert_eq!(code, 124);
    assert!(
        err.contains("stopped a loop after 1000000 iterations (limits.loopIterations)"),
        "{err}"
    );
}

#[test]
fn endless_interval_stops_at_the_virtual_time_limit() {
    let (code, out, err) = scenario(
        "interval.json",
        "setInterval(() => {}, 1000); console.log('started')",
        r#"{"virtualTimeMs": 60000}"#,
    );
    assert_eq!(code, 124);
    assert_eq!(out, "started\n");
    assert!(
        err.contains("stopped after 60000 ms of virtual time (limits.virtualTimeMs)"),
        "{err}"
    );
}

#[test]
fn runaway_recursion_is_a_range_error() {
    let (code, _, err) = run_js("recursion.js", "function f() { return f() + 1 }\nf();\n");
    assert_eq!(code, 1);
    assert!(
        err.contains("RangeError: Maximum call stack size exceeded"),
        "{err}"
    );
    no_panic(&err);
}

#[test]
fn string_grown_past_the_heap_limit_stops_cleanly() {
    let (code, _, err) = scenario(
        "string.json",
        "let s = 'x'; while (true) s += s;",
        r#"{"heapBytes": 268435456}"#,
    );
    assert_eq!(code, 124);
    assert!(
        err.contains("the heap grew past 256 MiB (limits.heapBytes)"),
        "{err}"
    );
}

#[test]
fn a_million_console_lines_all_arrive() {
    let (code, out, err) = run_js(
        "million.js",
        "for (let i = 0; i < 1e6; i++) console.log(i)\n",
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), 1_000_000);
    assert!(out.ends_with("999999\n"));
}

#[test]
fn output_limit_stops_a_flood() {
    let (code, _, err) = scenario(
        "flood.json",
        "for (;;) console.log('flood')",
        r#"{"outputBytes": 100000}"#,
    );
    assert_eq!(code, 124);
    assert!(
        err.contains("stopped after 100000 bytes of output (limits.outputBytes)"),
        "{err}"
    );
}

#[test]
fn missing_file_and_bad_scenario_are_clear_errors() {
    let out = looplab(&["run", "/nonexistent/x.js"]);
    assert_ne!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read /nonexistent/x.js"));
    let path = write_temp("corrupt.json", "{ not json");
    let out = looplab(&["run", &path.to_string_lossy()]);
    assert_ne!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("invalid scenario"));
}

#[test]
fn a_file_bigger_than_the_vfs_limit_is_enospc_and_leaves_no_partial_content() {
    let src = "const fs = require('fs');\n\
        try { fs.writeFileSync('/big.txt', 'x'.repeat(5000)); } catch (e) { console.log(e.code, e.message); }\n\
        console.log('exists', fs.existsSync('/big.txt'), 'size', fs.existsSync('/big.txt') ? fs.statSync('/big.txt').size : -1);\n\
        fs.writeFileSync('/small.txt', 'ok'); console.log(fs.readFileSync('/small.txt', 'utf8'));";
    let (code, out, err) = scenario("vfs-limit.json", src, r#"{"vfsBytes": 1000}"#);
    assert_eq!(code, 0, "{err}");
    assert_eq!(
        out,
        "ENOSPC ENOSPC: no space left on device, open '/big.txt'\nexists true size 0\nok\n"
    );
}

#[test]
fn dot_dot_never_escapes_the_virtual_root() {
    let src = "const fs = require('fs');\n\
        fs.writeFileSync('/top.txt', 'top');\n\
        console.log(fs.readFileSync('/../../../top.txt', 'utf8'));\n\
        try { fs.readFileSync('../../../../etc/passwd'); } catch (e) { console.log(e.code); }";
    let (code, out, err) = scenario("dotdot.json", src, "{}");
    assert_eq!(code, 0, "{err}");
    assert_eq!(out, "top\nENOENT\n");
}

#[test]
fn requiring_a_module_that_throws_or_does_not_parse_is_nodes_error() {
    let doc = serde_json::json!({
        "v": 1,
        "files": {
            "/main.js": "try { require('./bad') } catch (e) { console.log(e.name, e.message) }\ntry { require('./throws') } catch (e) { console.log(e.message) }\ntry { require('./cfg.json') } catch (e) { console.log(e.name) }",
            "/bad.js": "let = ;",
            "/throws.js": "throw new Error('boom at load')",
            "/cfg.json": "{ nope"
        },
        "entry": "/main.js"
    });
    let path = write_temp("modules.json", &doc.to_string());
    let out = looplab(&["run", &path.to_string_lossy()]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(stdout.starts_with("SyntaxError "), "{stdout}");
    assert!(stdout.contains("boom at load\nSyntaxError\n"), "{stdout}");
}

#[test]
fn a_producer_ignoring_backpressure_hits_the_heap_limit_and_keeps_its_output() {
    // Every write is buffered by a Writable that never finishes one: the buffer grows as in node, until
    // limits.heapBytes stops the run with a message; the lines printed before are all there.
    let src = "const { Writable } = require('stream');\n\
        const slow = new Writable({ write(chunk, enc, cb) { /* never calls back */ } });\n\
        let n = 0;\n\
        function produce() {\n\
          slow.write(Buffer.alloc(64 * 1024));\n\
          if (++n % 100 === 0) console.log('buffered', slow.writableLength);\n\
          setImmediate(produce);\n\
        }\n\
        produce();\n";
    let (code, out, err) = scenario("backpressure.json", src, r#"{"heapBytes": 134217728}"#);
    assert_eq!(code, 124, "{err}");
    assert!(
        err.contains("the heap grew past 128 MiB (limits.heapBytes)"),
        "{err}"
    );
    assert!(
        out.starts_with("buffered 6553600\nbuffered 13107200\n"),
        "{out}"
    );
    no_panic(&err);
}

/// Heap samples of `looplab trace --json` (the binary's counting allocator is the probe).
fn heap_series(example: &str) -> Vec<u64> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../static/examples")
        .join(example);
    let out = looplab(&["trace", &path.to_string_lossy(), "--json"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let trace: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
    trace
        .as_array()
        .map(|events| {
            events
                .iter()
                .filter(|e| e["type"] == "memorySample")
                .filter_map(|e| e["heap_bytes"].as_u64())
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn memory_samples_rise_for_a_leak_and_fall_back_when_fixed() {
    // 300 timer ticks each allocating 64 KiB: the leaking cache keeps them all (~19 MiB), the fixed one only
    // the last, so the garbage collector keeps bringing its heap back down.
    let leak = heap_series("memory-leak-closure-cache.js");
    let fixed = heap_series("memory-leak-fixed.js");
    assert_eq!((leak.len(), fixed.len()), (301, 301));
    let mib = 1024 * 1024;
    let (l_first, l_last) = (leak[0], leak[leak.len() - 1]);
    assert!(
        l_last > l_first + 15 * mib,
        "leak did not grow: {l_first} -> {l_last}"
    );
    // Every 30th sample of the leak is higher than the one before it.
    for w in leak.iter().step_by(30).collect::<Vec<_>>().windows(2) {
        assert!(w[1] > w[0], "leak series not rising: {leak:?}");
    }
    // The fixed one stays far below: collections under allocation pressure (engine/memory.rs) free the
    // dropped buffers, so its series falls back several times.
    let f_peak = fixed.iter().copied().max().unwrap_or(0);
    assert!(
        f_peak + 8 * mib < l_last,
        "fixed peaks at {f_peak}, leak ends at {l_last}"
    );
    let falls = fixed.windows(2).filter(|w| w[0] > w[1] + 2 * mib).count();
    assert!(falls >= 2, "fixed never came back down: {fixed:?}");
}

#[test]
fn webassembly_exists_but_fails_with_a_clear_error() {
    let (code, out, err) = run_js(
        "wasm.js",
        "console.log(typeof WebAssembly, typeof fetch, typeof window, typeof importScripts);\n\
         try { WebAssembly.instantiate(new Uint8Array(8)); } catch (e) { console.log(e.message); }\n\
         new WebAssembly.Module(new Uint8Array(8));\n",
    );
    assert_eq!(code, 1, "{err}");
    assert!(
        out.starts_with("object function undefined undefined\nWebAssembly.instantiate is not available in Looplab"),
        "{out}"
    );
    assert!(
        err.contains("Error: WebAssembly.Module is not available in Looplab: its JavaScript engine (Boa) has no WebAssembly support"),
        "{err}"
    );
    no_panic(&err);
}

#[test]
fn a_script_in_a_big_directory_still_runs_and_can_write() {
    // The CLI copies the script's directory into the virtual disk; a directory larger than the disk (a
    // script in /tmp, say) must not fill it: the copy stops at half of limits.vfsBytes.
    let dir = std::env::temp_dir().join(format!("looplab-big-dir-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let blob = "x".repeat(24 * 1024 * 1024);
    for name in ["a.txt", "b.txt", "c.txt"] {
        if let Err(e) = std::fs::write(dir.join(name), &blob) {
            panic!("cannot write {name}: {e}");
        }
    }
    let script = dir.join("main.js");
    let src = "const fs = require('fs');\n\
               fs.writeFileSync(__dirname + '/out.bin', Buffer.alloc(20 * 1024 * 1024));\n\
               console.log(fs.statSync(__dirname + '/out.bin').size);\n";
    if let Err(e) = std::fs::write(&script, src) {
        panic!("cannot write main.js: {e}");
    }
    let out = looplab(&["run", &script.to_string_lossy()]);
    let _ = std::fs::remove_dir_all(&dir);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "20971520\n");
    no_panic(&err);
}
