// Microtasks run by processTicksAndRejections (after a console write, which queues node's afterWriteTick, or a
// nextTick) show its frame; a checkpoint drain shows none. queueMicrotask callbacks show their AsyncResource frames.
const s = () => new Error('x').stack.split('\n').slice(2).map((l) => l.split(__dirname).join('<dir>')).join(' | ');
const steps = [
  () => Promise.resolve().then(() => console.log('no ticks:', s())),
  () => { console.log('a console write'); Promise.resolve().then(() => console.log('after console.log:', s())); },
  () => { process.stdout.write('a stream write without a callback\n'); Promise.resolve().then(() => console.log('after stdout.write:', s())); },
  () => { process.nextTick(() => {}); Promise.resolve().then(() => console.log('after nextTick:', s())); },
  () => { Promise.resolve().then(() => { console.log('first'); }).then(() => console.log('chained in one drain:', s())); },
  () => { queueMicrotask(() => console.log('queueMicrotask:', s())); },
  () => { console.error('to stderr'); queueMicrotask(() => console.log('queueMicrotask in ticks:', s())); },
  () => { console.log('async'); (async function main() { await null; console.log('after await:', s()); })(); },
];
let i = 0;
(function next() { if (i < steps.length) { steps[i++](); setTimeout(next, 1); } })();
