// Exact tick ordering of write callbacks, 'drain', 'prefinish', 'finish' and 'close' relative to the
// caller's own process.nextTick / queueMicrotask, for synchronous and asynchronous _write implementations.
const { Writable, Transform, PassThrough } = require('stream');
const log = [];
const out = (s) => log.push(s);
function make(tag, opts) {
  const w = new Writable(Object.assign({
    write(c, e, cb) { out(`${tag} _write ${c}`); cb(); },
  }, opts));
  for (const ev of ['drain', 'prefinish', 'finish', 'close']) w.on(ev, () => out(`${tag} ${ev}`));
  return w;
}
function section(name, fn, next) {
  log.length = 0;
  fn();
  setTimeout(() => {
    console.log(`${name}: ${log.join(' | ')}`);
    next && next();
  }, 5);
}
const steps = [
  () => section('sync write then end', () => {
    const w = make('A');
    w.write('1');
    process.nextTick(() => out('tick'));
    w.end();
    process.nextTick(() => out('tick2'));
  }, next),
  () => section('sync write with callback', () => {
    const w = make('B');
    w.write('1', () => out('cb1'));
    process.nextTick(() => out('tick'));
    w.write('2', () => out('cb2'));
    w.end(() => out('end cb'));
    queueMicrotask(() => out('micro'));
  }, next),
  () => section('async write then end', () => {
    const w = make('C', { write(c, e, cb) { out(`C _write ${c}`); setImmediate(() => { cb(); process.nextTick(() => out('tick after cb')); }); } });
    w.write('1', () => out('cb1'));
    w.end('2', () => out('end cb'));
  }, next),
  () => section('drain with hwm 1 sync', () => {
    const w = make('D', { highWaterMark: 1 });
    out('write ret ' + w.write('ab'));
    process.nextTick(() => out('tick'));
    out('write ret ' + w.write('cd'));
  }, next),
  () => section('objectMode sync writes', () => {
    const w = make('E', { objectMode: true });
    w.write({});
    process.nextTick(() => out('tick'));
    w.end();
  }, next),
  () => section('final async', () => {
    const w = make('F', { final(cb) { out('F _final'); process.nextTick(() => { out('F final done'); cb(); }); } });
    w.end('x');
    process.nextTick(() => out('tick'));
  }, next),
  () => section('transform', () => {
    const t = new Transform({ transform(c, e, cb) { out('T transform ' + c); cb(null, String(c).toUpperCase()); } });
    for (const ev of ['prefinish', 'finish', 'end', 'close']) t.on(ev, () => out('T ' + ev));
    t.on('data', (d) => out('T data ' + d));
    t.write('a', () => out('T cb a'));
    t.end('b', () => out('T end cb'));
    process.nextTick(() => out('tick'));
  }, next),
  () => section('passthrough pushed null in transform', () => {
    const t = new Transform({ transform(c, e, cb) { this.push(c); this.push(null); cb(); } });
    for (const ev of ['finish', 'end', 'close', 'error']) t.on(ev, (e) => out('P ' + ev + (e ? ' ' + e.code : '')));
    t.on('data', (d) => out('P data ' + d));
    t.write('z', (e) => out('P cb ' + (e && e.code)));
    process.nextTick(() => out('tick'));
  }, next),
];
let i = 0;
function next() { const s = steps[i++]; if (s) s(); }
next();
