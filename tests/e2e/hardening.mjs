// Looplab browser e2e tests for the "Hardening" issue (run by tests/e2e/run.mjs after tests.mjs): no browser globals
// in user code, no HTML injection from user data, a sandboxed cross-origin embed under the page's CSP, browser traces
// equal to the native CLI's, and edits that survive a reload and an engine crash.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import {
  assert, assertEqual, consoleText, editorText, firstDiff, openApp, runs, setCode, shareFragment, sleep, status,
  stdoutText, text, tid, waitDone, waitFinished, waitMetric, waitNextRun, waitStatus,
} from './helpers.mjs';
import { serve } from './serve.mjs';

import {
  ADCB, BOLD, BROWSER_HEAP_LIMIT, GALLERY, IMG, IMG_FILE, REPO, SCRIPT, SVG, SVG_FILE, attr, canonical, comparable, cspDirectives, decodeFragment, downloadTrace, findCli, firstTraceDiff, here, injectionProblems, injectionSigns, lessonIds, lessonScenario, lintTooltipText, nativeScenarioJson, openIdle, runAndWait, runCli, sourceCsp, stderrText, stripHeap,
} from './hardening-lib.mjs';

export const tests = [
  {
    name: 'no_browser_globals',
    timeout: 40_000,
    fn: async ({ page, url }) => {
      const names = ['window', 'document', 'localStorage', 'sessionStorage', 'indexedDB', 'importScripts', 'postMessage',
        'self', 'navigator', 'location', 'XMLHttpRequest', 'WebSocket', 'caches', 'Worker', 'alert'];
      const code = [
        ...names.map((n) => `console.log('${n}', typeof ${n});`),
        "console.log('fetch', typeof fetch);",
        "console.log('WebAssembly', typeof WebAssembly);",
        "try { WebAssembly.compile(new Uint8Array(8)); console.log('wasm: no throw'); } catch (e) { console.log('wasm:', e.message); }",
        "fetch('http://example.invalid/').then(() => console.log('fetch reached a network'), (e) => console.log(e.message, e.cause && e.cause.code));",
        '',
      ].join('\n');
      await openIdle(page, url);
      await setCode(page, code);
      const s = await runAndWait(page);
      const out = await consoleText(page);
      const problems = [];
      if (s !== 'done · exit code 0') problems.push(`status ${JSON.stringify(s)}`);
      const lines = out.split('\n');
      for (const n of names) {
        const line = lines.find((l) => l.startsWith(`${n} `));
        if (line !== `${n} undefined`) problems.push(`typeof ${n}: ${JSON.stringify(line ?? '<no line>')}, expected "${n} undefined" (as in Node)`);
      }
      if (!lines.includes('fetch function')) problems.push(`typeof fetch: ${JSON.stringify(lines.find((l) => l.startsWith('fetch ')) ?? '<no line>')}, expected "fetch function"`);
      if (!lines.includes('WebAssembly object')) problems.push(`typeof WebAssembly: ${JSON.stringify(lines.find((l) => l.startsWith('WebAssembly ')) ?? '<no line>')}, expected "WebAssembly object"`);
      const wasm = lines.find((l) => l.startsWith('wasm:')) ?? '<no line>';
      if (!wasm.includes('not available in Looplab')) problems.push(`WebAssembly.compile: ${JSON.stringify(wasm)}, expected a message containing "not available in Looplab"`);
      if (!lines.includes('fetch failed ENOTFOUND')) problems.push(`fetch('http://example.invalid/'): ${JSON.stringify(lines.filter((l) => /fetch/.test(l) && l !== 'fetch function'))}, expected "fetch failed ENOTFOUND"`);
      // The rejection arrives after the main module (a pool job): it must be the last line.
      const expected = [...names.map((n) => `${n} undefined`), 'fetch function', 'WebAssembly object', wasm, 'fetch failed ENOTFOUND', ''].join('\n');
      if (out !== expected) problems.push(`whole console differs: ${firstDiff(out, expected)}`);
      const err = await stderrText(page);
      if (err) problems.push(`unexpected stderr: ${JSON.stringify(err.slice(0, 300))}`);
      assert(problems.length === 0, `${problems.join('\n  ')}\n  console: ${JSON.stringify(out.slice(0, 800))}`);
    },
  },

  {
    name: 'no_html_injection',
    timeout: 60_000,
    fn: async ({ page, url, context, shot }) => {
      const problems = [];
      const title = `${IMG} ${BOLD}`;
      const stdin = `${IMG}\n${SCRIPT}\n${BOLD}\n`;
      const main = [
        "const fs = require('fs');",
        `const IMG = ${JSON.stringify(IMG)};`,
        `const SCRIPT = ${JSON.stringify(SCRIPT)};`,
        `const BOLD = ${JSON.stringify(BOLD)};`,
        `const FILE = ${JSON.stringify(IMG_FILE)};`,
        // The payload-named module queues a timer: its file name shows up in queue chips / stack sites.
        "try { console.log('required: ' + require(FILE)); } catch (e) { console.log('require failed: ' + e.message); }",
        'console.log(IMG);',
        'console.log(SCRIPT);',
        'console.log(BOLD);',
        'console.error(IMG);',
        'console.error(SCRIPT);',
        'console.error(BOLD);',
        "const rl = require('readline').createInterface({ input: process.stdin });",
        "rl.on('line', (line) => console.log('stdin: ' + line));",
        // An fs stream is labelled with its path in the streams panel.
        "try { fs.createReadStream(FILE).on('error', (e) => console.log('stream error: ' + e.code)).resume(); } catch (e) { console.log('stream failed: ' + e.message); }",
        '',
      ].join('\n');
      const doc = {
        v: 1,
        files: {
          '/main.js': main,
          [IMG_FILE]: "setTimeout(function payloadFileTimer() { console.log('timer from the payload-named file'); }, 1);\nmodule.exports = 'payload module';\n",
          [SVG_FILE]: `${SVG}\n${IMG}\n`,
        },
        entry: '/main.js',
        stdin,
        ui: { panels: ['console', 'queues', 'stack', 'files', 'streams'], title },
      };
      const frag = shareFragment(doc);

      // 1. The link: file names (tabs, files panel), title, console.log / console.error output, stdin box.
      await openApp(page, url, { hash: frag });
      const s1 = await waitFinished(page, 30_000);
      if (s1 !== 'done · exit code 0') problems.push(`link run: status ${JSON.stringify(s1)}, expected "done · exit code 0"`);
      const outLines = (await stdoutText(page)).split('\n');
      const errLines = (await stderrText(page)).split('\n');
      for (const p of [IMG, SCRIPT, BOLD]) {
        if (!outLines.includes(p)) problems.push(`console.log output lacks a line with the literal text ${JSON.stringify(p)}`);
        if (!errLines.includes(p)) problems.push(`console.error output (stderr) lacks a line with the literal text ${JSON.stringify(p)}`);
        if (!outLines.includes(`stdin: ${p}`)) problems.push(`stdin echo lacks the line "stdin: ${p}"`);
      }
      console.log(`  link run console: ${JSON.stringify((await consoleText(page)).slice(0, 400))}`);
      const titleText = ((await text(page, 'scenario-title')) || '').trim();
      if (titleText !== title) problems.push(`scenario-title text ${JSON.stringify(titleText)}, expected the literal ${JSON.stringify(title)}`);
      const tabs = await page.evaluate(() => Array.from(document.querySelectorAll('.tabs [role="tab"]')).map((t) => t.textContent.trim()));
      for (const f of [IMG_FILE, SVG_FILE]) {
        if (!tabs.some((t) => t.startsWith(f.slice(1)))) problems.push(`no tab reading ${JSON.stringify(f.slice(1))} (tabs: ${JSON.stringify(tabs)})`);
      }
      const tree = await page.evaluate(() => Array.from(document.querySelectorAll('[data-testid="files"] .fname')).map((f) => f.textContent));
      for (const f of [IMG_FILE, SVG_FILE]) {
        if (!tree.includes(f.slice(1))) problems.push(`files panel lacks ${JSON.stringify(f.slice(1))} (it shows ${JSON.stringify(tree)})`);
      }
      const stdinBox = page.locator(tid('stdin'));
      if ((await stdinBox.inputValue().catch(() => null)) !== stdin) problems.push(`stdin box value ${JSON.stringify(await stdinBox.inputValue().catch(() => null))}, expected the literal payloads`);
      console.log(`  link run: streams ${JSON.stringify(await page.evaluate(() => Array.from(document.querySelectorAll('.stream-name')).map((e) => e.textContent)))}`);
      problems.push(...await injectionProblems(page, 'playground after the link run'));
      await shot(page, 'no_html_injection-link.png');

      // 2. An uncaught error whose message is the payload: stderr, the error marker and its lint tooltip.
      const thrown = `${IMG} ${SCRIPT} ${BOLD}`;
      await setCode(page, `// uncaught error with markup in its message\nthrow new Error(${JSON.stringify(thrown)});\n`);
      const s2 = await runAndWait(page);
      if (s2 !== 'done · exit code 1') problems.push(`throw run: status ${JSON.stringify(s2)}, expected "done · exit code 1"`);
      const err2 = await stderrText(page);
      if (!err2.includes(`Error: ${thrown}`)) problems.push(`stderr of the throw lacks the literal "Error: ${thrown}": ${JSON.stringify(err2.slice(0, 300))}`);
      await page.waitForFunction(() => document.querySelector('.cm-lintRange-error, .cm-lint-marker-error'), null, { timeout: 5000, polling: 50 })
        .catch(() => problems.push('no error marker in the editor after the uncaught error'));
      const tip = await lintTooltipText(page);
      if (tip === null) problems.push('hovering the error marker showed no lint tooltip');
      else if (!tip.includes(thrown)) problems.push(`lint tooltip lacks the literal message: ${JSON.stringify(tip.slice(0, 300))}`);
      problems.push(...await injectionProblems(page, 'playground after the uncaught error (tooltip shown)'));
      await shot(page, 'no_html_injection-throw.png');
      await page.mouse.move(0, 0);

      // 3. A syntax error on a line that is markup (node echoes the source line on stderr).
      await setCode(page, `// syntax error\nlet x = ${IMG};\nlet y = ${BOLD};\n`);
      const s3 = await runAndWait(page);
      if (s3 !== 'done · exit code 1') problems.push(`syntax error run: status ${JSON.stringify(s3)}, expected "done · exit code 1"`);
      const err3 = await stderrText(page);
      if (!/SyntaxError/.test(err3)) problems.push(`stderr of the syntax error lacks "SyntaxError": ${JSON.stringify(err3.slice(0, 300))}`);
      const tip3 = await lintTooltipText(page);
      console.log(`  syntax error: stderr ${JSON.stringify(err3.split('\n').slice(0, 3).join(' | ').slice(0, 200))}; tooltip ${JSON.stringify((tip3 || '').slice(0, 120))}`);
      problems.push(...await injectionProblems(page, 'playground after the syntax error'));
      await page.mouse.move(0, 0);

      // 4. The stdin box, typed by the user.
      const boxed = `${IMG} from the box`;
      if (!(await stdinBox.isVisible())) await page.locator('details.stdin > summary').click();
      await stdinBox.fill(`${boxed}\n${SCRIPT}\n`);
      await setCode(page, "require('readline').createInterface({ input: process.stdin }).on('line', (l) => console.log('line: ' + l));\n");
      const s4 = await runAndWait(page);
      if (s4 !== 'done · exit code 0') problems.push(`stdin box run: status ${JSON.stringify(s4)}`);
      const out4 = await consoleText(page);
      if (out4 !== `line: ${boxed}\nline: ${SCRIPT}\n`) problems.push(`stdin box echo ${JSON.stringify(out4)}, expected the literal lines`);
      problems.push(...await injectionProblems(page, 'playground after the stdin box run'));

      // 5. A link whose entry (missing) is markup: the error banner shows the entry path.
      const missing = `/${IMG}-missing.js`;
      await page.evaluate((h) => { location.hash = h; }, shareFragment({ v: 1, files: { '/main.js': "console.log('unused');\n" }, entry: missing, ui: { title: BOLD } }));
      // The link is refused (no run starts): wait for its banner, not for a run.
      const banner = await page.locator(tid('error-banner')).first().textContent({ timeout: 10_000 }).catch(() => null);
      const s5 = await status(page);
      console.log(`  missing-entry link: status ${JSON.stringify(s5)}; banner ${JSON.stringify((banner || '').slice(0, 200))}`);
      if (banner === null) problems.push(`a link with a missing (markup) entry showed no error banner (status ${JSON.stringify(s5)})`);
      else if (!banner.includes(missing)) problems.push(`error banner lacks the literal entry path ${JSON.stringify(missing)}: ${JSON.stringify(banner.slice(0, 200))}`);
      problems.push(...await injectionProblems(page, 'playground after the missing-entry link'));
      await shot(page, 'no_html_injection-banner.png');

      // 6. The same first link in embed mode.
      const p2 = await context.newPage();
      try {
        await openApp(p2, url + 'index.html', { query: 'embed&panels=console,queues,stack,files,streams', hash: frag });
        const se = await waitFinished(p2, 30_000);
        if (se !== 'done · exit code 0') problems.push(`embed: status ${JSON.stringify(se)}`);
        const oute = await consoleText(p2);
        for (const p of [IMG, SCRIPT, BOLD]) if (!oute.includes(`${p}\n`)) problems.push(`embed console lacks the literal ${JSON.stringify(p)}`);
        const te = ((await text(p2, 'scenario-title').catch(() => '')) || '').trim();
        if (te !== title) problems.push(`embed scenario-title ${JSON.stringify(te)}, expected the literal ${JSON.stringify(title)}`);
        problems.push(...await injectionProblems(p2, 'embed'));
        await shot(p2, 'no_html_injection-embed.png');
      } finally {
        await p2.close();
      }
      assert(problems.length === 0, problems.join('\n  '));
    },
  },

  {
    name: 'sandboxed_cross_origin_embed',
    timeout: 60_000,
    fn: async ({ page, url, shot }) => {
      const problems = [];
      const cspConsole = [];
      page.on('console', (m) => {
        if (/Content Security Policy|Refused to (load|execute|connect|create|compile|frame)/i.test(m.text())) cspConsole.push(m.text().slice(0, 300));
      });
      const frag = shareFragment({ v: 1, files: { '/main.js': ADCB }, entry: '/main.js' });
      const src = `${url}index.html?embed&panels=console,queues&ctl=1#${frag}`;
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'looplab-host-'));
      fs.writeFileSync(path.join(dir, 'index.html'), [
        '<!doctype html>',
        '<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Cross-origin Looplab host</title></head><body>',
        '<h1>A course page on another origin</h1>',
        `<iframe id="ll" title="Looplab" sandbox="allow-scripts allow-same-origin" src="${attr(src)}" style="width:960px;height:560px;border:1px solid #888"></iframe>`,
        '<script>',
        'window.__events = [];',
        "addEventListener('message', function (e) { var d = e.data; if (d && d.source === 'looplab') window.__events.push({ type: d.type, name: d.name || null, origin: e.origin, output: d.output == null ? null : d.output }); });",
        '</script>',
        '</body></html>',
        '',
      ].join('\n'));
      const host = await serve(dir, 0);
      try {
        assert(new URL(host.url).origin !== new URL(url).origin, `host ${host.url} and app ${url} share an origin`);
        await page.goto(host.url, { waitUntil: 'load', timeout: 30_000 });
        const handle = await page.locator('#ll').elementHandle();
        let f = await handle.contentFrame();
        for (let k = 0; k < 100 && (!f || !f.url().includes('embed')); k++) {
          await sleep(100);
          f = await handle.contentFrame();
        }
        assert(f && f.url().includes('embed'), `the iframe never navigated to the embed (url ${f && f.url()})`);
        const fl = page.frameLocator('#ll');
        await fl.locator(tid('status')).waitFor({ state: 'visible', timeout: 30_000 });
        await waitStatus(f, 'engine not loaded: press Run', 10_000);
        await fl.locator(tid('run-btn')).click({ timeout: 5000 });
        await waitDone(f, 0, 30_000);
        const out = await consoleText(f);
        if (out !== 'A\nD\nC\nB\n') problems.push(`embed console ${JSON.stringify(out)}, expected "A\\nD\\nC\\nB\\n"`);
        // The embed's events cross the origin boundary to the host.
        const appOrigin = new URL(url).origin;
        await page.waitForFunction(() => window.__events.some((e) => e.name === 'runFinished'), null, { timeout: 5000 })
          .catch(() => {});
        const events = await page.evaluate(() => window.__events);
        const fin = events.find((e) => e.name === 'runFinished');
        if (!fin) problems.push(`the host page never got a runFinished message (got ${JSON.stringify(events.map((e) => `${e.type}:${e.name}`))})`);
        else {
          if (fin.origin !== appOrigin) problems.push(`runFinished came from origin ${fin.origin}, expected ${appOrigin}`);
          if (fin.output !== 'A\nD\nC\nB\n') problems.push(`runFinished output ${JSON.stringify(fin.output)}`);
        }
        // The served document carries the CSP of web/index.html: same-origin only, no http(s) origin anywhere.
        const expected = sourceCsp();
        assert(expected, 'web/index.html has no <meta http-equiv="Content-Security-Policy"> (cannot know what to expect)');
        const served = await f.evaluate(() => {
          const m = document.querySelector('meta[http-equiv="Content-Security-Policy" i]');
          return m ? m.getAttribute('content') : null;
        });
        const raw = await (await fetch(`${url}index.html`)).text();
        if (!/<meta\s+http-equiv="Content-Security-Policy"/i.test(raw)) problems.push('the served index.html has no CSP meta in its source');
        if (served === null) problems.push('the embed document has no meta[http-equiv=Content-Security-Policy]');
        else {
          if (!/(^|;)\s*default-src 'self'\s*(;|$)/.test(served)) problems.push(`CSP lacks "default-src 'self'": ${served}`);
          const origins = served.match(/\b(?:https?|wss?):(?:\/\/)?[^\s;']*/gi);
          if (origins) problems.push(`CSP names origins other than 'self': ${origins.join(', ')}`);
          if (/(^|\s)\*(\s|;|$)/.test(served)) problems.push(`CSP has a * wildcard source: ${served}`);
          const want = cspDirectives(expected);
          const got = cspDirectives(served);
          // The build (web/js/csp.mjs) swaps script-src 'unsafe-inline' for the hashes of Trunk's inline loader.
          const script = got.get('script-src') || [];
          if (script.includes("'unsafe-inline'")) problems.push(`served script-src still allows 'unsafe-inline': ${served}`);
          if (!script.some((t) => /^'sha256-[A-Za-z0-9+/=]{44}'$/.test(t))) problems.push(`served script-src has no inline-script hash: ${served}`);
          if (want.has('script-src')) {
            want.set('script-src', want.get('script-src').filter((t) => t !== "'unsafe-inline'")
              .concat(script.filter((t) => t.startsWith("'sha256-"))).sort());
          }
          for (const [name, tokens] of want) {
            const g = got.get(name);
            if (!g) problems.push(`served CSP lacks the directive ${name} of web/index.html`);
            else if (g.join(' ') !== tokens.join(' ')) problems.push(`served CSP ${name} is "${g.join(' ')}", web/index.html has "${tokens.join(' ')}"`);
          }
          for (const name of got.keys()) if (!want.has(name)) problems.push(`served CSP has a directive ${name} that web/index.html does not`);
          console.log(`  served CSP: ${served}`);
        }
        if (cspConsole.length) problems.push(`CSP violations reported: ${[...new Set(cspConsole)].join(' | ')}`);
        await shot(page, 'sandboxed_cross_origin_embed.png');
      } finally {
        await host.close();
        fs.rmSync(dir, { recursive: true, force: true });
      }
      assert(problems.length === 0, problems.join('\n  '));
    },
  },

  {
    // The "Download trace (.json)" button (app.rs `download("trace")`) writes serde_json of `replay.events()`, a
    // `[Stamped]` array; `looplab trace FILE --json` writes serde_json (pretty) of `result.trace`, the same `[Stamped]`
    // type. So the two are directly comparable once parsed: the UI's replay holds exactly the batches the worker
    // streamed (MessagePack round trip of the same structs, crates/trace/src/wire.rs). What legitimately differs is
    // memory: `memorySample` events (live heap bytes of a wasm32 vs a native allocator) are dropped and any `*heap*`
    // field is removed before comparing; `seq` is compared by position after that removal.
    name: 'browser_trace_matches_native',
    timeout: 150_000,
    fn: async ({ page, url }) => {
      const cli = findCli();
      assert(cli, 'no native CLI: no looplab in target/debug or target/release (or under CARGO_TARGET_DIR); build it (cargo build -p looplab-cli) to run this test');
      const newestSource = Math.max(...['crates/runtime/src', 'crates/runtime/src/js', 'crates/trace/src', 'crates/cli/src']
        .flatMap((d) => fs.readdirSync(path.join(REPO, d)).map((f) => fs.statSync(path.join(REPO, d, f)).mtimeMs)));
      console.log(`  native CLI ${path.relative(REPO, cli.p)} (built ${new Date(cli.mtime).toISOString()}${cli.mtime < newestSource ? ', OLDER than the newest runtime/trace/cli source: rebuild it if traces differ' : ''})`);
      const ids = lessonIds();
      assert(ids.length > 0, 'no lessons in static/gallery');
      const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'looplab-native-'));
      const live = new Set();
      let cancelled = false;
      try {
        // Native runs, one at a time in the background (the machine has 2 cores; the browser needs one).
        const native = new Map();
        let chain = Promise.resolve();
        for (const id of ids) {
          const file = path.join(tmp, `${id}.json`);
          fs.writeFileSync(file, nativeScenarioJson(lessonScenario(id)));
          const p = chain.then(() => (cancelled ? { code: null, stdout: '', stderr: 'cancelled' } : runCli(cli.p, file, live)));
          native.set(id, p);
          chain = p;
        }
        const failures = [];
        const timings = [];
        let fresh = true;
        for (const id of ids) {
          const t0 = Date.now();
          try {
            const before = await runs(page);
            if (fresh) {
              await page.goto('about:blank');
              await openApp(page, url, { hash: `example/${id}` });
              await waitFinished(page, 30_000);
              fresh = false;
            } else {
              await page.evaluate((h) => { location.hash = h; }, `example/${id}`);
              await waitNextRun(page, before, 30_000);
            }
            const st = await status(page);
            const { body, how } = await downloadTrace(page);
            let browser;
            try {
              browser = JSON.parse(body);
            } catch (e) {
              throw new Error(`the downloaded trace is not JSON (${how}): ${e.message}; starts ${JSON.stringify(body.slice(0, 120))}`);
            }
            assert(Array.isArray(browser), `the downloaded trace is not an array (${how})`);
            const n = await native.get(id);
            let nat;
            try {
              nat = JSON.parse(n.stdout);
            } catch (e) {
              throw new Error(`native CLI output is not JSON (exit ${n.code}): ${JSON.stringify(n.stdout.slice(0, 200))} stderr ${JSON.stringify(n.stderr.slice(0, 300))}`);
            }
            const diff = firstTraceDiff(browser, nat);
            const bExit = browser.findLast?.((e) => e.type === 'exited');
            const nExit = nat.findLast?.((e) => e.type === 'exited');
            if (diff) failures.push(`${id} (browser status ${JSON.stringify(st)}, exited ${bExit ? bExit.code : '?'}; native exit ${n.code}, exited ${nExit ? nExit.code : '?'}; ${browser.length} vs ${nat.length} events; via ${how}):\n      ${diff}`);
          } catch (e) {
            failures.push(`${id}: ${String(e.message).split('\n').slice(0, 3).join(' ')}`);
            fresh = true;
          }
          timings.push(`${id}=${Date.now() - t0}`);
        }
        console.log(`  lesson ms: ${timings.join(' ')}`);
        assert(failures.length === 0, `${failures.length}/${ids.length} lessons' browser traces differ from the native CLI's:\n    ${failures.join('\n    ')}`);
      } finally {
        // Stop the background native runs this test started (only its own children, by handle).
        cancelled = true;
        for (const child of live) { try { child.kill('SIGKILL'); } catch { /* gone */ } }
        fs.rmSync(tmp, { recursive: true, force: true });
      }
    },
  },

  {
    name: 'edits_survive_reload_and_crash',
    timeout: 60_000,
    fn: async ({ page, url, shot }) => {
      const mark = `persist-${Date.now().toString(36)}`;
      const code = [
        `// edited by the e2e test: ${mark}`,
        "const rl = require('readline').createInterface({ input: process.stdin });",
        "rl.on('line', (line) => { if (line === 'hang') while (true) {} });",
        `console.log('${mark}');`,
        '',
      ].join('\n');
      const hasEdit = async (what, timeout = 10_000) => {
        await page.waitForFunction((m) => {
          const el = document.querySelector('.cm-content');
          const v = el && el.cmView && el.cmView.view;
          const t = v ? v.state.doc.toString() : Array.from(document.querySelectorAll('.cm-content .cm-line')).map((l) => l.textContent).join('\n');
          return t.includes(m);
        }, mark, { timeout, polling: 100 }).catch(async () => {
          throw new Error(`${what}: the edit is gone; the editor holds ${JSON.stringify((await editorText(page)).slice(0, 200))}`);
        });
      };
      const draft = () => page.evaluate(() => { try { return localStorage.getItem('looplab.draft'); } catch { return null; } });
      /** The share document's text of the file the test typed into (the entry, shown first). */
      const typed = (doc) => (doc && doc.files ? doc.files[doc.entry] ?? Object.values(doc.files)[0] : undefined);
      const draftHasEdit = async (what) => {
        const d = await draft();
        assert(d, `${what}: no localStorage "looplab.draft" (unsaved edits are not persisted)`);
        const main = typed(decodeFragment(d));
        assert(typeof main === 'string' && main.includes(mark), `${what}: localStorage "looplab.draft" does not hold the edit: ${JSON.stringify(String(main).slice(0, 160))}`);
      };

      await openIdle(page, url);
      await setCode(page, code);
      await hasEdit('right after typing', 2000);
      await draftHasEdit('after typing');
      const href = await page.evaluate(() => location.href);
      assert(/#v1\.z\./.test(href), `location after the edit is not a share link: ${href.slice(0, 120)}`);
      assert(String(typed(decodeFragment(href))).includes(mark), 'the location fragment does not hold the edit');

      // Reload (same URL, fragment included): the edit is loaded, and it runs.
      await page.reload({ waitUntil: 'load' });
      await page.locator(tid('status')).first().waitFor({ state: 'visible', timeout: 30_000 });
      await hasEdit('after a reload');
      assertEqual(await waitFinished(page, 30_000), 'done · exit code 0', 'status of the run after the reload');
      assertEqual(await consoleText(page), `${mark}\n`, 'console of the edited code after the reload');

      // The bare URL (no fragment): the draft from localStorage comes back.
      await page.goto(url, { waitUntil: 'load' });
      await page.locator(tid('status')).first().waitFor({ state: 'visible', timeout: 30_000 });
      await hasEdit('after opening the bare URL (localStorage draft)');
      await waitFinished(page, 30_000);

      // Terminate the engine mid-run (Stop drops the worker), then the edit is still there.
      const box = page.locator(tid('stdin'));
      if (!(await box.isVisible())) await page.locator('details.stdin > summary').click();
      await box.fill('hang\n');
      await page.locator(tid('run-btn')).click();
      await waitStatus(page, 'running…', 10_000);
      await sleep(300);
      assertEqual(await status(page), 'running…', 'status 300 ms into the hanging run');
      await page.locator(tid('stop-btn')).click();
      await waitStatus(page, 'stopped', 2000);
      await hasEdit('after Stop terminated the worker', 2000);
      await box.fill('');
      await waitMetric(page, 'restartMs', 10_000);

      // Crash the engine. First as a wasm trap would (an out-of-memory abort, say): an uncaught exception in every
      // worker of the page, which reaches the UI through Worker.onerror (worker_client.rs). If that does not register,
      // as the worker's panic hook does (web/worker/src/worker.rs start()): a {type: "crash", message} message.
      const inWorkers = async (fn) => {
        let n = 0;
        for (const w of page.workers()) {
          // A worker that was just terminated (by Stop) may still be listed: bound the wait.
          const ok = await Promise.race([w.evaluate(fn).then(() => true, () => false), sleep(3000).then(() => false)]);
          if (ok) n++;
        }
        return n;
      };
      let how = 'uncaught exception in the worker (Worker.onerror)';
      let reached = await inWorkers(() => { setTimeout(() => { throw new Error('e2e: simulated engine crash'); }, 0); });
      assert(reached > 0, `no engine worker to crash (page.workers() lists ${page.workers().length})`);
      const crashedByThrow = await waitStatus(page, 'engine crashed', 3000).then(() => true, () => false);
      if (!crashedByThrow) {
        how = `panic-hook message (the uncaught exception left the status ${JSON.stringify(await status(page))})`;
        reached = await inWorkers(() => { self.postMessage({ type: 'crash', message: 'e2e: simulated engine crash' }); });
        assert(reached > 0, 'no engine worker left to post the crash message');
        await waitStatus(page, 'engine crashed', 5000);
      }
      console.log(`  crashed the engine by ${how}`);
      const banner = page.locator(tid('error-banner'));
      await banner.waitFor({ state: 'visible', timeout: 3000 }).catch(() => { throw new Error('no error banner after the engine crashed'); });
      const bannerText = ((await banner.textContent()) || '').trim();
      assert(/simulated engine crash/.test(bannerText), `crash banner does not carry the crash message: ${JSON.stringify(bannerText)}`);
      await hasEdit('after the engine crashed', 2000);
      await draftHasEdit('after the engine crashed');
      await shot(page, 'edits_survive_reload_and_crash-crashed.png');
      const restart = page.locator(tid('restart-btn'));
      assert(await restart.isVisible(), 'no Restart engine button after the crash');

      // Restart: the engine comes back and runs the edited code.
      await restart.click();
      await waitStatus(page, /^(ready|done · exit code -?\d+)$/, 30_000);
      const s = await runAndWait(page);
      assertEqual(s, 'done · exit code 0', 'status of the run after Restart engine');
      assertEqual(await consoleText(page), `${mark}\n`, 'console of the run after Restart engine');

      // And the edit survives one more reload after all that.
      await page.reload({ waitUntil: 'load' });
      await page.locator(tid('status')).first().waitFor({ state: 'visible', timeout: 30_000 });
      await hasEdit('after a reload following the crash');
      await waitFinished(page, 30_000);
    },
  },
  {
    // Recursion through a native callback used to overflow the worker's stack and crash the engine; the runtime's
    // stack budget now throws node's catchable RangeError first (earlier than node's depth, see ARCHITECTURE.md).
    name: 'native_recursion_catchable',
    timeout: 60_000,
    fn: async ({ page, url }) => {
      await openIdle(page, url);
      await setCode(page, [
        'let d = 0; function g() { d++; return [1].map(g); }',
        "try { g(); } catch (e) { console.log('map', e instanceof RangeError, e.message, d > 100); }",
        'let p = 0; function f() { p++; f(); }',
        "try { f(); } catch (e) { console.log('plain', e.message, p > 5000); }",
        "console.log('still running');",
        '',
      ].join('\n'));
      const s = await runAndWait(page);
      assertEqual(s, 'done · exit code 0', 'status (not "engine crashed")');
      assertEqual(await consoleText(page),
        'map true Maximum call stack size exceeded true\nplain Maximum call stack size exceeded true\nstill running\n', 'console');
    },
  },
];
