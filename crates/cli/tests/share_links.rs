//! `looplab share` → `looplab run LINK` reproduces the run byte for byte (the runtime is deterministic), with
//! the files re-rooted so no local path leaks into the link; damaged and future links end with a clear message.

use std::process::{Command, Output};

fn looplab(args: &[&str], cwd: &std::path::Path) -> Output {
    match Command::new(env!("CARGO_BIN_EXE_looplab"))
        .args(args)
        .current_dir(cwd)
        .output()
    {
        Ok(o) => o,
        Err(e) => panic!("cannot run looplab: {e}"),
    }
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn a_shared_scenario_runs_the_same() {
    let dir = std::env::temp_dir().join(format!("looplab-share-{}", std::process::id()));
    let _ = std::fs::create_dir_all(dir.join("lib"));
    let main = "const { twice } = require('./lib/util');\n\
        console.log('A', twice(2), require('fs').readFileSync(__dirname + '/data.txt', 'utf8').trim());\n\
        setTimeout(() => console.log('B', performance.now() > 0), 5);\n\
        Promise.resolve().then(() => console.log('C'));\n\
        process.nextTick(() => console.log('D'));\n";
    for (name, body) in [
        ("main.js", main),
        ("lib/util.js", "exports.twice = (n) => n * 2;\n"),
        ("data.txt", "héllo ✓\n"),
    ] {
        if let Err(e) = std::fs::write(dir.join(name), body) {
            panic!("{e}");
        }
    }
    let direct = looplab(&["run", "main.js"], &dir);
    let share = looplab(&["share", "main.js"], &dir);
    assert!(share.status.success(), "{}", text(&share.stderr));
    let link = text(&share.stdout).trim().to_string();
    assert!(link.starts_with("#v1.z."), "{link}");
    assert!(link.len() < 2000, "{} chars", link.len());
    // Run it from elsewhere, as a whole URL: nothing is read from the original folder.
    let url = format!("https://looplab.example/?node=20{link}");
    let replay = looplab(&["run", &url], &std::env::temp_dir());
    assert_eq!(text(&replay.stdout), text(&direct.stdout));
    assert_eq!(text(&replay.stdout), "A 4 héllo ✓\nD\nC\nB true\n");
    assert_eq!(replay.status.code(), Some(0));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn bad_links_say_why() {
    let here = std::env::temp_dir();
    for (link, expect) in [
        ("#v9.z.abcd", "made by a newer Looplab"),
        ("#v1.z.AAAA", "the link is damaged"),
        ("#v1.z.%%%", "the link is damaged"),
        ("#v1.xx.abcd", "unknown link codec"),
        ("#code/@@@", "the link is damaged"),
    ] {
        let out = looplab(&["run", link], &here);
        let err = text(&out.stderr);
        assert_ne!(out.status.code(), Some(0), "{link}");
        assert!(err.contains(expect), "{link}: {err}");
        assert!(!err.contains("panicked"), "{link}: {err}");
    }
}

#[test]
fn a_file_named_like_a_link_is_a_file() {
    let dir = std::env::temp_dir().join(format!("looplab-v1-{}", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    if let Err(e) = std::fs::write(dir.join("v1.js"), "console.log('a file, not a link');\n") {
        panic!("{e}");
    }
    let out = looplab(&["run", "v1.js"], &dir);
    assert_eq!(
        text(&out.stdout),
        "a file, not a link\n",
        "{}",
        text(&out.stderr)
    );
    assert_eq!(out.status.code(), Some(0));
}
