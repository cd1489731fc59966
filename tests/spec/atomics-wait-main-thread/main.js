// Atomics.wait on the main thread: the "sleep" idiom blocks (in virtual time here), 'not-equal' returns at
// once; the wrong kind of array is a TypeError.
const ia = new Int32Array(new SharedArrayBuffer(8));
function sleepSync(ms) { return Atomics.wait(ia, 0, 0, ms); }
const before = performance.now();
console.log(sleepSync(50));
console.log('slept at least 50 ms:', performance.now() - before >= 50);
console.log(Atomics.wait(ia, 0, 1, 10));
console.log(Atomics.notify(ia, 0, 1));
const big = new BigInt64Array(new SharedArrayBuffer(8));
console.log(Atomics.wait(big, 0, 0n, 5), Atomics.wait(big, 0, 1n));
const t = (label, f) => { try { console.log(label, f()); } catch (e) { console.log(label, e.name, e.message); } };
t('not shared', () => Atomics.wait(new Int32Array(4), 0, 0, 1));
t('float', () => Atomics.wait(new Float64Array(new SharedArrayBuffer(8)), 0, 0, 1));
t('index', () => Atomics.wait(ia, 9, 0, 1));
setTimeout(() => console.log('timer after the sleeps'), 0);
