// Playground benchmark: wasm sizes, navigation → interactive, Run → first output for `A D C B`, frame times
// while a 100k-event run streams in, and page memory after a 1M-event run, in headless Chromium on localhost.
// Usage: node bench/web.mjs [DIST, default target/web-dist-lto] [RUNS, default 5]; prints a Markdown table.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve } from '../tests/e2e/serve.mjs';

const dist = process.argv[2] || 'target/web-dist-lto';
const runs = Number(process.argv[3] || 5);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const link = (code) => {
  const doc = JSON.stringify({ v: 1, files: { '/main.js': code }, entry: '/main.js', ui: { panels: ['console', 'queues', 'loop'] } });
  return '#v1.z.' + zlib.deflateRawSync(Buffer.from(doc)).toString('base64url');
};
const ADCB = "console.log('A');\nsetTimeout(() => console.log('B'), 0);\nPromise.resolve().then(() => console.log('C'));\nconsole.log('D');\n";
// ~100k events: 17k immediates (6 events each: queued, started, finished, memory sample, phase marks…).
const STREAM_100K = 'for (let i = 0; i < 17000; i++) setImmediate(() => {});';
const STREAM_1M = 'for (let i = 0; i < 170000; i++) setImmediate(() => {});';

const rows = [];
let wasmRaw = 0, wasmBr = 0;
for (const f of fs.readdirSync(dist).filter((f) => f.endsWith('.wasm'))) {
  const buf = fs.readFileSync(path.join(dist, f));
  const br = zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  wasmRaw += buf.length; wasmBr += br;
  rows.push([`wasm ${f.replace(/-[0-9a-f]{16}/, '')}`, `${(buf.length / 1e6).toFixed(2)} MB raw, ${(br / 1e6).toFixed(2)} MB brotli`]);
}
rows.push(['all wasm', `${(wasmRaw / 1e6).toFixed(2)} MB raw, ${(wasmBr / 1e6).toFixed(2)} MB brotli (budget 1.0 MB brotli)`]);
// The floor under that budget: plain Boa built the same way (`bash bench/wasm-floor.sh` writes it).
const floor = 'target/wasm-floor/boa_floor_bg.wasm';
if (fs.existsSync(floor)) {
  const buf = fs.readFileSync(floor);
  const br = zlib.brotliCompressSync(buf, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  rows.push(['for reference: plain Boa, same features and profile (bench/boa-floor)', `${(buf.length / 1e6).toFixed(2)} MB raw, ${(br / 1e6).toFixed(2)} MB brotli`]);
}

const srv = await serve(dist, 0);
const base = srv.url.replace(/\/$/, '');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu',
  '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const done = (page, timeout = 120000) => page.waitForFunction(() =>
  (document.querySelector('[data-testid=status]')?.textContent || '').startsWith('done'), null, { timeout });
const metric = (page, k) => page.evaluate((k) => window.__looplab && window.__looplab[k], k);

// Navigation → interactive (first Yew render, editor created) and → engine ready.
const inter = [], ready = [], lit = [];
for (let i = 0; i < runs; i++) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await ctx.newPage();
  await page.goto(base + '/' + link(ADCB));
  await done(page);
  inter.push(await metric(page, 'uiInteractiveMs'));
  ready.push(await metric(page, 'engineReadyMs'));
  lit.push(await metric(page, 'editorHighlightMs'));
  await ctx.close();
}
rows.push(['navigation → UI interactive (median)', `${median(inter).toFixed(0)} ms (budget 500 ms); all: ${inter.map((x) => x.toFixed(0)).join(', ')}`]);
rows.push(['navigation → editor highlighted (median)', `${median(lit).toFixed(0)} ms (JavaScript highlighting joins the editor after it takes input)`]);
rows.push(['navigation → engine ready in its worker (median)', `${median(ready).toFixed(0)} ms`]);

