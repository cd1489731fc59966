//! Keeps docs/SUPPORTED_MODULES.md true: requires every Node 20 built-in inside Looplab and compares what
//! loads (and what it exports) with the table in the doc. `LOOPLAB_BLESS=1 cargo test -p looplab-spec --test
//! supported_modules` rewrites the table after a deliberate change.

use std::path::Path;

const PROBE: &str = r#"
const { builtinModules } = require('module');
const rows = [];
for (const name of builtinModules) {
  if (name.startsWith('_')) continue;
  let status;
  let exportsList = '';
  try {
    const m = require(name);
    status = 'yes';
    const keys = (typeof m === 'function' || (m && typeof m === 'object')) ? Object.keys(m).filter((k) => !k.startsWith('_')) : [];
    exportsList = keys.length > 12 ? keys.slice(0, 12).join(', ') + `, … (${keys.length})` : keys.join(', ');
  } catch (e) {
    status = e.code === 'ERR_LOOPLAB_UNSUPPORTED' ? 'no (ERR_LOOPLAB_UNSUPPORTED)' : `error: ${e.code || e.message}`;
  }
  rows.push(`| \`${name}\` | ${status} | ${exportsList} |`);
}
console.log(rows.join('\n'));
"#;

const START: &str = "<!-- generated: begin -->";
const END: &str = "<!-- generated: end -->";

#[test]
fn supported_modules_table_matches_the_runtime() {
    let result = std::thread::Builder::new()
        .stack_size(256 * 1024 * 1024)
        .spawn(|| looplab_runtime::run_source("/probe/main.js", PROBE, false))
        .map(|h| h.join());
    let Ok(Ok(Ok(run))) = result else {
        panic!("the probe did not run")
    };
    assert_eq!(run.exit_code, 0, "probe failed: {}", run.stderr);
    let table = format!(
        "{START}\n| module | loads in Looplab | exported names |\n|---|---|---|\n{}{END}",
        run.stdout
    );
    let doc_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/SUPPORTED_MODULES.md");
    let doc = std::fs::read_to_string(&doc_path).unwrap_or_default();
    let current = match (doc.find(START), doc.find(END)) {
        (Some(a), Some(b)) => doc[a..b + END.len()].to_string(),
        _ => String::new(),
    };
    if std::env::var("LOOPLAB_BLESS").as_deref() == Ok("1") {
        let new_doc = if current.is_empty() {
            format!("{doc}\n{table}\n")
        } else {
            doc.replace(&current, &table)
        };
        if let Err(e) = std::fs::write(&doc_path, new_doc) {
            panic!("cannot write {}: {e}", doc_path.display());
        }
        return;
    }
    assert_eq!(
        current, table,
        "docs/SUPPORTED_MODULES.md is out of date: run LOOPLAB_BLESS=1 cargo test -p looplab-spec --test supported_modules"
    );
}
