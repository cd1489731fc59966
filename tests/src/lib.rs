//! looplab-spec: loads the data-driven scenarios under `tests/spec/` (expected output recorded from real
//! node by `tests/record.sh`) and compares Looplab's output with them.

use std::path::{Path, PathBuf};

use looplab_runtime::{RunResult, Scenario};

/// One recorded scenario.
#[derive(Debug, Clone)]
pub struct SpecCase {
    pub name: String,
    pub dir: PathBuf,
    pub source: String,
    pub expected_stdout: String,
    pub expected_stderr: String,
    pub expected_code: i32,
    /// Marked in `meta.json` as `{"known_failure": "why"}`: the case must still fail.
    pub known_failure: Option<String>,
}

/// The folder holding the scenarios.
pub fn spec_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("spec")
}

/// Loads every scenario (sorted by name). Cases without recorded output are skipped.
pub fn load_cases() -> Vec<SpecCase> {
    let mut cases = Vec::new();
    let Ok(entries) = std::fs::read_dir(spec_dir()) else {
        return cases;
    };
    let mut dirs: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    for dir in dirs {
        let read = |f: &str| std::fs::read_to_string(dir.join(f)).ok();
        let (Some(source), Some(stdout), Some(code)) = (
            read("main.js"),
            read("expected.stdout"),
            read("expected.code"),
        ) else {
            continue;
        };
        let known_failure = read("meta.json").and_then(|m| {
            let v: serde_json::Value = serde_json::from_str(&m).ok()?;
            v.get("known_failure")
                .and_then(|k| k.as_str())
                .map(str::to_string)
        });
        cases.push(SpecCase {
            name: dir
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            source,
            expected_stdout: stdout,
            expected_stderr: read("expected.stderr").unwrap_or_default(),
            expected_code: code.trim().parse().unwrap_or(-1),
            known_failure,
            dir,
        });
    }
    cases
}

/// The virtual directory a case runs in (stands in for `<dir>` in recorded stderr).
pub fn virtual_dir(case: &SpecCase) -> String {
    format!("/spec/{}", case.name)
}

/// Adds every input file of a scenario folder (not the recorded `expected.*` / `meta.json`) under `vdir`.
fn add_tree(dir: &Path, vdir: &str, scenario: &mut Scenario) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path();
        let vpath = format!("{vdir}/{name}");
        if path.is_dir() {
            scenario.dirs.push(vpath.clone());
            add_tree(&path, &vpath, scenario);
        } else if !(name.starts_with("expected.") || name == "meta.json") {
            if let Ok(bytes) = std::fs::read(&path) {
                match String::from_utf8(bytes) {
                    Ok(text) => {
                        scenario.files.entry(vpath).or_insert(text);
                    }
                    Err(e) => {
                        scenario.binary_files.insert(vpath, e.into_bytes());
                    }
                }
            }
        }
    }
}

/// Runs a case in Looplab (with a large native stack, as the CLI does).
pub fn run_case(case: &SpecCase, record_trace: bool) -> Result<RunResult, String> {
    run_folder(&case.dir, &virtual_dir(case), "main.js", record_trace)
}

/// Runs the scenario folder `dir` (placed at `vdir` in the VFS) from its file `entry`.
pub fn run_folder(
    dir: &Path,
    vdir: &str,
    entry: &str,
    record_trace: bool,
) -> Result<RunResult, String> {
    run_folder_with(dir, vdir, entry, record_trace, None)
}

/// [`run_folder`] with a scenario config (JSON, as in a scenario document) instead of the default one.
pub fn run_folder_with(
    dir: &Path,
    vdir: &str,
    entry: &str,
    record_trace: bool,
    config: Option<&serde_json::Value>,
) -> Result<RunResult, String> {
    let path = format!("{vdir}/{entry}");
    let source = std::fs::read_to_string(dir.join(entry)).map_err(|e| e.to_string())?;
    let mut scenario = Scenario::single_file(&path, &source);
    if let Some(config) = config {
        scenario.config =
            serde_json::from_value(config.clone()).map_err(|e| format!("config: {e}"))?;
    }
    add_tree(dir, vdir, &mut scenario);
    scenario.config.env.insert("TZ".into(), "UTC".into());
    // stdin.txt, if present, is what record.sh fed node as stdin.
    // Bytes that are not UTF-8 go in as the CLI passes them: one Latin-1 char per byte.
    if let Ok(bytes) = std::fs::read(dir.join("stdin.txt")) {
        match String::from_utf8(bytes) {
            Ok(text) => scenario.stdin = text,
            Err(e) => {
                scenario.stdin = e.into_bytes().into_iter().map(char::from).collect();
                scenario.config.stdin_bytes = true;
            }
        }
    }
    let handle = std::thread::Builder::new()
        .stack_size(256 * 1024 * 1024)
        .spawn(move || {
            looplab_runtime::run(
                &scenario,
                record_trace,
                Box::new(looplab_runtime::NullSinkPublic),
            )
        })
        .map_err(|e| e.to_string())?;
    match handle.join() {
        Ok(Ok(r)) => Ok(r),
        Ok(Err(e)) => Err(e.to_string()),
        Err(_) => Err("the runtime panicked".to_string()),
    }
}

/// Stderr with what legitimately differs removed: stack frames (node's internals vs ours), the version footer,
/// PIDs in warnings, and the scenario directory.
pub fn normalize_stderr(text: &str, dir: &str) -> String {
    let text = text.replace(dir, "<dir>");
    let mut out = Vec::new();
    for line in text.lines() {
        if line.starts_with("    at ") {
            // node prints `    at ... {` before an error's own properties: keep the brace.
            if line.ends_with(" {") {
                if let Some(last) = out.last_mut() {
                    let l: &mut String = last;
                    l.push_str(" {");
                }
            }
            continue;
        }
        if line.starts_with("Node.js v20") {
            continue;
        }
        let line = match line.find("(node:") {
            Some(i) => {
                let rest = &line[i + 6..];
                let digits = rest.chars().take_while(char::is_ascii_digit).count();
                format!("{}(node:PID{}", &line[..i], &rest[digits..])
            }
            None => line.to_string(),
        };
        out.push(line);
    }
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    out.join("\n")
}

/// Compares a run with the recording; returns a readable diff report on mismatch.
pub fn compare(case: &SpecCase, result: &RunResult) -> Result<(), String> {
    let mut problems = Vec::new();
    if result.stdout != case.expected_stdout {
        problems.push(format!(
            "stdout differs\n--- node\n{}\n--- looplab\n{}",
            case.expected_stdout, result.stdout
        ));
    }
    if result.exit_code != case.expected_code {
        problems.push(format!(
            "exit code: node {} vs looplab {}",
            case.expected_code, result.exit_code
        ));
    }
    let want = normalize_stderr(&case.expected_stderr, "<dir>");
    let got = normalize_stderr(&result.stderr, &virtual_dir(case));
    if want != got {
        problems.push(format!(
            "stderr differs (normalized)\n--- node\n{want}\n--- looplab\n{got}"
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}
