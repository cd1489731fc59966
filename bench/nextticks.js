// nextTick: 100k process.nextTick callbacks — 50k queued in one batch, then a 50k-long recursive chain.
const N = 100000;
const M = 1000000007;
let h = 0;
let count = 0;
function tick(i) {
  count++;
  h = (h * 31 + i) % M;
}
for (let i = 0; i < N / 2; i++) process.nextTick(tick, i);
let r = 0;
function rec() {
  tick(N / 2 + r);
  if (++r < N / 2) process.nextTick(rec);
  else console.log('nextticks', count, 'checksum', h);
}
process.nextTick(rec);
