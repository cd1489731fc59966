// Bundles web/js/editor.js (CodeMirror 6) into web/generated/editor.js with esbuild; run as a Trunk pre-build hook.
import { build } from "esbuild";
import { mkdirSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const entry = join(here, "editor.js");
const outfile = join(here, "..", "generated", "editor.js");

try {
  mkdirSync(dirname(outfile), { recursive: true });
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2020",
    legalComments: "none",
    logLevel: "silent",
  });
  const kb = (statSync(outfile).size / 1024).toFixed(0);
  console.log(`editor bundle: ${relative(process.cwd(), outfile) || outfile} (${kb} KiB)`);
} catch (e) {
  const first = (e && e.errors && e.errors[0]) || null;
  const msg = first
    ? `${first.location ? `${first.location.file}:${first.location.line}: ` : ""}${first.text}`
    : String((e && e.message) || e).split("\n")[0];
  console.error(`editor bundle failed: ${msg}`);
  process.exit(1);
}
