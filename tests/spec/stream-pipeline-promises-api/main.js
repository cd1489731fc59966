// require('stream/promises'): pipeline resolves to undefined, rejects with the first error; same function as stream.promises.
const streamPromises = require('stream/promises');
const stream = require('node:stream');
const { Readable, Writable, PassThrough } = stream;
console.log('same object', streamPromises === stream.promises, 'same pipeline fn', streamPromises.pipeline === stream.promises.pipeline, 'keys', Object.keys(streamPromises).sort().join(','));
(async () => {
  const chunks = [];
  const res = await streamPromises.pipeline(
    Readable.from(['x', 'y', 'z']),
    new PassThrough({ objectMode: true }),
    new Writable({ objectMode: true, write(c, e, cb) { chunks.push(c); cb(); } }),
  );
  console.log('resolved with', res, 'chunks', chunks.join(''));
  const failing = new Writable({
    write(c, e, cb) { cb(new Error('disk full')); },
  });
  try {
    await streamPromises.pipeline(Readable.from(['a']), failing);
  } catch (err) {
    console.log('rejected:', err.message, 'failing.destroyed', failing.destroyed);
  }
  const p = streamPromises.pipeline(Readable.from(['q']), new PassThrough({ objectMode: true }), async function (source) {
    let n = 0;
    for await (const c of source) n += c.length;
    return 'consumed ' + n;
  });
  console.log('async function as last stage resolves with', await p);
})();
