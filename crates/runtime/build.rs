//! Bundles `js-vendor/entry.js` (the npm `buffer` package and Looplab's Node layer over it) with esbuild into
//! `$OUT_DIR/vendor.js`, and `js-vendor/streams.js` (npm readable-stream and web-streams-polyfill) into
//! `$OUT_DIR/streams-vendor.js`, by running `js-vendor/build.mjs` (esbuild's JS API). Each is one function
//! expression `(function (internal) {...})`, embedded by `engine/mod.rs` as a lazily parsed bootstrap module;
//! and Looplab's own `src/js/*.js` into `$OUT_DIR/js/` with comments and layout stripped (terser, no renaming).
//! Needs node and `npm ci` run at the repo root (scripts/test.sh and scripts/start.sh do it).

use std::env;
use std::path::{Path, PathBuf};
use std::process::{exit, Command};

fn fail(msg: &str) -> ! {
    eprintln!("\nerror: looplab-runtime build script: {msg}\n");
    exit(1);
}

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".into()));
    let root = manifest.join("..").join("..");
    let root = root.canonicalize().unwrap_or(root);
    let out_dir = PathBuf::from(env::var("OUT_DIR").unwrap_or_else(|_| fail("OUT_DIR is not set")));
    // A directory: cargo re-runs this script when any file under it changes (entry.js, node-buffer.js ...).
    for p in [
        manifest.join("js-vendor"),
        manifest.join("src").join("js"),
        root.join("package.json"),
        root.join("package-lock.json"),
        manifest.join("build.rs"),
    ] {
        println!("cargo:rerun-if-changed={}", p.display());
    }
    println!("cargo:rerun-if-env-changed=NODE");

    let node = env::var("NODE").unwrap_or_else(|_| "node".into());
    let esbuild = root
        .join("node_modules")
        .join("esbuild")
        .join("bin")
        .join("esbuild");
    let hint = format!(
        "run `npm ci` in the repository root ({}) first (scripts/test.sh does it)",
        root.display()
    );
    if Command::new(&node).arg("--version").output().is_err() {
        fail(&format!(
            "`{node}` (Node.js) was not found; it is needed at build time to bundle js-vendor/ with \
             esbuild. Install Node.js 18+, then {hint}"
        ));
    }
    let modules = root.join("node_modules");
    let missing = [
        esbuild,
        modules.join("readable-stream"),
        modules.join("terser"),
    ]
    .into_iter()
    .find(|p| !p.exists());
    if let Some(p) = missing {
        fail(&format!(
            "the JS build dependencies are missing ({} not found): {hint}",
            p.display()
        ));
    }

    let script = manifest.join("js-vendor").join("build.mjs");
    let out = Command::new(&node)
        .arg(path_str(&script))
        .arg(path_str(&out_dir))
        .current_dir(&root)
        .output()
        .unwrap_or_else(|e| fail(&format!("cannot run `{node}`: {e}; {hint}")));
    if !out.status.success() {
        fail(&format!(
            "js-vendor/build.mjs failed ({}):\n{}{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    for f in [
        "vendor.js",
        "glob-vendor.js",
        "streams-vendor.js",
        "intl-vendor.js",
        "intl-locale-vendor.js",
        "intl-locales.txt",
        "js/bootstrap.js",
    ] {
        if !out_dir.join(f).is_file() {
            fail(&format!("js-vendor/build.mjs did not write {f}"));
        }
    }
}

fn path_str(p: &Path) -> &str {
    p.to_str()
        .unwrap_or_else(|| fail(&format!("path is not UTF-8: {}", p.display())))
}
