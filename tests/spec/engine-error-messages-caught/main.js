// The engine's own TypeErrors/RangeErrors carry V8's wording when user code catches them: in a catch clause,
// in a promise rejection handler, and in `await` inside try.
function attempt(label, f) {
  try {
    f();
    console.log(label, 'no throw');
  } catch (err) {
    console.log(label, `${err.name}: ${err.message}`);
  }
}
const config = { server: {} };
let missing;
let notFound = null;
attempt('read undefined', () => config.database.host);
attempt('read null', () => notFound.name);
attempt('read index', () => missing[0]);
attempt('read quoted', () => missing['some key']);
attempt('match null', () => { const m = 'abc'.match(/z/); return m[1]; });
attempt('set undefined', () => { config.cache.size = 10; });
attempt('method undefined', () => config.server.listen(80));
attempt('call undefined', () => missing());
attempt('call result', () => { const make = () => undefined; make()(); });
attempt('const assign', () => { const limit = 1; limit = 2; });
attempt('tdz', () => { total += 1; let total = 0; });
attempt('class call', () => { class Queue {} Queue(); });
attempt('not ctor', () => { const factory = 5; new factory(); });
attempt('destructure', () => { const { id } = missing; });
attempt('destructure null', () => { const { id, name } = notFound; });
attempt('array pattern', () => { const [head] = missing; });
attempt('for of', () => { for (const item of config) console.log(item); });
attempt('spread', () => [...config]);
attempt('spread call', () => Math.max(...config));
attempt('array length', () => new Array(-1));
attempt('reduce empty', () => [].reduce((a, b) => a + b));
attempt('bigint mix', () => 1n + 1);
attempt('bigint div', () => 1n / 0n);
attempt('symbol string', () => `${Symbol('s')}`);
attempt('keys null', () => Object.keys(null));
attempt('json bigint', () => JSON.stringify({ n: 1n }));
attempt('repeat', () => 'x'.repeat(-1));
attempt('frozen', () => { 'use strict'; const o = Object.freeze({ a: 1 }); o.a = 2; });

async function fetchUser() {
  await null;
  const res = undefined;
  return res.json();
}
fetchUser().catch((e) => console.log('catch handler', e.message));
Promise.resolve().then(() => { const id = 1; id = 2; }).catch((e) => console.log('chained', e.message));
(async () => {
  try {
    await fetchUser();
  } catch (e) {
    console.log('await in try', e.message);
  }
})();
