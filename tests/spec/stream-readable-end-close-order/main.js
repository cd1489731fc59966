// Order of 'data', 'end', 'close' relative to nextTick, microtasks and setImmediate for a pre-filled Readable.
const { Readable } = require('stream');
const log = (m) => console.log(m);
const r = new Readable({ read() {} });
r.push('a');
r.push('b');
r.push(null);
log('sync: readableEnded ' + r.readableEnded + ' length ' + r.readableLength);
r.on('data', (c) => {
  log('data ' + c);
  process.nextTick(() => log('  tick from data ' + c));
  Promise.resolve().then(() => log('  micro from data ' + c));
});
r.on('end', () => {
  log('end (readableEnded ' + r.readableEnded + ', destroyed ' + r.destroyed + ')');
  process.nextTick(() => log('  tick from end'));
  setImmediate(() => log('  immediate from end'));
});
r.on('close', () => log('close (destroyed ' + r.destroyed + ', closed ' + r.closed + ')'));
process.nextTick(() => log('tick 1'));
Promise.resolve().then(() => log('micro 1'));
setImmediate(() => log('immediate 1'));
setTimeout(() => log('timeout 0'), 0);
log('sync end');
