// 1000 immediates run FIFO; immediates added during the phase wait for the next iteration.
const order = [];
for (let i = 0; i < 1000; i++) {
  setImmediate(() => {
    order.push(i);
    if (i % 100 === 0) setImmediate(() => order.push('late' + i));
    if (i % 250 === 0) process.nextTick(() => order.push('tick' + i));
  });
}
setImmediate(() => order.push('last of first batch'));
process.once('beforeExit', () => {
  let h = 0;
  for (const v of order) {
    const s = String(v);
    for (let k = 0; k < s.length; k++) h = (h * 33 + s.charCodeAt(k)) >>> 0;
  }
  console.log('entries', order.length, 'hash', h);
  console.log('around index 1000:', order.slice(998, 1008).join(','));
  console.log('ticks:', order.filter((v) => String(v).startsWith('tick')).join(','));
});
