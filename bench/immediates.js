// Immediates: 10k setImmediate callbacks — 5k queued in one batch, then a 5k-long recursive chain
// (each link runs in a later loop iteration).
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