// Run → first output for A D C B (warm engine), several runs in one page.
const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
const page = await ctx.newPage();
await page.goto(base + '/' + link(ADCB));
await done(page);
const first = [], whole = [];
for (let i = 0; i < runs; i++) {
  // A reader's pause between runs: the worker bootstraps the next run's engine in it (a click that comes
  // sooner waits for that bootstrap, about the old cold-start time).
  await page.waitForTimeout(1500);
  await page.click('[data-testid=run-btn]');
  await page.waitForFunction((n) => window.__looplab.runs >= n, i + 2, { timeout: 30000 });
  first.push(await metric(page, 'firstOutputMs'));
  whole.push(await metric(page, 'lastRunMs'));
}
rows.push(['Run → first output, `A D C B` (median)', `${median(first).toFixed(0)} ms (budget 100 ms); whole run ${median(whole).toFixed(0)} ms`]);

// Frame times while a ~100k-event run streams in.
await page.goto(base + '/' + link(STREAM_100K));
await page.waitForFunction(() => window.__looplab && window.__looplab.runs >= 1, null, { timeout: 120000 });
await page.evaluate(() => {
  window.__frames = [];
  let last = performance.now();
  const loop = (t) => { window.__frames.push(t - last); last = t; if (!window.__stopFrames) requestAnimationFrame(loop); };
  requestAnimationFrame(loop);
});
await page.click('[data-testid=run-btn]');
await page.waitForFunction(() => window.__looplab.runs >= 2, null, { timeout: 120000 });
const frames = await page.evaluate(() => { window.__stopFrames = true; return window.__frames; });
const events100k = await metric(page, 'events');
rows.push([`frame time while a ${events100k}-event run streams in`, `max ${Math.max(...frames).toFixed(0)} ms, p95 ${[...frames].sort((a, b) => a - b)[Math.floor(frames.length * 0.95)].toFixed(0)} ms over ${frames.length} frames (budget: no frame over 50 ms)`]);

// Page memory after a 1M-event run (a fresh page).
await page.close();
const page2 = await ctx.newPage();
await page2.goto(base + '/' + link(STREAM_1M));
await page2.waitForFunction(() => window.__looplab && window.__looplab.runs >= 1, null, { timeout: 600000 });
const cdp = await ctx.newCDPSession(page2);
await cdp.send('Performance.enable');
await cdp.send('HeapProfiler.collectGarbage');
const { metrics } = await cdp.send('Performance.getMetrics');
const js = (metrics.find((m) => m.name === 'JSHeapUsedSize') || {}).value || 0;
const events1m = await metric(page2, 'events');
const uiWasm = await metric(page2, 'uiWasmBytes');
rows.push([`page memory after a ${events1m}-event run`, `UI wasm memory ${(uiWasm / 1048576).toFixed(0)} MiB (holds the one copy of the trace), JS heap ${(js / 1048576).toFixed(1)} MiB`]);

await browser.close();
await srv.close();
const os = await import('node:os');
const { execSync } = await import('node:child_process');
const commit = (() => { try { return execSync('git rev-parse --short HEAD').toString().trim(); } catch { return '?'; } })();
const table = [`| figure | value |`, `|---|---|`, ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n');
const block = `<!-- web:start -->
## Playground (headless Chromium, localhost)

Reproduce: \`trunk build --release --cargo-profile web -d target/web-dist-lto && bash bench/wasm-floor.sh && node bench/web.mjs target/web-dist-lto ${runs}\`
(the \`web\` profile is what ships: opt-level "z", fat LTO, wasm-opt -Oz; the test command builds plain \`release\`).
Written by \`bench/web.mjs\`; \`bench/run.sh\` keeps this section.

- Date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; commit ${commit}; ${os.cpus().length} cores; load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}
- Medians of ${runs} runs where it says so. Times come from \`performance.now()\` in the page (\`window.__looplab\`): UI interactive =
  the first Yew render with the CodeMirror editor created and taking input (highlighting follows when the page is
  idle, at most 100 ms on); first output = Run click → the first trace batch holding output arrives.

${table}
<!-- web:end -->`;
console.log(table);
const md = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', 'BENCHMARKS.md');
let text = fs.existsSync(md) ? fs.readFileSync(md, 'utf8') : '# Benchmarks\n';
if (text.includes('<!-- web:start -->')) {
  text = text.replace(/<!-- web:start -->[\s\S]*<!-- web:end -->/, block);
} else {
  text = text.trimEnd() + '\n\n' + block + '\n';
}
fs.writeFileSync(md, text);
console.log(`updated ${md}`);
