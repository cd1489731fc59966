//! Embeds the gallery (static/gallery/<id>/{meta.json, main.js, other files}) into the UI as Rust data, so every
//! lesson works offline once the page has loaded.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../static/gallery");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut out = String::from(
        "/// Built-in lessons, in gallery order.\npub static LESSONS: &[Lesson] = &[\n",
    );
    let mut lessons = Vec::new();
    if let Ok(dirs) = std::fs::read_dir(&root) {
        for dir in dirs.flatten() {
            let path = dir.path();
            let meta_path = path.join("meta.json");
            let Ok(meta) = std::fs::read_to_string(&meta_path) else {
                continue;
            };
            println!("cargo:rerun-if-changed={}", path.display());
            let meta: serde_json::Value = serde_json::from_str(&meta)
                .unwrap_or_else(|e| panic!("{}: {e}", meta_path.display()));
            let id = dir.file_name().to_string_lossy().to_string();
            let mut files = Vec::new();
            for f in std::fs::read_dir(&path).into_iter().flatten().flatten() {
                let name = f.file_name().to_string_lossy().to_string();
                if name == "meta.json" || name.starts_with("expected.") || !f.path().is_file() {
                    continue;
                }
                println!("cargo:rerun-if-changed={}", f.path().display());
                files.push((format!("/{name}"), f.path().display().to_string()));
            }
            files.sort();
            lessons.push((meta["order"].as_u64().unwrap_or(999), id, meta, files));
        }
    }
    lessons.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)));
    for (_, id, meta, files) in &lessons {
        let s = |k: &str| meta[k].as_str().unwrap_or("").to_string();
        let entry = meta["entry"]
            .as_str()
            .map(|e| format!("/{}", e.trim_start_matches('/')))
            .unwrap_or_else(|| "/main.js".into());
        let panels: Vec<String> = meta["panels"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|p| p.as_str().map(str::to_string))
            .collect();
        let exit = meta["exitCode"].as_i64().unwrap_or(0);
        // The scenario config a lesson needs (virtual clients, limits...), as JSON text; "" when none.
        let config = meta
            .get("config")
            .filter(|c| c.is_object())
            .map(|c| c.to_string())
            .unwrap_or_default();
        let _ = write!(
            out,
            "    Lesson {{ id: {id:?}, title: {:?}, summary: {:?}, entry: {entry:?}, exit_code: {exit}, config: {config:?}, panels: &{panels:?}, files: &[",
            s("title"),
            s("summary"),
        );
        for (name, path) in files {
            let _ = write!(out, "({name:?}, include_str!({path:?})), ");
        }
        out.push_str("] },\n");
    }
    out.push_str("];\n");
    let dest =
        Path::new(&std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into())).join("gallery.rs");
    std::fs::write(dest, out).unwrap_or_else(|e| panic!("cannot write gallery.rs: {e}"));
}
