// Helpers of the hardening e2e tests (hardening.mjs): opening the playground, HTML-injection probes, gallery
// lessons as scenarios, the native CLI and trace comparison, CSP parsing.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  assert, assertEqual, consoleText, editorText, firstDiff, openApp, runs, setCode, shareFragment, sleep, status,
  stdoutText, text, tid, waitDone, waitFinished, waitMetric, waitNextRun, waitStatus,
} from './helpers.mjs';
export const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO = path.resolve(here, '..', '..');
export const GALLERY = path.join(REPO, 'static', 'gallery');

export const ADCB = "console.log('A');\nsetTimeout(() => console.log('B'), 0);\nPromise.resolve().then(() => console.log('C'));\nconsole.log('D');\n";

// HTML payloads: if any of these is ever parsed as markup, an <img src="x"> or a <b>bold</b> element appears, /x
// is requested, or (were the CSP ever loosened to allow inline handlers) window.__xss becomes a number.
export const IMG = '<img src=x onerror="window.__xss=(window.__xss||0)+1">';
export const SCRIPT = '<script>window.__xss=(window.__xss||0)+1</script>';
export const BOLD = '<b>bold</b>';
export const SVG = '<svg onload="window.__xss=(window.__xss||0)+1">';
/** Extra scenario files named with payloads (no '/' inside the names, so each stays one file at the root). */
export const IMG_FILE = `/${IMG}.js`;
export const SVG_FILE = `/${SVG}.txt`;

/** Opens "/" and waits for the initial (first lesson) run to finish, so Run is enabled again. */
export async function openIdle(page, url) {
  await openApp(page, url);
  await waitFinished(page, 30_000);
}

/** Clicks Run and waits for that run to finish; returns the status text. */
export async function runAndWait(page, timeout = 30_000) {
  const before = await runs(page);
  await page.locator(tid('run-btn')).click();
  return waitNextRun(page, before, timeout);
}

export async function stderrText(page) {
  return page.evaluate(() => Array.from(document.querySelectorAll('[data-testid="console"] .out.stderr')).map((s) => s.textContent).join(''));
}

/** Decodes a `v1.z.` share fragment (with or without '#', or a whole URL) back to its JSON document. */
export function decodeFragment(link) {
  const frag = String(link).slice(String(link).indexOf('#') + 1);
  const m = /^v1\.z\.([A-Za-z0-9_-]+)$/.exec(frag.trim());
  if (!m) throw new Error(`not a v1.z. share fragment: ${frag.slice(0, 80)}`);
  return JSON.parse(zlib.inflateRawSync(Buffer.from(m[1], 'base64url')).toString('utf8'));
}

/** Signs that markup from user data was parsed in `p` (a Page or a Frame). */
export async function injectionSigns(p) {
  return p.evaluate(() => ({
    xss: typeof window.__xss === 'undefined' ? null : String(window.__xss),
    imgs: document.querySelectorAll('img[src="x"]').length,
    svgs: Array.from(document.querySelectorAll('svg[onload]')).length,
    scripts: Array.from(document.querySelectorAll('script')).filter((s) => s.textContent.includes('__xss')).length,
    bolds: Array.from(document.querySelectorAll('b')).filter((b) => b.textContent === 'bold').length,
    fetchedX: performance.getEntriesByType('resource').filter((e) => /\/x$/.test(new URL(e.name, location.href).pathname)).length,
  }));
}

/** Problems (strings) if any injection sign is present. Waits a moment first: an injected img's onerror is async. */
export async function injectionProblems(p, where) {
  await sleep(300);
  const s = await injectionSigns(p);
  const out = [];
  if (s.xss !== null) out.push(`${where}: window.__xss is ${s.xss} (an injected handler ran)`);
  if (s.imgs) out.push(`${where}: ${s.imgs} <img src="x"> element(s) in the document`);
  if (s.svgs) out.push(`${where}: ${s.svgs} <svg onload> element(s) in the document`);
  if (s.scripts) out.push(`${where}: ${s.scripts} <script> element(s) holding the payload`);
  if (s.bolds) out.push(`${where}: ${s.bolds} <b>bold</b> element(s) (markup from user data was parsed)`);
  if (s.fetchedX) out.push(`${where}: the page requested /x (an injected <img> loaded)`);
  return out;
}

