//! A playground worker bootstraps its next engine before the user presses Run (`looplab_runtime::prepare`).
//! That engine, prepared without the scenario's files, must give exactly the trace and output of a cold run,
//! and must refuse a scenario whose entry or config differ from what it was built for (stdin and files are
//! attached when the scenario arrives).

use looplab_runtime::{NullSinkPublic, Scenario};

const PROGRAM: &str = r#"
const fs = require('fs');
console.log('A');
setTimeout(() => console.log('B'), 0);
Promise.resolve().then(() => console.log('C'));
process.nextTick(() => console.log('D'));
process.stdin.on('data', (d) => console.log('stdin', JSON.stringify(String(d))));
fs.readFile(__dirname + '/data.txt', 'utf8', (err, text) => {
  console.log('read', text, require('path').basename(__filename));
  setImmediate(() => { throw new Error('boom ' + text); });
});
"#;

fn scenario() -> Scenario {
    let mut s = Scenario::single_file("/app/main.js", PROGRAM);
    s.files.insert("/app/data.txt".into(), "hello".into());
    s.config.cwd = "/app".into();
    s.stdin = "typed\n".into();
    s
}

#[test]
fn a_prepared_engine_runs_like_a_cold_one() {
    let cold = looplab_runtime::run(&scenario(), true, Box::new(NullSinkPublic)).expect("cold run");
    // Prepared for the same entry and config but other files (the playground prepares before edits land).
    let mut shell = scenario();
    shell.stdin = String::new();
    shell.files.clear();
    shell
        .files
        .insert("/app/main.js".into(), "console.log('old draft')".into());
    let prepared =
        looplab_runtime::prepare(&shell, true, Box::new(NullSinkPublic)).expect("prepare");
    assert!(prepared.accepts(&scenario(), true));
    let warm = prepared.run(&scenario()).expect("prepared run");
    assert_eq!(warm.stdout, cold.stdout);
    assert!(
        warm.stdout.contains("stdin \"typed\\n\""),
        "{}",
        warm.stdout
    );
    assert_eq!(warm.stderr, cold.stderr);
    assert!(
        warm.stderr.contains("boom hello"),
        "the uncaught error reaches stderr: {}",
        warm.stderr
    );
    assert!(
        warm.stderr.contains("throw new Error('boom ' + text)"),
        "the source line of the error comes from the attached files: {}",
        warm.stderr
    );
    assert_eq!(warm.exit_code, cold.exit_code);
    assert_eq!(warm.files, cold.files);
    assert!(!cold.trace.is_empty());
    assert_eq!(warm.trace, cold.trace, "byte-identical trace");
}

#[test]
fn a_prepared_engine_refuses_another_config() {
    let prepare = || looplab_runtime::prepare(&scenario(), true, Box::new(NullSinkPublic));
    let mut other = scenario();
    other.config.threadpool = 2;
    let p = prepare().expect("prepare");
    assert!(!p.accepts(&other, true));
    assert!(p.run(&other).is_err());
    let mut other = scenario();
    other.entry = "/app/other.js".into();
    other.files.insert("/app/other.js".into(), "1".into());
    assert!(!prepare().expect("prepare").accepts(&other, true));
    assert!(!prepare().expect("prepare").accepts(&scenario(), false));
}
