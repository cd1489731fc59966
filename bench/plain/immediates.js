// Plain-Boa EQUIVALENT of bench/immediates.js: Boa has no setImmediate, so each callback is a microtask
// (`.then` on one resolved promise, i.e. queueMicrotask). Same 10k callbacks in the same order, same checksum line; no loop iterations.
const resolved = Promise.resolve();
const setImmediate = (f, arg) => { resolved.then(() => f(arg)); };
const N = 10000;
const M = 1000000007;
let h = 0;
let count = 0;
function imm(i) {
  count++;
  h = (h * 31 + i) % M;
}
for (let i = 0; i < N / 2; i++) setImmediate(imm, i);
let r = 0;
function rec() {
  imm(N / 2 + r);
  if (++r < N / 2) setImmediate(rec);
  else console.log('immediates', count, 'checksum', h);
}
setImmediate(rec);
