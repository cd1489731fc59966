// Looplab browser e2e tests (run by tests/e2e/run.mjs): each entry is {name, fn({page, url, browser, ...}), timeout?}.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  assert, assertEqual, blurEditor, chips, clickAndWaitCursor, consoleText, cursor, editorText, firstDiff, metrics,
  openApp, pressAndWaitCursor, runs, setCode, shareFragment, sleep, status, stdoutText, text, tid, waitDone,
  waitFinished, waitMetric, waitNextRun, waitStatus,
} from './helpers.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const GALLERY = path.resolve(here, '..', '..', 'static', 'gallery');

const ADCB = "console.log('A');\nsetTimeout(() => console.log('B'), 0);\nPromise.resolve().then(() => console.log('C'));\nconsole.log('D');\n";

function lessonIds() {
  return fs.readdirSync(GALLERY).filter((d) => fs.existsSync(path.join(GALLERY, d, 'meta.json'))).sort();
}

function lesson(id) {
  const dir = path.join(GALLERY, id);
  const read = (f) => (fs.existsSync(path.join(dir, f)) ? fs.readFileSync(path.join(dir, f), 'utf8') : null);
  const meta = JSON.parse(read('meta.json'));
  // Looplab-only lessons (meta.nodeParity false, e.g. virtual load tests) have no node recording: their output is
  // compared with the native CLI's by browser_trace_matches_native instead.
  const code = read('expected.code');
  return {
    id,
    meta,
    stdout: read('expected.stdout'),
    code: code !== null ? Number(code.trim() || '0') : Number(meta.exitCode || 0),
  };
}

/** The first gallery lesson (what the app opens when the URL names nothing usable). */
function firstLesson() {
  return lessonIds().map(lesson).sort((a, b) => (a.meta.order ?? 999) - (b.meta.order ?? 999) || a.id.localeCompare(b.id))[0];
}

/** Opens "/" and waits for the initial (first lesson) run to finish, so Run is enabled again. */
async function openIdle(page, url) {
  await openApp(page, url);
  await waitFinished(page, 30_000);
}

/** Steps through the whole trace with one button inside the page (fast), recording a snapshot after every press. */
async function walk(page, buttonId, { maxSteps = 5000 } = {}) {
  return page.evaluate(async ({ buttonId, maxSteps }) => {
    const q = (s) => document.querySelector(s);
    const label = () => (q('[data-testid="cursor-label"]') || {}).textContent || '';
    const parse = () => {
      const m = /^step (\d+) \/ (\d+)/.exec(label().trim());
      return m ? { step: +m[1], len: +m[2] } : { step: -1, len: -1 };
    };
    const chipsOf = (name) => {
      const box = q(`[data-testid="queue-${name}"]`);
      return box ? Array.from(box.querySelectorAll('.chip')).map((c) => ({
        label: (c.querySelector('.chip-label') || {}).textContent || '',
        site: (c.querySelector('.chip-site') || {}).textContent || '',
      })) : null;
    };
    const snap = () => {
      const { step, len } = parse();
      const frames = Array.from(document.querySelectorAll('[data-testid="stack"] li.frame')).map((li) => ({
        name: (li.querySelector('.frame-name') || {}).textContent || '',
        site: (li.querySelector('.frame-site') || {}).textContent || '',
      }));
      const tl = q('[data-testid="timeline"]');
      return {
        step, len, label: label(),
        timeline: tl ? Number(tl.value) : null, timelineMax: tl ? Number(tl.max) : null,
        timers: chipsOf('timers'), microtask: chipsOf('microtask'), nextTick: chipsOf('nextTick'),
        console: Array.from(document.querySelectorAll('[data-testid="console"] .out')).map((s) => s.textContent).join(''),
        frames,
        where: ((q('[data-testid="loop-where"]') || {}).textContent || ''),
        busy: document.querySelectorAll('[data-testid="threadpool"] .worker.busy').length,
        waiting: document.querySelectorAll('[data-testid="threadpool"] .chip').length,
      };
    };
    const out = [snap()];
    if (!q(`[data-testid="${buttonId}"]`)) throw new Error(`no ${buttonId} button`);
    for (let i = 0; i < maxSteps; i++) {
      const { step, len } = parse();
      if (step >= len) break;
      const before = label();
      q(`[data-testid="${buttonId}"]`).click();
      const t0 = performance.now();
      while (label() === before && performance.now() - t0 < 2000) await new Promise((r) => setTimeout(r, 0));
      if (label() === before) throw new Error(`${buttonId} did not move the cursor from "${before}"`);
      out.push(snap());
    }
    return out;
  }, { buttonId, maxSteps });
}

/** 1-based editor line of a DOM element: by its .cm-line index, and by the line-number gutter cell at the same height. */
async function editorLinesOf(page, selector) {
  return page.evaluate((sel) => {
    const lines = Array.from(document.querySelectorAll('.cm-content > .cm-line'));
    const numbers = Array.from(document.querySelectorAll('.cm-lineNumbers .cm-gutterElement')).filter((g) => /^\d+$/.test(g.textContent.trim()));
    const mid = (el) => { const r = el.getBoundingClientRect(); return (r.top + r.bottom) / 2; };
    const within = (el, y) => { const r = el.getBoundingClientRect(); return y >= r.top - 1 && y <= r.bottom + 1 && r.height > 0; };
    return Array.from(document.querySelectorAll(sel)).map((el) => {
      const y = mid(el);
      const own = el.closest('.cm-line');
      const idx = own ? lines.indexOf(own) : lines.findIndex((l) => within(l, y));
      const g = numbers.find((n) => within(n, y));
      return { cls: String(el.className), index: idx < 0 ? null : idx + 1, gutter: g ? Number(g.textContent.trim()) : null };
    });
  }, selector);
}

