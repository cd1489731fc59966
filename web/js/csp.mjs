// Trunk post-build hook: replaces 'unsafe-inline' in the page's script-src with the sha256 hashes of the inline
// scripts Trunk wrote (its wasm loader), so an injected inline handler or <script> could never run.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("csp.mjs: TRUNK_STAGING_DIR is not set (run it as a Trunk post_build hook)");
  process.exit(1);
}
const file = join(dir, "index.html");
let html = readFileSync(file, "utf8");
const hashes = [];
for (const m of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)) {
  const attrs = m[1] || "";
  if (/\ssrc\s*=/.test(attrs)) continue;
  hashes.push(`'sha256-${createHash("sha256").update(m[2], "utf8").digest("base64")}'`);
}
const before = html;
html = html.replace(/(script-src[^;"]*?)\s'unsafe-inline'/, (_, head) => `${head}${hashes.map((h) => " " + h).join("")}`);
if (html === before) {
  console.error("csp.mjs: no script-src 'unsafe-inline' to replace in " + file);
  process.exit(1);
}
writeFileSync(file, html);
console.log(`csp.mjs: script-src allows ${hashes.length} inline script(s) by hash`);
