// Bundles web/js/editor.js (CodeMirror 6) into web/generated/editor/ with esbuild (run as a Trunk pre-build hook):
// editor.js, an ES module the page loads, and the chunks its dynamic import of editor-lang.js splits off.
import { build } from "esbuild";
import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const entry = join(here, "editor.js");
const outdir = join(here, "..", "generated", "editor");

try {
  // Start clean: the folder is copied whole into the dist.
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: [entry],
    outdir,
    entryNames: "[name]",
    // Stable names: index.html preloads chunk.js (the code editor.js and the language share) next to editor.js.
    chunkNames: "[name]",
    bundle: true,
    splitting: true,
    minify: true,
    format: "esm",
    target: "es2020",
    legalComments: "none",
    logLevel: "silent",
  });
  const expected = ["chunk.js", "editor-lang.js", "editor.js"];
  const got = readdirSync(outdir).sort();
  if (got.join() !== expected.join()) {
    throw new Error(`expected ${expected.join(", ")} in ${outdir}, esbuild wrote ${got.join(", ")} (update web/index.html's preload)`);
  }
  rmSync(join(here, "..", "generated", "editor.js"), { force: true }); // the single-file bundle of older builds
  const files = got.map((f) => `${f} ${(statSync(join(outdir, f)).size / 1024).toFixed(0)} KiB`);
  console.log(`editor bundle: ${relative(process.cwd(), outdir) || outdir}/ (${files.join(", ")})`);
} catch (e) {
  const first = (e && e.errors && e.errors[0]) || null;
  const msg = first
    ? `${first.location ? `${first.location.file}:${first.location.line}: ` : ""}${first.text}`
    : String((e && e.message) || e).split("\n")[0];
  console.error(`editor bundle failed: ${msg}`);
  process.exit(1);
}