/** Waits until CodeMirror shows an error diagnostic (range or gutter marker); returns their lines. */
async function waitLintError(page, timeout = 5000) {
  const sel = '.cm-lintRange-error, .cm-lintPoint-error, .cm-lint-marker-error';
  await page.waitForFunction((s) => document.querySelector(s), sel, { timeout, polling: 50 }).catch(() => {});
  return editorLinesOf(page, sel);
}

/** Innermost frame of the stack panel ({name, site}) or null when the stack is empty. */
async function innermostFrame(page) {
  return page.evaluate(() => {
    const li = document.querySelector('[data-testid="stack"] li.frame');
    return li ? { name: (li.querySelector('.frame-name') || {}).textContent || '', site: (li.querySelector('.frame-site') || {}).textContent || '' } : null;
  });
}

const chipStr = (c) => (c ? c.map((x) => `${x.label}@${x.site}`).join(', ') : 'n/a');

export const tests = [
  {
    name: 'adcb_step_through',
    fn: async ({ page, url }) => {
      await openIdle(page, url);
      await setCode(page, ADCB);
      const before = await runs(page);
      await page.locator(tid('run-btn')).click();
      const s = await waitNextRun(page, before);
      assertEqual(s, 'done · exit code 0', 'status');
      assertEqual(await consoleText(page), 'A\nD\nC\nB\n', 'console after the run');
      const m = await metrics(page);
      console.log(`METRIC first_output_ms=${m.firstOutputMs?.toFixed?.(1)} ui_interactive_ms=${m.uiInteractiveMs?.toFixed?.(0)} engine_ready_ms=${m.engineReadyMs?.toFixed?.(0)} adcb_run_ms=${m.lastRunMs?.toFixed?.(1)} adcb_events=${m.events}`);
      assert(typeof m.firstOutputMs === 'number', 'window.__looplab.firstOutputMs is not set');

      await page.locator(tid('step-start')).click();
      await page.waitForFunction(() => /^step 0 \//.test(document.querySelector('[data-testid="cursor-label"]').textContent.trim()), null, { timeout: 2000 });
      const snaps = await walk(page, 'step-next');
      const last = snaps[snaps.length - 1];
      assert(snaps.length > 3, `only ${snaps.length} steps recorded`);
      assertEqual(last.step, last.len, 'stepping ended at the end of the trace');
      assertEqual(snaps.length - 1, last.len, 'number of step-next presses to reach the end (one per event)');
      for (const sn of snaps) {
        assert(sn.timeline === sn.step, `timeline value ${sn.timeline} != cursor-label step ${sn.step} (${sn.label})`);
        assert(sn.timelineMax === sn.len, `timeline max ${sn.timelineMax} != number of events ${sn.len}`);
        assert(sn.timers && sn.microtask, 'queue-timers / queue-microtask panels missing');
      }
      for (let i = 1; i < snaps.length; i++) {
        assert(snaps[i].console.startsWith(snaps[i - 1].console),
          `console shrank/changed between step ${snaps[i - 1].step} (${JSON.stringify(snaps[i - 1].console)}) and ${snaps[i].step} (${JSON.stringify(snaps[i].console)})`);
      }
      // Collect every mismatch of the stepping contract, then fail once with all of them.
      const problems = [];
      const both = snaps.findIndex((sn) => sn.timers.length === 1 && sn.timers[0].site === 'main.js:2' &&
        sn.microtask.length === 1 && sn.microtask[0].site === 'main.js:3' && (sn.console === 'A\n' || sn.console === 'A\nD\n'));
      // Only the steps where the queues or the console changed, to keep failure messages short.
      const line = (sn) => `${sn.step}: timers[${chipStr(sn.timers)}] micro[${chipStr(sn.microtask)}] out=${JSON.stringify(sn.console)}`;
      const trace = snaps.map(line).filter((l, i, all) => i === 0 || l.replace(/^\d+/, '') !== all[i - 1].replace(/^\d+/, '')).join('\n    ');
      if (both < 0) problems.push('no step with exactly one timer chip (site main.js:2) and one microtask chip (site main.js:3) while the console is "A\\n" or "A\\nD\\n"');
      const afterC = snaps.findIndex((sn, i) => i > both && sn.microtask.length === 0 && sn.timers.length === 1 && sn.timers[0].site === 'main.js:2' && sn.console === 'A\nD\nC\n');
      if (afterC < 0) problems.push('no later step where C ran (console "A\\nD\\nC\\n"), microtasks are empty and the timer (main.js:2) still waits');
      if (last.timers.length + last.microtask.length !== 0) problems.push(`queued chips at the end: timers[${chipStr(last.timers)}] micro[${chipStr(last.microtask)}]`);
      if (last.console !== 'A\nD\nC\nB\n') problems.push(`console at the end of stepping: ${JSON.stringify(last.console)}`);

      // Callback stepping: main module, the promise reaction, the timer.
      await page.locator(tid('step-start')).click();
      await page.waitForFunction(() => /^step 0 \//.test(document.querySelector('[data-testid="cursor-label"]').textContent.trim()), null, { timeout: 2000 });
      const stops = (await walk(page, 'step-callback')).slice(1).filter((sn) => sn.step < sn.len);
      const outer = stops.map((sn) => (sn.frames.length ? `${sn.frames[sn.frames.length - 1].name} ${sn.frames[sn.frames.length - 1].site}`.trim() : '(empty stack)'));
      const distinct = [...new Set(outer)];
      console.log(`  callback stops: ${stops.map((sn, i) => `${sn.step}=${outer[i]}`).join(' | ')}`);
      if (stops.length !== 3) problems.push(`${stops.length} step-callback stops before the end, expected 3 (outermost frames: ${outer.join(' | ')})`);
      if (distinct.length !== 3) problems.push(`${distinct.length} distinct callbacks, expected 3 (${distinct.join(' | ')})`);
      const tl = await page.locator(tid('timeline')).inputValue();
      const c = await cursor(page);
      if (Number(tl) !== c.step) problems.push(`timeline value ${tl} != cursor-label step ${c.step}`);
      assert(problems.length === 0, `${problems.join('\n  ')}\n  queue/console changes along the steps:\n    ${trace}`);
    },
  },

  {
    // On a cold cache the app can mount before the deferred editor.js has run (CI saw this once): hold the
    // bundle back until the app is on screen, then check that the CodeMirror editor still appears and works.
    name: 'editor_bundle_late',
    fn: async ({ page, url }) => {
      let release;
      const held = new Promise((r) => { release = r; });
      await page.route('**/editor.js', async (route) => { await held; await route.continue(); });
      await page.goto(url, { waitUntil: 'commit', timeout: 30_000 });
      await page.locator(tid('status')).first().waitFor({ state: 'visible', timeout: 30_000 });
      const early = await page.evaluate(() => ({
        bundle: typeof window.LooplabEditor, cm: !!document.querySelector('.cm-content'),
        fallback: !!document.querySelector('textarea.fallback-editor'),
      }));
      assertEqual(early.bundle, 'undefined', 'editor.js was held back while the app mounted');
      assert(!early.fallback, 'the app gave up on CodeMirror before the page finished loading');
      release();
      await page.locator('.cm-content').first().waitFor({ state: 'visible', timeout: 15_000 });
      assertEqual(await page.locator('textarea.fallback-editor').count(), 0, 'fallback textarea shown');
      await waitFinished(page, 30_000);
      await setCode(page, ADCB);
      const before = await runs(page);
      await page.locator(tid('run-btn')).click();
      assertEqual(await waitNextRun(page, before), 'done · exit code 0', 'status');
      assertEqual(await consoleText(page), 'A\nD\nC\nB\n', 'console after the run');
      // JavaScript highlighting joins after the editor takes input: the string literals become styled tokens.
      await waitMetric(page, 'editorHighlightMs');
      const strings = await page.evaluate(() => Array.from(document.querySelectorAll('.cm-content .cm-line span'))
        .filter((s) => s.textContent === "'A'" && s.className).length);
      assertEqual(strings, 1, "highlighted 'A' string tokens in the editor");
    },
  },
  {
    name: 'stop_infinite_loop',
    fn: async ({ page, url }) => {
      await openIdle(page, url);
      await setCode(page, 'let i = 0; while (true) { i++; }');
      await page.locator(tid('run-btn')).click();
      await waitStatus(page, 'running…', 10_000);
      await sleep(500);
      assertEqual(await status(page), 'running…', 'status 500 ms into the infinite loop');
      const stop = page.locator(tid('stop-btn'));
      assert(await stop.isEnabled(), 'Stop is disabled while running');
      await stop.click();
      const t0 = Date.now();
      await waitStatus(page, 'stopped', 1000);
      console.log(`METRIC stop_to_stopped_ms=${Date.now() - t0}`);
      const t1 = Date.now();
      assertEqual(await page.evaluate(() => 1 + 1), 2, 'evaluate');
      assert(Date.now() - t1 < 500, `page.evaluate took ${Date.now() - t1} ms after Stop`);
      // A button still works: open and close the gallery.
      await page.locator(tid('gallery-btn')).click({ timeout: 2000 });
      await page.locator(tid('gallery-list')).waitFor({ state: 'visible', timeout: 2000 });
      await page.keyboard.press('Escape');
      await page.locator(tid('gallery-list')).waitFor({ state: 'detached', timeout: 2000 });
      const restart = await waitMetric(page, 'restartMs', 10_000);
      console.log(`METRIC restart_ms=${restart.toFixed(1)}`);
      assert(restart < 1000, `restartMs ${restart} >= 1000`);
      await setCode(page, "console.log('after')");
      const before = await runs(page);
      await page.locator(tid('run-btn')).click();
      assertEqual(await waitNextRun(page, before, 15_000), 'done · exit code 0', 'status of the run after Stop');
      assertEqual(await consoleText(page), 'after\n', 'console of the run after Stop');
    },
  },

  {
    // Not in the original list: Run pressed right after Stop, before the replacement worker is ready.
    name: 'stop_then_run_at_once',
    fn: async ({ page, url }) => {
      await openIdle(page, url);
      await setCode(page, 'while (true) {}');
      await page.locator(tid('run-btn')).click();
      await waitStatus(page, 'running…', 10_000);
      await sleep(300);
      await page.locator(tid('stop-btn')).click();
      await waitStatus(page, 'stopped', 1000);
      await setCode(page, "console.log('quick')");
      const before = await runs(page);
      const restartSet = await page.evaluate(() => typeof (window.__looplab || {}).restartMs === 'number');
      await page.locator(tid('run-btn')).click();
      const t0 = Date.now();
      try {
        await waitNextRun(page, before, 15_000);
      } catch (e) {
        throw new Error(`Run clicked ${restartSet ? 'after' : 'before'} the new worker was ready never finished: ${e.message}`);
      }
      assertEqual(await status(page), 'done · exit code 0', 'status');
      assertEqual(await consoleText(page), 'quick\n', 'console');
      console.log(`  run right after Stop finished in ${Date.now() - t0} ms (worker was ${restartSet ? '' : 'not yet '}ready when Run was clicked)`);
    },
  },

  {
    name: 'share_link_roundtrip',
    fn: async ({ page, url, browser, context, track }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
      await openApp(page, url, { hash: 'example/nexttick-vs-promises' });
      await waitDone(page, 0);
      await page.locator('.cm-content').click();
      await page.keyboard.press('Control+End');
      await page.keyboard.insertText("\nconsole.log('edited ✓');");
      assert((await editorText(page)).includes("console.log('edited ✓');"), 'edit did not land in the editor');
      const before = await runs(page);
      await page.locator(tid('run-btn')).click();
      assertEqual(await waitNextRun(page, before), 'done · exit code 0', 'status after the edited run');
      const full1 = await consoleText(page);
      assert(full1.includes('edited ✓\n'), `edited run output lacks "edited ✓": ${JSON.stringify(full1)}`);
      const end1 = await cursor(page);

      await clickAndWaitCursor(page, 'step-start');
      await clickAndWaitCursor(page, 'step-callback');
      const at = await clickAndWaitCursor(page, 'step-callback');
      assert(at.step > 0 && at.step < at.len, `step-callback twice gave ${at.label}`);
      const partial1 = await consoleText(page);

      await page.locator(tid('share-menu')).click();
      await page.locator(tid('copy-link')).click({ timeout: 3000 });
      const note = page.locator(tid('share-note'));
      await note.waitFor({ state: 'visible', timeout: 3000 });
      const noteText = ((await note.textContent()) || '').trim();
      const m = /^Link copied \((\d+) characters\)\./.exec(noteText);
      assert(m, `share note ${JSON.stringify(noteText)}`);
      // Keep going after a broken link (rebuilding it from its payload) so one run reports every problem.
      const problems = [];
      const href = await page.evaluate(() => location.href);
      if (!/#v1\.z\.[A-Za-z0-9_-]+$/.test(href)) problems.push(`location after Copy link is not a #v1.z. link: ${href}`);
      const clip = await page.evaluate(() => navigator.clipboard.readText()).catch((e) => `(clipboard unreadable: ${e.message})`);
      if (!/^http:\/\/[^#]+\/(index\.html)?#v1\.z\.[A-Za-z0-9_-]+$/.test(clip)) problems.push(`copied link is not <page>#v1.z.<payload>: ${clip.slice(0, 120)}…`);
      else if (clip !== href) problems.push(`clipboard ${clip.slice(0, 80)}… differs from location.href ${href.slice(0, 80)}…`);
      if (Number(m[1]) !== clip.length) problems.push(`share note says ${m[1]} characters, the copied link has ${clip.length}`);
      console.log(`METRIC share_link_chars=${clip.length}`);
      const payload = /(v1\.z\.[A-Za-z0-9_-]+)$/.exec(clip);
      assert(payload, `${problems.join('; ')}; no v1.z payload in the clipboard either`);
      const link = `${url}#${payload[1]}`;

      const ctx2 = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      try {
        const p2 = await ctx2.newPage();
        track(p2, '[2nd context] ');
        await p2.goto(link, { waitUntil: 'load' });
        await waitDone(p2, 0);
        const ed2 = await editorText(p2);
        if (!ed2.includes('edited ✓')) problems.push(`editor in the new context lacks the edit: ${JSON.stringify(ed2.slice(-120))}`);
        const at2 = await cursor(p2);
        if (at2.step !== at.step) problems.push(`link opened at ${at2.label}, copied at ${at.label}`);
        if (at2.len !== end1.len) problems.push(`re-run has ${at2.len} events, the first run ${end1.len}`);
        const partial2 = await consoleText(p2);
        if (partial2 !== partial1) problems.push(`console at the linked step ${JSON.stringify(partial2)} != ${JSON.stringify(partial1)}`);
        await clickAndWaitCursor(p2, 'step-end');
        const full2 = await consoleText(p2);
        if (full2 !== full1) problems.push(`console of the re-run differs: ${firstDiff(full2, full1)}`);
        await p2.screenshot({ path: path.resolve(here, '..', '..', 'target', 'e2e-artifacts', 'share_link_roundtrip-opened.png') });
        assert(problems.length === 0, problems.join('\n  '));
      } finally {
        await ctx2.close();
      }
    },
  },

  {
    name: 'corrupt_link',
    fn: async ({ page, url, shot }) => {
      const first = firstLesson();
      for (const frag of ['v1.z.!!!notbase64', 'v9.z.abc']) {
        await page.goto('about:blank');
        await openApp(page, url, { hash: frag });
        const banner = page.locator(tid('error-banner'));
        await banner.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => { throw new Error(`#${frag}: no error-banner`); });
        const msg = ((await banner.textContent()) || '').trim();
        assert(msg.length > 10, `#${frag}: banner text ${JSON.stringify(msg)}`);
        assertEqual(await banner.getAttribute('role'), 'alert', `#${frag}: banner role`);
        assertEqual(((await text(page, 'scenario-title')) || '').trim(), first.meta.title, `#${frag}: title of the loaded scenario`);
        await waitDone(page, first.code);
        assertEqual(await stdoutText(page), first.stdout, `#${frag}: first lesson output`);
        const before = await runs(page);
        await page.locator(tid('run-btn')).click();
        assertEqual(await waitNextRun(page, before), `done · exit code ${first.code}`, `#${frag}: status after Run`);
        console.log(`  #${frag}: banner ${JSON.stringify(msg.slice(0, 140))}`);
        await shot(page, `corrupt_link-${frag.startsWith('v9') ? 'v9' : 'v1'}.png`);
      }
    },
  },

  {
    name: 'embed_direct',
    fn: async ({ page, url }) => {
      const frag = shareFragment({ v: 1, files: { '/main.js': ADCB }, entry: '/main.js' });
      await openApp(page, url + 'index.html', { query: 'embed&panels=console,queues&ctl=1', hash: frag });
      await waitStatus(page, 'engine not loaded: press Run', 5000);
      assertEqual(await page.locator(tid('gallery-btn')).count(), 0, 'gallery button in embed mode');
      assertEqual(await page.locator(tid('panel-console')).count(), 1, 'console panel');
      assertEqual(await page.locator(tid('panel-queues')).count(), 1, 'queues panel');
      assertEqual(await page.locator(tid('panel-loop')).count(), 0, 'loop panel (not asked for)');
      const open = page.locator(tid('open-in-looplab'));
      const href = await open.getAttribute('href');
      const problems = [];
      if (!(href && /^http:\/\/[^#]*#v1\.z\.[A-Za-z0-9_-]+$/.test(href) && !/[?&]embed/.test(href))) problems.push(`open-in-looplab href is not a playground link: ${href}`);
      const workers = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('looplab-worker')).length);
      assertEqual(workers, 0, 'worker resources loaded before Run');
      await page.locator(tid('run-btn')).click();
      await waitDone(page, 0, 30_000);
      assertEqual(await consoleText(page), 'A\nD\nC\nB\n', 'embed console');
      assert(problems.length === 0, problems.join('\n  '));
    },
  },

  {
    name: 'embed_course_page',
    fn: async ({ page, url }) => {
      await page.goto(url + 'course.html', { waitUntil: 'load' });
      const iframes = page.locator('.looplab-embed iframe');
      await page.waitForFunction(() => {
        const f = document.querySelectorAll('.looplab-embed iframe');
        return f.length === 2 && Array.from(f).every((x) => x.getAttribute('src'));
      }, null, { timeout: 10_000 }).catch(async () => {
        throw new Error(`expected 2 .looplab-embed iframes with a src, found ${await iframes.count()}`);
      });
      const initial = await page.evaluate(() => Array.from(document.querySelectorAll('.looplab-embed iframe')).map((f) => f.style.height));
      const frameOf = async (i) => {
        await iframes.nth(i).scrollIntoViewIfNeeded();
        const h = await iframes.nth(i).elementHandle();
        let f = await h.contentFrame();
        for (let k = 0; k < 100 && (!f || !f.url().includes('embed')); k++) {
          await sleep(100);
          f = await h.contentFrame();
        }
        assert(f && f.url().includes('embed'), `iframe ${i} never navigated to the embed (url ${f && f.url()})`);
        await f.locator(tid('status')).waitFor({ state: 'attached', timeout: 20_000 });
        return f;
      };
      // The second embed (data-ctl="0") loads and runs on its own.
      const f2 = await frameOf(1);
      await waitDone(f2, 0, 30_000);
      assertEqual(await consoleText(f2), 'immediate\ntimeout\n', 'second embed console');
      // The first is click-to-load: no engine until Run.
      const f1 = await frameOf(0);
      await waitStatus(f1, 'engine not loaded: press Run', 5000);
      const workerEntries = () => f1.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('looplab-worker')).map((e) => e.name));
      assertEqual((await workerEntries()).length, 0, 'worker resources in the click-to-load embed before Run');
      await f1.locator(tid('run-btn')).click();
      await waitDone(f1, 0, 30_000);
      assertEqual(await consoleText(f1), 'A\nD\nC\nB\n', 'first embed console');
      assert((await workerEntries()).length > 0, 'no looplab-worker resource entry even after Run (the negative check above would be meaningless)');
      // Resize protocol: the host page sets the iframe height from the embed's messages.
      let now = initial;
      for (let k = 0; k < 30; k++) {
        now = await page.evaluate(() => Array.from(document.querySelectorAll('.looplab-embed iframe')).map((f) => f.style.height));
        if (now.some((h, i) => h !== initial[i])) break;
        await sleep(100);
      }
      assert(now.some((h, i) => h !== initial[i]), `no iframe height changed: initial ${initial.join(', ')}, now ${now.join(', ')}`);
      console.log(`  iframe heights ${initial.join(',')} -> ${now.join(',')}`);
      // Events reach the host page.
      await page.waitForFunction(() => /embed 0: runFinished/.test(document.getElementById('event-log').textContent), null, { timeout: 3000 })
        .catch(() => { throw new Error('the course page event log never showed "embed 0: runFinished"'); });
    },
  },

  {
    name: 'gallery_all_complete',
    timeout: 170_000,
    fn: async ({ page, url, shot }) => {
      const ids = lessonIds();
      assertEqual(ids.length, 22, 'number of lessons in static/gallery');
      const failures = [];
      let fresh = true;
      const timings = [];
      for (const id of ids) {
        const l = lesson(id);
        const t0 = Date.now();
        try {
          if (fresh) {
            await openApp(page, url, { hash: `example/${id}` });
            await waitFinished(page, 30_000);
            fresh = false;
          } else {
            // Navigate through the gallery dialog (its links set #example/<id>).
            const before = await runs(page);
            await page.locator(tid('gallery-btn')).click();
            const list = page.locator(tid('gallery-list'));
            await list.waitFor({ state: 'visible', timeout: 3000 });
            if (id === ids[1]) {
              const listed = await list.locator('a.gallery-item').evaluateAll((as) => as.map((a) => a.getAttribute('data-id')));
              assertEqual([...listed].sort().join(','), ids.join(','), 'gallery-list items');
            }
            const item = list.locator(`a.gallery-item[data-id="${id}"]`);
            assertEqual(await item.getAttribute('href'), `#example/${id}`, `gallery item href for ${id}`);
            await item.click();
            await waitNextRun(page, before, 30_000);
          }
          const s = await status(page);
          const title = ((await text(page, 'scenario-title')) || '').trim();
          const out = await stdoutText(page);
          const problems = [];
          if (s !== `done · exit code ${l.code}`) problems.push(`status ${JSON.stringify(s)} (want exit code ${l.code})`);
          if (title !== l.meta.title) problems.push(`title ${JSON.stringify(title)}`);
          if (l.stdout === null) {
            if (!out) problems.push('printed nothing');
          } else if (out !== l.stdout) {
            problems.push(`stdout differs (${out.length} vs ${l.stdout.length} bytes), ${firstDiff(out, l.stdout)}`);
          }
          if (problems.length) failures.push(`${id}: ${problems.join('; ')}`);
        } catch (e) {
          failures.push(`${id}: ${e.message.split('\n')[0]}`);
          fresh = true;
        }
        timings.push(`${id}=${Date.now() - t0}`);
        await shot(page, `gallery-${id}.png`);
      }
      console.log(`  lesson ms: ${timings.join(' ')}`);
      assert(failures.length === 0, `${failures.length}/${ids.length} lessons wrong:\n    ${failures.join('\n    ')}`);
    },
  },

  {
    name: 'keyboard_and_panels',
    fn: async ({ page, url }) => {
      await openApp(page, url, { hash: 'example/threadpool-saturation' });
      await waitDone(page, 0);
      await blurEditor(page);
      const end = await cursor(page);
      let c = await pressAndWaitCursor(page, 'Home');
      assertEqual(c.step, 0, 'Home');
      const iters = [];
      for (let i = 0; i < 3; i++) {
        const prev = c.step;
        c = await pressAndWaitCursor(page, ']');
        iters.push(c.step);
        assert(c.step > prev || c.step === c.len, `] did not advance (${prev} -> ${c.step})`);
      }
      const prev = c.step;
      if (c.step < c.len) {
        c = await pressAndWaitCursor(page, 'Shift+ArrowRight');
        assert(c.step > prev, `Shift+ArrowRight did not advance (${prev} -> ${c.step})`);
      }
      c = await pressAndWaitCursor(page, 'Home');
      c = await pressAndWaitCursor(page, 'ArrowRight');
      assertEqual(c.step, 1, 'ArrowRight from the start');
      c = await pressAndWaitCursor(page, 'End');
      assertEqual(c.step, end.len, 'End');
      console.log(`  ] steps: ${iters.join(', ')} of ${end.len}`);
      // Space toggles playback.
      await page.keyboard.press('Home');
      await page.keyboard.press(' ');
      await page.waitForFunction(() => document.querySelector('[data-testid="play-btn"]').getAttribute('aria-label') === 'Pause', null, { timeout: 2000 })
        .catch(() => { throw new Error('Space did not start playback'); });
      await page.keyboard.press(' ');
      await page.waitForFunction(() => document.querySelector('[data-testid="play-btn"]').getAttribute('aria-label') === 'Play', null, { timeout: 2000 })
        .catch(() => { throw new Error('Space did not pause playback'); });

      // Thread pool: 4 workers, busy while the hashes run, job #5 waiting for a worker.
      assertEqual(await page.locator(`${tid('threadpool')} .worker`).count(), 4, 'thread pool workers');
      await page.locator(tid('step-start')).click();
      await page.waitForFunction(() => /^step 0 \//.test(document.querySelector('[data-testid="cursor-label"]').textContent.trim()), null, { timeout: 2000 });
      // Scrub with the timeline (input events, like dragging it) instead of stepping every one of ~2000 events.
      const snaps = await page.evaluate(async () => {
        const label = () => document.querySelector('[data-testid="cursor-label"]').textContent;
        const range = document.querySelector('[data-testid="timeline"]');
        const len = Number(range.max);
        const stride = Math.max(1, Math.floor(len / 400));
        const out = [];
        for (let n = 0; n <= len; n += stride) {
          const before = label();
          range.value = String(n);
          range.dispatchEvent(new Event('input', { bubbles: true }));
          const t0 = performance.now();
          while (label() === before && n > 0 && performance.now() - t0 < 1000) await new Promise((r) => setTimeout(r, 0));
          const m = /^step (\d+) \/ (\d+)/.exec(label());
          const s = { step: +m[1], busy: document.querySelectorAll('[data-testid="threadpool"] .worker.busy').length,
            waiting: document.querySelectorAll('[data-testid="threadpool"] .chip').length };
          out.push(s);
          if (s.busy === 4 && s.waiting >= 1) break;
        }
        return out;
      });
      assert(snaps.some((s, i) => i > 0 && s.step > 0), `scrubbing the timeline did not move the cursor (${JSON.stringify(snaps.slice(0, 3))})`);
      const maxBusy = Math.max(...snaps.map((s) => s.busy));
      const waited = snaps.some((s) => s.busy === 4 && s.waiting >= 1);
      console.log(`  thread pool: max busy ${maxBusy}, a job waited while 4 were busy: ${waited}`);
      assert(maxBusy >= 1, 'no .worker.busy at any step');
      assertEqual(maxBusy, 4, 'max busy workers');
      assert(waited, 'never saw job #5 waiting while all 4 workers were busy');

      // Flame chart: not in this lesson's panels, so switch it on from the Panels menu.
      await page.locator('details.menu > summary', { hasText: 'Panels' }).click();
      await page.getByLabel('Flame chart', { exact: true }).check({ timeout: 3000 });
      await page.locator('details.menu > summary', { hasText: 'Panels' }).click();
      const canvas = page.locator(`${tid('flame')} canvas`);
      await canvas.waitFor({ state: 'visible', timeout: 5000 }).catch(() => { throw new Error('flame panel has no canvas'); });
      await canvas.scrollIntoViewIfNeeded();
      const box = await canvas.boundingBox();
      assert(box && box.width > 50 && box.height > 10, `flame canvas box ${JSON.stringify(box)}`);
      // Find painted pixels (spans) on the canvas and hover them until the tooltip appears.
      const points = await canvas.evaluate((c) => {
        const ctx = c.getContext('2d');
        const img = ctx.getImageData(0, 0, c.width, c.height).data;
        const sx = c.width / c.clientWidth;
        const sy = c.height / c.clientHeight;
        const found = [];
        const seen = new Set();
        for (let y = 2; y < c.clientHeight - 16; y += 4) {
          for (let x = 2; x < c.clientWidth - 2; x += 2) {
            const i = (Math.floor(y * sy) * c.width + Math.floor(x * sx)) * 4;
            const [r, g, b, a] = [img[i], img[i + 1], img[i + 2], img[i + 3]];
            if (a < 200 || (r > 200 && g < 80 && b < 80)) continue; // background, or the red cursor line
            const key = `${Math.floor(x / 40)}:${Math.floor(y / 16)}`;
            if (seen.has(key)) continue;
            seen.add(key);
            found.push({ x, y });
          }
        }
        return found;
      });
      let found = false;
      for (const pt of points.slice(0, 60)) {
        await page.mouse.move(box.x + pt.x, box.y + pt.y);
        if (await page.locator(tid('flame-tooltip')).count()) { found = true; break; }
      }
      if (!points.length) throw new Error('the flame canvas has no painted span');
      assert(found, 'hovering the flame chart never showed flame-tooltip');
      console.log(`  flame tooltip: ${JSON.stringify(((await text(page, 'flame-tooltip')) || '').slice(0, 100))}`);
    },
  },

  {
    name: 'big_output_responsive',
    fn: async ({ page, url }) => {
      await openIdle(page, url);
      await setCode(page, "for (let i = 0; i < 200000; i++) console.log('line ' + i);");
      await page.evaluate(() => {
        window.__maxFrame = 0;
        window.__frames = 0;
        window.__stopRaf = false;
        let last = performance.now();
        const f = (t) => {
          const d = t - last;
          if (d > window.__maxFrame) window.__maxFrame = d;
          last = t;
          window.__frames++;
          if (!window.__stopRaf) requestAnimationFrame(f);
        };
        requestAnimationFrame(f);
      });
      const before = await runs(page);
      const t0 = Date.now();
      await page.locator(tid('run-btn')).click();
      const s = await waitNextRun(page, before, 55_000);
      const wall = Date.now() - t0;
      const frame = await page.evaluate(() => { window.__stopRaf = true; return { max: window.__maxFrame, n: window.__frames }; });
      assertEqual(s, 'done · exit code 0', 'status');
      const m = await metrics(page);
      console.log(`METRIC max_frame_ms=${frame.max.toFixed(1)}`);
      console.log(`METRIC events=${m.events}`);
      console.log(`METRIC big_output_wall_ms=${wall} big_output_run_ms=${m.lastRunMs?.toFixed?.(0)} big_output_first_output_ms=${m.firstOutputMs?.toFixed?.(1)} frames=${frame.n}`);
      const out = await consoleText(page);
      assert(out.endsWith('line 199999\n'), `console does not end with "line 199999": ${JSON.stringify(out.slice(-60))}`);
      const spans = await page.locator(`${tid('console')} .out`).count();
      console.log(`  rendered .out spans: ${spans}`);
      assert(spans < 5000, `${spans} .out spans rendered (unbounded console)`);
      // The page stays usable: stepping back is instant.
      const c = await clickAndWaitCursor(page, 'step-start');
      assertEqual(c.step, 0, 'step-start after the big run');
    },
  },

  {
    name: 'error_markers',
    timeout: 30_000,
    fn: async ({ page, url, shot }) => {
      await openIdle(page, url);
      const cases = [
        { what: 'syntax error', code: 'console.log(1);\n\nlet x = ;\n', line: 3, stderr: /SyntaxError/ },
        { what: 'throw in a setTimeout callback', code: "setTimeout(() => {\n  throw new Error('boom');\n}, 1);\n", line: 2, stderr: /Error: boom/ },
      ];
      const problems = [];
      for (const c of cases) {
        await setCode(page, c.code);
        const before = await runs(page);
        await page.locator(tid('run-btn')).click();
        const s = await waitNextRun(page, before);
        if (s !== 'done · exit code 1') problems.push(`${c.what}: status ${JSON.stringify(s)}, expected "done · exit code 1"`);
        const err = await page.evaluate(() => Array.from(document.querySelectorAll('[data-testid="console"] .out.stderr')).map((x) => x.textContent).join(''));
        if (!c.stderr.test(err)) problems.push(`${c.what}: console stderr does not match ${c.stderr}: ${JSON.stringify(err.slice(0, 300))}`);
        const marks = await waitLintError(page);
        console.log(`  ${c.what}: stderr ${JSON.stringify(err.split('\n').slice(0, 3).join(' | '))}; lint ${JSON.stringify(marks)}`);
        if (!marks.length) problems.push(`${c.what}: no .cm-lintRange-error / .cm-lint-marker-error in the editor (stderr ${JSON.stringify(err.slice(0, 200))})`);
        for (const m of marks) {
          if (m.index !== c.line || m.gutter !== c.line) problems.push(`${c.what}: ${m.cls.trim()} is on line ${m.index} (gutter number ${m.gutter}), expected ${c.line}`);
        }
        await shot(page, `error_markers-line${c.line}.png`);
      }
      assert(problems.length === 0, problems.join('\n  '));
    },
  },

  {
    name: 'stdin_readline',
    timeout: 30_000,
    fn: async ({ page, url }) => {
      await openIdle(page, url);
      await page.locator('details.stdin > summary').click();
      const box = page.locator(tid('stdin'));
      await box.waitFor({ state: 'visible', timeout: 3000 }).catch(() => { throw new Error('clicking the stdin summary did not show [data-testid=stdin]'); });
      await box.fill('alice\nbob\n');
      await setCode(page, [
        "const readline = require('readline');",
        'const rl = readline.createInterface({ input: process.stdin });',
        "rl.on('line', (line) => console.log('hello ' + line));",
        "rl.on('close', () => console.log('bye'));",
        '',
      ].join('\n'));
      assertEqual(await box.inputValue(), 'alice\nbob\n', 'stdin textarea after editing the code');
      const before = await runs(page);
      await page.locator(tid('run-btn')).click();
      assertEqual(await waitNextRun(page, before), 'done · exit code 0', 'status');
      const out = await stdoutText(page);
      assert(out === 'hello alice\nhello bob\nbye\n', `stdout ${JSON.stringify(out)} (${firstDiff(out, 'hello alice\nhello bob\nbye\n')}); whole console ${JSON.stringify((await consoleText(page)).slice(0, 300))}`);
    },
  },

  {
    name: 'dark_theme_and_phone_embed',
    timeout: 40_000,
    fn: async ({ page, url, browser, track, shot }) => {
      await openApp(page, url, { hash: 'example/sync-micro-timer' });
      await waitDone(page, 0);
      const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
      const before = await theme();
      await page.locator('button[aria-label="Toggle dark theme"]').click();
      const want = before === 'dark' ? 'light' : 'dark';
      await page.waitForFunction((w) => document.documentElement.dataset.theme === w, want, { timeout: 2000 })
        .catch(async () => { throw new Error(`data-theme stayed ${JSON.stringify(await theme())} after the toggle (was ${JSON.stringify(before)})`); });
      const problems = [];
      // The editor follows the page theme (CodeMirror's dark theme sets .cm-editor background).
      const bg = await page.evaluate(() => {
        const ed = document.querySelector('.cm-editor');
        return { editor: ed ? getComputedStyle(ed).backgroundColor : null, body: getComputedStyle(document.body).backgroundColor };
      });
      console.log(`  theme ${before} -> ${want}; backgrounds ${JSON.stringify(bg)}`);
      await shot(page, 'dark.png');

      const frag = shareFragment({ v: 1, files: { '/main.js': ADCB }, entry: '/main.js' });
      const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
      try {
        const p2 = await phone.newPage();
        track(p2, '[phone] ');
        await openApp(p2, url + 'index.html', { query: 'embed&panels=console,queues&ctl=0', hash: frag });
        await waitDone(p2, 0, 30_000);
        const w = await p2.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth, inner: window.innerWidth }));
        // Elements sticking out on the right, for the failure message.
        const wide = await p2.evaluate(() => Array.from(document.querySelectorAll('body *'))
          .filter((e) => e.getBoundingClientRect().right > 391 && e.getBoundingClientRect().width > 0)
          .slice(0, 6).map((e) => `${e.tagName.toLowerCase()}${e.dataset.testid ? '[' + e.dataset.testid + ']' : ''}.${String(e.className).split(' ')[0]} right=${Math.round(e.getBoundingClientRect().right)}`));
        if (w.scroll > 390 + 1) problems.push(`horizontal scrollbar on a 390 px phone: scrollWidth ${w.scroll} (clientWidth ${w.client}); wide: ${wide.join(', ')}`);
        const out = await consoleText(p2);
        if (out !== 'A\nD\nC\nB\n') problems.push(`phone embed console ${JSON.stringify(out)}`);
        console.log(`  phone: scrollWidth ${w.scroll}, clientWidth ${w.client}, innerWidth ${w.inner}`);
        await shot(p2, 'phone-embed.png');
      } finally {
        await phone.close();
      }
      assert(problems.length === 0, problems.join('\n  '));
    },
  },

  {
    name: 'running_line_highlight',
    timeout: 30_000,
    fn: async ({ page, url, shot }) => {
      await openApp(page, url, { hash: 'example/nexttick-vs-promises' });
      await waitDone(page, 0);
      await blurEditor(page);
      let c = await pressAndWaitCursor(page, 'Home');
      assertEqual(c.step, 0, 'Home');
      const problems = [];
      const seen = [];
      let checked = 0;
      for (let i = 0; i < 8 && c.step < c.len; i++) {
        c = await clickAndWaitCursor(page, 'step-callback');
        const f = await innermostFrame(page);
        const m = f && /^main\.js:(\d+)$/.exec(f.site.trim());
        const hl = await editorLinesOf(page, '.cm-looplab-running');
        seen.push(`${c.step}: ${f ? `${f.name} ${f.site}` : '(empty)'} -> running ${hl.map((h) => h.index + '/' + h.gutter).join(',') || 'none'}`);
        if (!m) continue;
        checked++;
        const n = Number(m[1]);
        if (hl.length !== 1) problems.push(`step ${c.step}: innermost frame at main.js:${n} but ${hl.length} .cm-looplab-running elements`);
        else if (hl[0].index !== n || hl[0].gutter !== n) problems.push(`step ${c.step}: innermost frame at main.js:${n} but .cm-looplab-running is line ${hl[0].index} (gutter ${hl[0].gutter})`);
        if (checked === 1) await shot(page, 'running_line_highlight-first.png');
      }
      console.log(`  stops: ${seen.join(' | ')}`);
      assert(checked > 0, `no step-callback stop had an innermost frame at main.js:N (${seen.join(' | ')})`);
      assert(problems.length === 0, `${problems.join('\n  ')}\n  stops: ${seen.join(' | ')}`);
    },
  },
];
