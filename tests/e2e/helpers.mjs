// Small helpers shared by the Looplab e2e tests (tests/e2e/tests.mjs): waiting on status, editing code, reading panels.
import zlib from 'node:zlib';

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export const tid = (id) => `[data-testid="${id}"]`;

export function assert(cond, message) {
  if (!cond) throw new Error(message);
}

export function assertEqual(actual, expected, what) {
  if (actual !== expected) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

/** First differing line of two texts, for readable mismatch reports. */
export function firstDiff(actual, expected) {
  const a = actual.split('\n');
  const e = expected.split('\n');
  for (let i = 0; i < Math.max(a.length, e.length); i++) {
    if (a[i] !== e[i]) {
      return `line ${i + 1}: expected ${JSON.stringify(e[i] ?? '<end of output>')}, got ${JSON.stringify(a[i] ?? '<end of output>')}`;
    }
  }
  return 'texts are equal';
}

/** Builds a share fragment (without '#') the same way crates/share does: v1.z.<base64url(deflate-raw(JSON))>. */
export function shareFragment(doc) {
  const z = zlib.deflateRawSync(Buffer.from(JSON.stringify(doc), 'utf8'));
  return 'v1.z.' + z.toString('base64url');
}

export async function text(page, id) {
  return (await page.locator(tid(id)).first().textContent({ timeout: 5000 })) ?? '';
}

export async function status(page) {
  return (await page.locator(tid('status')).first().textContent({ timeout: 5000 }).catch(() => null)) ?? '';
}

/** Waits until the status text equals `expected` (string) or matches it (RegExp). */
export async function waitStatus(page, expected, timeout = 30_000) {
  const spec = expected instanceof RegExp ? { re: expected.source, flags: expected.flags } : { s: expected };
  try {
    await page.waitForFunction(
      ({ re, flags, s }) => {
        const el = document.querySelector('[data-testid="status"]');
        const t = el ? el.textContent.trim() : '';
        return re ? new RegExp(re, flags).test(t) : t === s;
      },
      spec,
      { timeout, polling: 50 },
    );
  } catch (e) {
    throw new Error(`status never became ${expected} within ${timeout} ms (it is ${JSON.stringify(await status(page))})`);
  }
}

/** Waits for a finished run ("done · exit code N", "stopped" or "engine crashed") and returns the status text. */
export async function waitFinished(page, timeout = 30_000) {
  await waitStatus(page, /^(done · exit code -?\d+|engine crashed)$/, timeout);
  return status(page);
}

/** Waits for "done · exit code <code>", failing fast with the actual status if the run ends otherwise. */
export async function waitDone(page, code = 0, timeout = 30_000) {
  const s = await waitFinished(page, timeout);
  assertEqual(s, `done · exit code ${code}`, 'status after the run');
}

/** Number of completed runs on this page (window.__looplab.runs). */
export async function runs(page) {
  return page.evaluate(() => (window.__looplab && window.__looplab.runs) || 0);
}

/** Waits until a run that finished after `before` runs is done; returns the status text. */
export async function waitNextRun(page, before, timeout = 30_000) {
  try {
    await page.waitForFunction(
      (n) => {
        const el = document.querySelector('[data-testid="status"]');
        const t = el ? el.textContent.trim() : '';
        if (t === 'engine crashed') return true;
        return ((window.__looplab && window.__looplab.runs) || 0) > n && /^done · exit code -?\d+$/.test(t);
      },
      before,
      { timeout, polling: 50 },
    );
  } catch (e) {
    throw new Error(`no new finished run within ${timeout} ms (status ${JSON.stringify(await status(page))}, runs ${await runs(page)})`);
  }
  return status(page);
}

/** Opens the playground at `url` + optional query/hash and waits for the app to render. */
export async function openApp(page, url, { hash = '', query = '' } = {}) {
  const target = url + (query ? (url.includes('?') ? '&' : '?') + query : '') + (hash ? '#' + hash : '');
  await page.goto(target, { waitUntil: 'load', timeout: 30_000 });
  await page.locator(tid('status')).first().waitFor({ state: 'visible', timeout: 30_000 });
}

/** Replaces the whole text of the active editor tab. */
export async function setCode(page, code) {
  const content = page.locator('.cm-content').first();
  await content.click({ timeout: 10_000 });
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(code);
  // The app receives edits synchronously through onChange; give the DOM a frame to settle.
  await page.waitForFunction((c) => {
    const el = document.querySelector('.cm-content');
    const v = el && el.cmView && el.cmView.view;
    const t = v ? v.state.doc.toString() : Array.from(document.querySelectorAll('.cm-content .cm-line')).map((l) => l.textContent).join('\n');
    return t.replace(/\s+$/, '') === c.replace(/\s+$/, '');
  }, code, { timeout: 5000 }).catch(async () => {
    throw new Error(`editor text did not become the typed code; it is ${JSON.stringify(await editorText(page))}`);
  });
}

/** Text of the active editor tab. */
export async function editorText(page) {
  return page.evaluate(() => {
    const el = document.querySelector('.cm-content');
    const v = el && el.cmView && el.cmView.view;
    if (v && v.state) return v.state.doc.toString();
    return Array.from(document.querySelectorAll('.cm-content .cm-line')).map((l) => l.textContent).join('\n');
  });
}

/** Whole console text (stdout and stderr spans). */
export async function consoleText(page) {
  return page.evaluate(() => Array.from(document.querySelectorAll('[data-testid="console"] .out')).map((s) => s.textContent).join(''));
}

/** Console stdout only. */
export async function stdoutText(page) {
  return page.evaluate(() => Array.from(document.querySelectorAll('[data-testid="console"] .out.stdout')).map((s) => s.textContent).join(''));
}

/** {step, len, time} from the cursor label "step N / M · <time>". */
export async function cursor(page) {
  const label = (await text(page, 'cursor-label')).trim();
  const m = /^step (\d+) \/ (\d+) · (.*)$/.exec(label);
  if (!m) throw new Error(`unexpected cursor label ${JSON.stringify(label)}`);
  return { step: Number(m[1]), len: Number(m[2]), time: m[3], label };
}

/** Clicks a button and waits until the cursor label changes (or `timeout` passes). Returns the new cursor. */
export async function clickAndWaitCursor(page, id, timeout = 2000) {
  const before = await text(page, 'cursor-label');
  await page.locator(tid(id)).first().click();
  await page.waitForFunction((b) => {
    const el = document.querySelector('[data-testid="cursor-label"]');
    return el && el.textContent !== b;
  }, before, { timeout, polling: 'raf' }).catch(() => {});
  return cursor(page);
}

/** Presses a key (focus outside the editor) and waits for the cursor label to change. */
export async function pressAndWaitCursor(page, key, timeout = 2000) {
  const before = await text(page, 'cursor-label');
  await page.keyboard.press(key);
  await page.waitForFunction((b) => {
    const el = document.querySelector('[data-testid="cursor-label"]');
    return el && el.textContent !== b;
  }, before, { timeout, polling: 'raf' }).catch(() => {});
  return cursor(page);
}

/** Moves keyboard focus out of the editor so the page shortcuts apply. */
export async function blurEditor(page) {
  await page.evaluate(() => {
    if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
  });
}

/** Chips of a queue: [{label, site}]. */
export async function chips(page, queue) {
  return page.evaluate((q) => {
    const box = document.querySelector(`[data-testid="queue-${q}"]`);
    if (!box) return null;
    return Array.from(box.querySelectorAll('.chip')).map((c) => ({
      label: (c.querySelector('.chip-label') || {}).textContent || '',
      site: (c.querySelector('.chip-site') || {}).textContent || '',
    }));
  }, queue);
}

export async function metrics(page) {
  return page.evaluate(() => Object.assign({}, window.__looplab || {}));
}

/** Waits until window.__looplab[key] is a number and returns it. */
export async function waitMetric(page, key, timeout = 10_000) {
  await page.waitForFunction((k) => window.__looplab && typeof window.__looplab[k] === 'number', key, { timeout, polling: 50 })
    .catch(() => { throw new Error(`window.__looplab.${key} was never set within ${timeout} ms`); });
  return page.evaluate((k) => window.__looplab[k], key);
}
