// Promises: 100k promise reactions — a 50k-long .then chain plus 50k .then on one already-resolved promise.
// Uses only ECMAScript builtins, so plain Boa runs this same file.
const N = 100000;
const M = 1000000007;
let h = 0;
let count = 0;
function step(i) {
  count++;
  h = (h * 31 + i) % M;
}
// 50k reactions registered on one resolved promise (each a separate job, FIFO).
const resolved = Promise.resolve();
for (let i = 0; i < N / 2; i++) resolved.then(() => step(i));
// A 50k-long chain: each reaction is queued only when the previous one settles.
let p = Promise.resolve(0);
for (let i = 0; i < N / 2; i++) p = p.then((v) => { step(N / 2 + i); return (v + i) % M; });
p.then((v) => console.log('promises', count, 'chain', v, 'checksum', h));
