// Listener bookkeeping of pipe(): which events get listeners on source and destination, that unpipe()
// removes them, eventNames() of fresh streams, and listenerCount after the source ends.
const { Readable, Writable, PassThrough } = require('stream');
const events = ['data', 'end', 'close', 'error', 'readable', 'drain', 'finish', 'unpipe', 'pipe'];
function counts(s) {
  return events.map((e) => `${e}:${s.listenerCount(e)}`).filter((x) => !x.endsWith(':0')).join(' ');
}
const src = new Readable({ read() {} });
const dst = new Writable({ write(c, e, cb) { cb(); } });
console.log('fresh eventNames', JSON.stringify(src.eventNames()), JSON.stringify(dst.eventNames()));
console.log('fresh _eventsCount', src._eventsCount, dst._eventsCount);
src.pipe(dst);
console.log('src after pipe:', counts(src));
console.log('dst after pipe:', counts(dst));
console.log('src eventNames', JSON.stringify(src.eventNames()));
console.log('dst eventNames', JSON.stringify(dst.eventNames()));
src.unpipe(dst);
console.log('src after unpipe:', counts(src), 'flowing', src.readableFlowing);
console.log('dst after unpipe:', counts(dst));
const a = new PassThrough();
const b = new PassThrough();
const c = new PassThrough();
a.pipe(b);
a.pipe(c);
console.log('a piped twice:', counts(a));
a.unpipe();
console.log('a unpiped all:', counts(a), 'b:', counts(b));
const s2 = Readable.from(['x']);
const d2 = new PassThrough();
s2.pipe(d2);
d2.resume();
d2.on('end', () => {
  setImmediate(() => {
    console.log('after end, src:', counts(s2), '| dst:', counts(d2));
    console.log('eventNames after end', JSON.stringify(d2.eventNames()));
  });
});
const e = new Readable({ read() {} });
e.on('data', () => {});
e.removeAllListeners('data');
console.log('removeAllListeners(data) eventNames', JSON.stringify(e.eventNames()), 'flowing', e.readableFlowing);
e.once('end', () => {});
console.log('after once(end)', JSON.stringify(e.eventNames()), e.listenerCount('end'));
