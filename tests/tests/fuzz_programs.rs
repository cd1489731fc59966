//! Generated programs (proptest): random nestings of timers, immediates, nextTick, promises, queueMicrotask,
//! async fs, streams, zlib, crypto and throws (caught and uncaught). Each must run without a panic, end with
//! exit code 0 or 1 (an uncaught throw prints its stack to stderr), and trace byte-identically twice.
//! The scenario parser gets random and mutated scenario documents (never a panic). A short budget runs in the
//! test command; `LOOPLAB_FUZZ_CASES=20000 cargo test -p looplab-spec --release
//! --test fuzz_programs` is the long run (README, "Fuzzing").

use looplab_runtime::{NullSinkPublic, Scenario};
use proptest::prelude::*;

/// One statement; `depth` bounds the nesting of callbacks.
fn stmt(depth: u32) -> BoxedStrategy<String> {
    let leaf = prop_oneof![
        (0u32..100).prop_map(|n| format!("log({n});")),
        (0u32..100).prop_map(|n| format!(
            "try {{ throw new Error('c{n}'); }} catch (e) {{ log(e.message); }}"
        )),
        (0u32..100).prop_map(|n| format!("fs.writeFileSync('/d/f{}.txt', 'v{n}');", n % 3)),
        (0u32..100).prop_map(|n| format!("log(fs.existsSync('/d/f{}.txt'));", n % 3)),
        (0u32..100).prop_map(|n| format!("log(Buffer.from('b{n}').toString('base64'));")),
        Just("log(process.memoryUsage().heapUsed > 0);".to_string()),
        (0u32..4).prop_map(|n| format!("if (++count > 40 + {n}) throw new Error('uncaught');")),
        Just("Promise.reject(new Error('handled')).catch((e) => log(e.message));".to_string()),
    ];
    if depth == 0 {
        return leaf.boxed();
    }
    let body = prop::collection::vec(stmt(depth - 1), 0..4).prop_map(|v| v.join(" "));
    prop_oneof![
        3 => leaf,
        1 => (body.clone(), 0u32..6).prop_map(|(b, ms)| format!("setTimeout(() => {{ {b} }}, {ms});")),
        1 => body.clone().prop_map(|b| format!("setImmediate(() => {{ {b} }});")),
        1 => body.clone().prop_map(|b| format!("process.nextTick(() => {{ {b} }});")),
        1 => body.clone().prop_map(|b| format!("Promise.resolve().then(() => {{ {b} }});")),
        1 => body.clone().prop_map(|b| format!("queueMicrotask(() => {{ {b} }});")),
        1 => body.clone().prop_map(|b| format!("(async () => {{ await null; {b} }})();")),
        1 => (body.clone(), 0u32..3).prop_map(|(b, n)| format!(
            "fs.readFile('/d/f{n}.txt', 'utf8', (err, t) => {{ log(err ? err.code : t); {b} }});"
        )),
        1 => (body.clone(), 1u32..5).prop_map(|(b, n)| format!(
            "Readable.from(Array.from({{ length: {n} }}, (_, i) => 'x' + i)).on('data', (d) => log(String(d))).on('end', () => {{ {b} }});"
        )),
        1 => body.clone().prop_map(|b| format!(
            "zlib.gzip('hello', (e, z) => {{ log(zlib.gunzipSync(z).toString()); {b} }});"
        )),
        1 => body.prop_map(|b| format!(
            "crypto.pbkdf2('p', 's', 1000, 8, 'sha256', (e, k) => {{ log(k.toString('hex')); {b} }});"
        )),
    ]
    .boxed()
}

fn program() -> impl Strategy<Value = String> {
    prop::collection::vec(stmt(3), 1..8).prop_map(|v| {
        format!(
            "const fs = require('fs'); const zlib = require('zlib'); const crypto = require('crypto');\n\
             const {{ Readable }} = require('stream');\n\
             let count = 0; const log = (x) => console.log(String(x));\n\
             fs.mkdirSync('/d', {{ recursive: true }}); fs.writeFileSync('/d/f0.txt', 'zero');\n{}\n",
            v.join("\n")
        )
    })
}

fn cases() -> u32 {
    std::env::var("LOOPLAB_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(24)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn generated_programs_run_and_repeat(src in program()) {
        let scenario = Scenario::single_file("/main.js", &src);
        let a = looplab_runtime::run(&scenario, true, Box::new(NullSinkPublic));
        let b = looplab_runtime::run(&scenario, true, Box::new(NullSinkPublic));
        match (a, b) {
            (Ok(a), Ok(b)) => {
                prop_assert!(a.exit_code == 0 || a.exit_code == 1, "exit {} for\n{src}\n{}", a.exit_code, a.stderr);
                if a.exit_code == 1 {
                    prop_assert!(a.stderr.contains("Error: uncaught"), "stderr for\n{src}\n{}", a.stderr);
                }
                prop_assert_eq!(&a.stdout, &b.stdout);
                prop_assert!(a.trace == b.trace, "trace differs for\n{}", src);
            }
            (a, b) => prop_assert!(false, "run failed for\n{src}\n{:?}\n{:?}", a.err(), b.err()),
        }
    }
}

/// Scenario documents: valid ones with random fields, and text cut or spliced at random places.
fn scenario_text() -> impl Strategy<Value = String> {
    let field = prop_oneof![
        Just("\"v\": 1".to_string()),
        (0u32..5).prop_map(|v| format!("\"v\": {v}")),
        "[a-z/.]{0,12}".prop_map(|e| format!("\"entry\": \"{e}\"")),
        ("[a-z/.]{0,12}", "\\PC{0,20}").prop_map(|(k, v)| format!("\"files\": {{\"{k}\": {v:?}}}")),
        (0i64..100_000, -5i64..100).prop_map(|(t, p)| format!(
            "\"config\": {{\"threadpool\": {p}, \"limits\": {{\"steps\": {t}, \"callDepth\": {p}}}}}"
        )),
        "\\PC{0,20}".prop_map(|s| format!("\"stdin\": {s:?}")),
        "\\PC{0,30}",
    ];
    (prop::collection::vec(field, 0..6), 0usize..200, "\\PC{0,8}").prop_map(
        |(fields, cut, junk)| {
            let doc = format!("{{{}}}", fields.join(", "));
            let at = doc
                .char_indices()
                .map(|(i, _)| i)
                .nth(cut)
                .unwrap_or(doc.len());
            if cut % 3 == 0 {
                format!("{}{junk}{}", &doc[..at], &doc[at..])
            } else {
                doc
            }
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases() * 20, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn scenario_parser_never_panics(text in scenario_text()) {
        if let Ok(s) = Scenario::from_json(&text) {
            prop_assert_eq!(s.v, 1);
        }
    }
}
