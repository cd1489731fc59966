// Errors the engine throws, caught first by assert.throws/rejects, carry V8's messages; the synchronous part
// of a promise function passed to rejects/doesNotReject runs under node's waitForActual frame.
const assert = require('assert');
const show = (e) => { console.log(`${e.constructor.name}: ${e.message}`); return true; };
assert.throws(() => undefined.x, show);
assert.throws(() => { const q = 1; q = 2; }, show);
assert.throws(() => { const o = {}; o.f(); }, show);
assert.throws(() => new Array(-1), show);
assert.throws(() => null.y, { name: 'TypeError', message: "Cannot read properties of null (reading 'y')" });
assert.doesNotThrow(() => [].map((x) => x));
const frames = (e) => e.stack.split('\n').slice(1, 4).map((l) => l.split(__dirname).join('<dir>')).join('\n');
(async () => {
  await assert.rejects(async () => { throw new Error('x'); }, (e) => { console.log(frames(e)); return true; });
  await assert.rejects(Promise.resolve().then(() => null.w), (e) => show(e));
  await assert.rejects(async () => null.z, show);
  const { rejects } = assert;
  await rejects(async () => { throw new Error('bare'); }, (e) => { console.log(frames(e)); return true; });
  await assert.doesNotReject(async () => { throw new Error('z'); }).catch((e) => console.log(frames(e.actual)));
  try { assert.strictEqual(1, 2, new RangeError('custom')); } catch (e) { console.log(e === undefined, e.name, e.message); }
})();
