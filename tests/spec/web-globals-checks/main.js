// Small shapes of node's globals: atob's two messages, crypto's argument checks, the declared lengths of
// the timer functions and AbortSignal, BroadcastChannel's inherited tag; then an uncaught btoa error with
// node's frame and source line from lib/buffer.js.
for (const s of ['a', 'YWJjZ', 'ab!c', '-_8=', 'abcde=', 'abc==', 'YQ', ' a b c d e ']) {
  try { console.log(JSON.stringify(s), JSON.stringify(atob(s))); } catch (e) { console.log(JSON.stringify(s), e.name, e.message); }
}
const crypto = require('crypto');
for (const a of [1, null, { disableEntropyCache: 'y' }]) {
  try { crypto.randomUUID(a); console.log('uuid ok'); } catch (e) { console.log(e.code, e.message); }
}
console.log(globalThis.crypto.randomUUID(1).length);
for (const a of [new Float32Array(2), new Uint8Array(70000), new DataView(new ArrayBuffer(2)), new Uint16Array(3)]) {
  try { console.log(crypto.getRandomValues(a).length); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(setTimeout.length, setInterval.length, setImmediate.length, AbortSignal.length);
const bc = new BroadcastChannel('lesson');
console.log(Object.prototype.toString.call(bc), bc);
bc.close();
try { btoa('✓'); } catch (e) { console.log(e.stack.split('\n').slice(0, 3).join('\n').split(__dirname).join('.')); }
btoa('✓ done');