/** Hovers the first error diagnostic (range, then gutter marker) and returns the lint tooltip text, or null. */
export async function lintTooltipText(page) {
  const targets = ['.cm-lintRange-error', '.cm-lint-marker-error'];
  for (const sel of targets) {
    const el = page.locator(sel).first();
    if (!(await el.count())) continue;
    await page.mouse.move(0, 0);
    await el.hover({ timeout: 3000 }).catch(() => {});
    const ok = await page.waitForFunction(() => document.querySelector('.cm-tooltip .cm-diagnostic, .cm-tooltip-lint'), null, { timeout: 3000, polling: 50 })
      .then(() => true, () => false);
    if (ok) {
      return page.evaluate(() => Array.from(document.querySelectorAll('.cm-tooltip .cm-diagnostic, .cm-tooltip-lint')).map((t) => t.textContent).join('\n'));
    }
  }
  return null;
}

// ---- browser_trace_matches_native helpers

export function lessonIds() {
  return fs.readdirSync(GALLERY).filter((d) => fs.existsSync(path.join(GALLERY, d, 'meta.json'))).sort();
}

/** The scenario the playground runs for a lesson (web/build.rs + Scenario::from_lesson + to_run_json). */
export function lessonScenario(id) {
  const dir = path.join(GALLERY, id);
  const meta = JSON.parse(fs.readFileSync(path.join(dir, 'meta.json'), 'utf8'));
  const files = {};
  for (const name of fs.readdirSync(dir).sort()) {
    if (name === 'meta.json' || name.startsWith('expected.') || !fs.statSync(path.join(dir, name)).isFile()) continue;
    files[`/${name}`] = fs.readFileSync(path.join(dir, name), 'utf8');
  }
  const entry = meta.entry ? `/${String(meta.entry).replace(/^\/+/, '')}` : '/main.js';
  return { meta, files, entry };
}

/** web/worker/src/worker.rs BROWSER_HEAP_LIMIT. */
export const BROWSER_HEAP_LIMIT = 768 * 1024 * 1024;

/**
 * The scenario JSON the native CLI must run to match the browser: the same files, entry and (empty) stdin, and the
 * config after web/worker/src/worker.rs `playground_scenario`: runtimeSpans off (lessons carry no config, so never
 * ask for it) and limits.heapBytes = min(default 2 GiB, 768 MiB). Everything else stays at Config::default(), as in
 * the worker (cwd "/", no env, no argv).
 */
export function nativeScenarioJson({ files, entry, meta }) {
  // A lesson's own config (virtual clients, limits) is what the playground sends too.
  const own = (meta && meta.config) || {};
  const limits = Object.assign({}, own.limits || {});
  limits.heapBytes = Math.min(limits.heapBytes ?? Infinity, BROWSER_HEAP_LIMIT);
  return JSON.stringify({
    v: 1, files, entry, stdin: '',
    config: Object.assign({}, own, { runtimeSpans: false, limits }),
  });
}

