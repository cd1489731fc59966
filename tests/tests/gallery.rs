//! The playground's gallery (`static/gallery/<id>/`): at least 15 lessons, each with a title, an explanation
//! and panels in `meta.json`; each runs to completion in Looplab with the expected exit code, and where node's
//! output was recorded (`expected.stdout`, by tests/record.sh) Looplab prints exactly that.

use std::path::{Path, PathBuf};

use looplab_spec::run_folder_with;

// Memory lessons read `process.memoryUsage()`: count allocations as the CLI does.
#[global_allocator]
static ALLOC: cap::Cap<std::alloc::System> = cap::Cap::new(std::alloc::System, usize::MAX);

const PANELS: &[&str] = &[
    "console",
    "loop",
    "queues",
    "stack",
    "threadpool",
    "memory",
    "flame",
    "streams",
    "network",
    "files",
];

fn gallery() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../static/gallery");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    dirs.sort();
    dirs
}

fn meta(dir: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(dir.join("meta.json"))
        .unwrap_or_else(|e| panic!("{}: meta.json: {e}", dir.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: meta.json: {e}", dir.display()))
}

#[test]
fn gallery_has_fifteen_described_lessons_in_a_unique_order() {
    let dirs = gallery();
    assert!(dirs.len() >= 15, "only {} gallery scenarios", dirs.len());
    let mut orders = Vec::new();
    for dir in &dirs {
        let m = meta(dir);
        let name = dir.display().to_string();
        for key in ["title", "summary"] {
            let v = m.get(key).and_then(|v| v.as_str()).unwrap_or_default();
            assert!(v.len() > 3, "{name}: meta.json needs a {key}");
        }
        let order = m.get("order").and_then(serde_json::Value::as_u64);
        assert!(order.is_some(), "{name}: meta.json needs an order");
        orders.push(order);
        let panels = m
            .get("panels")
            .and_then(|p| p.as_array())
            .cloned()
            .unwrap_or_default();
        assert!(!panels.is_empty(), "{name}: no panels");
        for p in panels {
            let p = p.as_str().unwrap_or_default();
            assert!(PANELS.contains(&p), "{name}: unknown panel '{p}'");
        }
        let entry = m.get("entry").and_then(|e| e.as_str()).unwrap_or("main.js");
        assert!(dir.join(entry).is_file(), "{name}: no {entry}");
    }
    let n = orders.len();
    orders.sort();
    orders.dedup();
    assert_eq!(orders.len(), n, "two gallery scenarios share an order");
}

#[test]
fn every_lesson_runs_to_completion_and_matches_node_where_recorded() {
    looplab_runtime::set_heap_probe(|| ALLOC.allocated() as u64);
    let mut failures = Vec::new();
    for dir in gallery() {
        let m = meta(&dir);
        let id = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let entry = m.get("entry").and_then(|e| e.as_str()).unwrap_or("main.js");
        let result = match run_folder_with(&dir, "", entry, true, m.get("config")) {
            Ok(r) => r,
            Err(e) => {
                failures.push(format!("{id}: {e}"));
                continue;
            }
        };
        let read = |f: &str| std::fs::read_to_string(dir.join(f)).ok();
        let want_code = read("expected.code")
            .and_then(|c| c.trim().parse::<i32>().ok())
            .or_else(|| {
                m.get("exitCode")
                    .and_then(serde_json::Value::as_i64)
                    .map(|c| c as i32)
            })
            .unwrap_or(0);
        if result.exit_code != want_code {
            failures.push(format!(
                "{id}: exit code {} (expected {want_code})\n{}",
                result.exit_code, result.stderr
            ));
        }
        if result.stdout.is_empty() {
            failures.push(format!("{id}: printed nothing"));
        }
        let parity = m.get("nodeParity").and_then(serde_json::Value::as_bool) != Some(false);
        if let (true, Some(expected)) = (parity, read("expected.stdout")) {
            if result.stdout != expected {
                failures.push(format!(
                    "{id}: stdout differs from node's\n--- node\n{expected}\n--- looplab\n{}",
                    result.stdout
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
