// Node test for static/embed.js's share-link encoder: the #v1.z.… payload must inflate back to the exact JSON.
// Run: node web/js/test/embed-encode.test.mjs
import { readFileSync } from "node:fs";
import { inflateRawSync } from "node:zlib";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const here = dirname(fileURLToPath(import.meta.url));
const src = readFileSync(join(here, "..", "..", "..", "static", "embed.js"), "utf8");

// Load embed.js without a document: it then only publishes window.Looplab (with _encode and _docJson).
const context = { TextEncoder, CompressionStream, Response, btoa, Uint8Array, URL };
context.window = context;
vm.createContext(context);
vm.runInContext(src, context, { filename: "embed.js" });
const { _encode: encode, _docJson: docJson } = context.Looplab;

let passed = 0;
let failed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok   ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${e.message}`);
  }
}
function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}

async function roundtrip(json) {
  const frag = await encode(json);
  assert(frag.startsWith("v1.z."), `fragment does not start with v1.z.: ${frag.slice(0, 20)}`);
  const payload = frag.slice("v1.z.".length);
  assert(!payload.includes("="), "payload contains '='");
  assert(/^[A-Za-z0-9_-]+$/.test(payload), "payload has characters outside base64url");
  const back = inflateRawSync(Buffer.from(payload, "base64url")).toString("utf8");
  assert(back === json, `decoded JSON differs (${back.length} vs ${json.length} chars)`);
  return payload;
}

const classic = "console.log('A');\nsetTimeout(() => console.log('B'), 0);\nPromise.resolve().then(() => console.log('C'));\nconsole.log('D');";

await check("ASCII document round-trips", async () => {
  await roundtrip(docJson(classic, "/main.js", "", null, null));
});
await check("document JSON has the exact shape", async () => {
  const j = docJson("x", "/main.js", "", null, null);
  assert(j === '{"v":1,"files":{"/main.js":"x"},"entry":"/main.js"}', j);
  const k = docJson("x", "/m.mjs", "in\n", ["console", "loop"], 3);
  assert(k === '{"v":1,"files":{"/m.mjs":"x"},"entry":"/m.mjs","stdin":"in\\n","ui":{"panels":["console","loop"],"step":3}}', k);
  const l = docJson("x", "/main.js", "", null, 0);
  assert(l === '{"v":1,"files":{"/main.js":"x"},"entry":"/main.js","ui":{"step":0}}', l);
});
await check("Unicode (emoji, Cyrillic) round-trips", async () => {
  const code = "// Привет, мир! 🚀🎉 𝒳\nconsole.log('héllo — ✓', 'ёжик', '👩‍💻');\n";
  await roundtrip(docJson(code, "/главный.js", "ввод 🙂", ["console"], 2));
});
await check("50 KB file round-trips", async () => {
  let code = "";
  let i = 0;
  while (code.length < 50 * 1024) {
    code += `const v${i} = ${(i * 2654435761) % 1000003}; // line ${i} ${"xyz".repeat(i % 7)} ü\n`;
    i++;
  }
  const payload = await roundtrip(docJson(code, "/main.js", "", null, null));
  assert(payload.length > 1000, "suspiciously short payload");
});
await check("every payload length mod 4 (no padding anywhere)", async () => {
  for (let n = 0; n < 12; n++) await roundtrip(docJson("a".repeat(n) + "é".repeat(n), "/main.js", "", null, null));
});

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
