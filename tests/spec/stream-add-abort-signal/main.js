// addAbortSignal / signal option: abort destroys the stream with an AbortError; pipeline rejects with it.
const { addAbortSignal, Readable, Writable } = require('stream');
const { pipeline } = require('stream/promises');
const ac = new AbortController();
const r = new Readable({ read() {} });
const ret = addAbortSignal(ac.signal, r);
console.log('returns the same stream:', ret === r);
r.on('error', (err) => console.log('r error:', err.name, err.code, err.message));
r.on('close', () => console.log('r close, destroyed', r.destroyed));
r.push('data');
ac.abort();
console.log('after abort (sync): destroyed', r.destroyed);
const pre = AbortSignal.abort();
const w = new Writable({ write(c, e, cb) { cb(); }, signal: pre });
w.on('error', (err) => console.log('pre-aborted writable error:', err.name, err.code));
const ac2 = new AbortController();
let n = 0;
const endless = new Readable({ objectMode: true, read() { this.push(++n); } });
pipeline(endless, async function (src, { signal }) {
  for await (const v of src) {
    if (v === 3) ac2.abort();
  }
}, { signal: ac2.signal }).then(
  () => console.log('unexpected'),
  (err) => console.log('pipeline rejected:', err.name, err.code, 'endless destroyed', endless.destroyed),
);
try {
  addAbortSignal('nope', r);
} catch (err) {
  console.log('bad signal:', err.code);
}