/** The newest of target/{debug,release}/looplab, or null. */
export function findCli() {
  // Cargo's target dir: CARGO_TARGET_DIR when set (relative to the repo, as cargo reads it), else target/.
  const targetDir = path.resolve(REPO, process.env.CARGO_TARGET_DIR || 'target');
  const found = ['debug', 'release']
    .map((p) => path.join(targetDir, p, process.platform === 'win32' ? 'looplab.exe' : 'looplab'))
    .filter((p) => fs.existsSync(p))
    .map((p) => ({ p, mtime: fs.statSync(p).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  return found.length ? found[0] : null;
}

/**
 * Runs `looplab trace FILE --json` and resolves to {code, stdout, stderr} (never rejects; kills it after `ms`).
 * `live` (a Set) holds the running child so the test can kill it when it ends early.
 */
export function runCli(bin, file, live, ms = 90_000) {
  return new Promise((resolve) => {
    const child = spawn(bin, ['trace', file, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    live.add(child);
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    const timer = setTimeout(() => { try { child.kill('SIGKILL'); } catch { /* already gone */ } }, ms);
    const finish = (code, extra = '') => {
      clearTimeout(timer);
      live.delete(child);
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') + extra });
    };
    child.on('error', (e) => finish(null, `spawn failed: ${e.message}`));
    child.on('close', (code, signal) => finish(code, signal ? ` (killed by ${signal})` : ''));
  });
}

/** JSON with sorted keys, so field order never matters. */
export function canonical(v) {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object') return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`;
  return JSON.stringify(v);
}

/** Drops every key that names heap bytes (they depend on the allocator and the pointer width, wasm32 vs native). */
export function stripHeap(v) {
  if (Array.isArray(v)) return v.map(stripHeap);
  if (v && typeof v === 'object') {
    const o = {};
    for (const [k, x] of Object.entries(v)) if (!/heap/i.test(k)) o[k] = stripHeap(x);
    return o;
  }
  return v;
}

/** Trace events without memory samples, heap fields and `seq` (renumbered by position); keeps the original seq. */
export function comparable(trace) {
  const out = [];
  let samples = 0;
  for (const e of trace) {
    if (e && e.type === 'memorySample') { samples++; continue; }
    const { seq, ...rest } = e;
    out.push({ seq, key: canonical(stripHeap(rest)) });
  }
  return { events: out, samples };
}

/** null if equal, else a description of the first differing event. */
export function firstTraceDiff(browser, native) {
  const a = comparable(browser);
  const b = comparable(native);
  const n = Math.min(a.events.length, b.events.length);
  for (let i = 0; i < n; i++) {
    if (a.events[i].key !== b.events[i].key) {
      return `event #${i} (browser seq ${a.events[i].seq}, native seq ${b.events[i].seq}) differs:\n` +
        `      browser ${a.events[i].key.slice(0, 400)}\n      native  ${b.events[i].key.slice(0, 400)}\n` +
        (i > 0 ? `      (previous, equal: ${a.events[i - 1].key.slice(0, 200)})\n` : '') +
        `      lengths without memory samples: browser ${a.events.length}, native ${b.events.length}; samples ${a.samples} vs ${b.samples}`;
    }
  }
  if (a.events.length !== b.events.length) {
    const longer = a.events.length > b.events.length ? a : b;
    return `traces agree on the first ${n} events, then the ${longer === a ? 'browser' : 'native'} trace has ${longer.events.length - n} more, ` +
      `first: ${longer.events[n].key.slice(0, 300)}`;
  }
  return null;
}

/** Returns the "Download trace (.json)" text the playground offers for the current run. */
export async function downloadTrace(page) {
  // Fallback capture of the Blob the app hands to URL.createObjectURL (dom::download), in case the download
  // itself fails (the app revokes the object URL right after clicking its anchor).
  await page.evaluate(() => {
    if (window.__e2eBlobHook) return;
    window.__e2eBlobHook = true;
    const orig = URL.createObjectURL;
    URL.createObjectURL = function (b) { window.__e2eLastBlob = b; return orig.call(URL, b); };
  });
  await page.evaluate(() => { window.__e2eLastBlob = null; });
  const menu = page.locator('details.menu', { has: page.locator(tid('share-menu')) });
  if (!(await menu.evaluate((d) => d.open))) await page.locator(tid('share-menu')).click();
  const button = page.getByRole('button', { name: 'Download trace (.json)' });
  const [dl] = await Promise.all([
    page.waitForEvent('download', { timeout: 15_000 }).catch((e) => ({ error: e })),
    button.click({ timeout: 3000 }),
  ]);
  let body = null;
  let how = 'download';
  if (dl && !dl.error) {
    const name = dl.suggestedFilename();
    if (!name.endsWith('.trace.json')) throw new Error(`trace download named ${JSON.stringify(name)}, expected *.trace.json`);
    const failure = await dl.failure();
    if (!failure) body = fs.readFileSync(await dl.path(), 'utf8');
    else how = `blob (download failed: ${failure})`;
  } else {
    how = `blob (no download event: ${dl && dl.error ? dl.error.message.split('\n')[0] : '?'})`;
  }
  if (body === null) {
    body = await page.evaluate(async () => (window.__e2eLastBlob ? window.__e2eLastBlob.text() : null));
    if (body === null) throw new Error(`the trace download produced neither a file nor a Blob (${how})`);
  }
  return { body, how };
}

/** Attribute-escapes a string for the host page's HTML. */
export function attr(s) {
  return String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** CSP directives as a map name -> sorted token list. */
export function cspDirectives(csp) {
  const m = new Map();
  for (const part of String(csp).split(';')) {
    const [name, ...tokens] = part.trim().split(/\s+/).filter(Boolean);
    if (name) m.set(name.toLowerCase(), tokens.sort());
  }
  return m;
}

export function sourceCsp() {
  const html = fs.readFileSync(path.join(REPO, 'web', 'index.html'), 'utf8');
  const m = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  return m ? m[1] : null;
}

