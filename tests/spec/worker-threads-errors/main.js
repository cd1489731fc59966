// Errors across threads: cloning errors in postMessage, errors posted as values, a worker's uncaught error and
// unhandled rejection as 'error' events.
const { Worker } = require('worker_threads');
const w = new Worker(`
  const { parentPort } = require('worker_threads');
  parentPort.on('message', () => {});
  const e = new RangeError('out of range');
  e.extra = 42;
  parentPort.postMessage(e);
  class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; } }
  parentPort.postMessage(new MyErr('custom'));
  parentPort.postMessage(new Error('with cause', { cause: 'root' }));
  parentPort.close();
`, { eval: true });
try { w.postMessage({ fn: () => 1 }); } catch (e) { console.log(e.name, '|', e.message, '|', e.code, e instanceof DOMException); }
try { w.postMessage(Symbol('s')); } catch (e) { console.log(e.name, '|', e.message); }
const got = [];
w.on('message', (e) => got.push(e));
w.on('exit', () => {
  for (const e of got) console.log(e instanceof Error, e.constructor.name, e.name, e.message, e.extra, e.cause);
  const t = new Worker(`const x = 1;\nthrow new TypeError('bad thing in worker: ' + x);`, { eval: true });
  t.on('error', (err) => {
    console.log('error event:', err instanceof Error, err.name, err.message, err.constructor.name);
    console.log(Object.prototype.toString.call(err), Object.keys(err));
  });
  t.on('exit', (code) => {
    console.log('exit code', code);
    const r = new Worker(`Promise.reject(new Error('async fail in worker'))`, { eval: true });
    r.on('error', (err) => console.log('rejection as error event:', err.name, err.message));
    r.on('exit', (code2) => console.log('exit code', code2));
  });
});
