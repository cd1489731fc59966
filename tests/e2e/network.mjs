// Looplab browser e2e tests for the network panel (issue "Networking you can watch"): the lessons that run an
// http server on the virtual network show its connections, pools and requests, and the virtual load test's
// latency percentiles; stepping back to the start shows no sockets, stepping forward shows them open.
import { assert, assertEqual, consoleText, openApp, waitDone } from './helpers.mjs';

/** Text of the network panel's parts. */
async function networkView(page) {
  return page.evaluate(() => {
    const q = (s) => document.querySelector(s);
    const rows = (id) => Array.from(document.querySelectorAll(`[data-testid="${id}"] tr`)).slice(1)
      .map((tr) => Array.from(tr.children).map((td) => td.textContent.trim()));
    return {
      panel: !!q('[data-testid="panel-network"]'),
      text: (q('[data-testid="network"]') || {}).textContent || '',
      summary: (q('[data-testid="net-summary"]') || {}).textContent || '',
      client: (q('[data-testid="net-client-latency"]') || {}).textContent || '',
      sockets: rows('net-sockets'),
      states: Array.from(document.querySelectorAll('[data-testid="net-sockets"] tr.net-socket')).map((tr) => tr.dataset.state),
      requests: rows('net-requests'),
      pools: rows('net-pools'),
    };
  });
}

/** Milliseconds from a "12.345ms" text. */
function ms(textValue) {
  const m = /([\d.]+)ms/.exec(textValue || '');
  return m ? Number(m[1]) : NaN;
}

export const tests = [
  {
    name: 'network_panel_hello_world',
    timeout: 60_000,
    fn: async ({ page, url }) => {
      await openApp(page, url, { hash: 'example/http-hello-world' });
      await waitDone(page, 0, 40_000);
      const out = await consoleText(page);
      assert(out.includes('client: body Hello World'), `console: ${JSON.stringify(out)}`);
      const v = await networkView(page);
      console.log(`  summary: ${v.summary}`);
      console.log(`  sockets: ${v.sockets.map((r) => r.slice(1, 4).join(' ')).join(' | ')}`);
      assert(v.panel, 'no network panel');
      assertEqual(v.sockets.length, 2, 'connections (client and server side)');
      assert(v.sockets.some((r) => r[1] === 'server') && v.sockets.some((r) => r[1] === 'client'), 'one client and one server socket');
      assert(v.states.every((s) => s === 'closed'), `all closed at the end: ${v.states}`);
      assertEqual(v.requests.length, 1, 'requests at the server');
      assertEqual(v.requests[0][1], 'GET /hello', 'the request');
      assertEqual(v.requests[0][2], '200', 'its status');
      assert(v.pools.length === 1 && v.pools[0][0] === 'localhost:3000', `pool rows: ${JSON.stringify(v.pools)}`);

      // Back to the start: nothing on the network yet.
      await page.locator('[data-testid="step-start"]').click();
      await page.waitForFunction(() => /^step 0 \//.test(document.querySelector('[data-testid="cursor-label"]').textContent.trim()), null, { timeout: 5000 });
      const start = await networkView(page);
      assert(start.text.includes('no sockets yet'), `at step 0 the panel shows: ${start.text.slice(0, 120)}`);
      // Forward until the connection is open with the request in flight (stepping inside the page, fast).
      const seen = await page.evaluate(async () => {
        const btn = document.querySelector('[data-testid="step-next"]');
        const states = new Set();
        for (let i = 0; i < 4000; i++) {
          btn.click();
          await new Promise((r) => requestAnimationFrame(() => r()));
          for (const tr of document.querySelectorAll('[data-testid="net-sockets"] tr.net-socket')) states.add(tr.dataset.state);
          const pending = document.querySelector('[data-testid="net-requests"] tr.net-request.pending');
          if (pending && states.has('open')) return { states: Array.from(states), pending: pending.textContent };
        }
        return { states: Array.from(states), pending: null };
      });
      console.log(`  while stepping: states ${seen.states.join(',')}; pending request row: ${seen.pending}`);
      assert(seen.states.includes('connecting') && seen.states.includes('open'), `states seen: ${seen.states}`);
      assert(seen.pending && seen.pending.includes('GET /hello'), 'a request row waiting for its response');
    },
  },
  {
    name: 'network_panel_load_test',
    timeout: 90_000,
    fn: async ({ page, url }) => {
      await openApp(page, url, { hash: 'example/http-slow-handler-tail-latency' });
      await waitDone(page, 0, 60_000);
      const out = await consoleText(page);
      assert(out.includes('served 85 requests; closing'), `console: ${JSON.stringify(out)}`);
      const v = await networkView(page);
      console.log(`  summary: ${v.summary}`);
      const p50 = ms(/p50 ([\d.]+ms)/.exec(v.client)?.[1]);
      const p99 = ms(/p99 ([\d.]+ms)/.exec(v.client)?.[1]);
      console.log(`  METRIC virtual_clients_p50_ms=${p50} virtual_clients_p99_ms=${p99}`);
      assert(v.client.includes('85 of 85 answered'), `client summary: ${v.client}`);
      assert(p50 < 5, `p50 ${p50} ms should stay small`);
      assert(p99 >= 25, `p99 ${p99} ms should show the 30 ms blocking handler`);
      assertEqual(v.sockets.length, 10, 'connections: 5 virtual clients and their 5 server sockets');
      assert(v.states.every((s) => s === 'closed'), `all closed at the end: ${v.states}`);
      assert(v.requests.length === 40, `request rows shown (the newest 40): ${v.requests.length}`);
      assert(v.requests.some((r) => r[1] === 'GET /report' && ms(r[3]) >= 29), 'a /report row took ~30 ms at the server');
      await page.locator('[data-testid="panel-network"]').scrollIntoViewIfNeeded();
    },
  },
];
