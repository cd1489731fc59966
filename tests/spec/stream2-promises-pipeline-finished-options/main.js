// stream/promises: pipeline({ end: false }), finished({ cleanup: true }) removing its listeners, pipeline's resolved
// value, late generator failures, argument errors, and stream.promises / util.promisify identities (stream loaded first).
const stream = require('stream');
const { pipeline, finished } = require('stream/promises');
const { Readable, PassThrough, Writable } = stream;
(async () => {
  const dst = new PassThrough();
  await pipeline(Readable.from(['a', 'b']), dst, { end: false });
  console.log('end:false -> dst writableEnded', dst.writableEnded, 'buffered', dst.readableLength);
  dst.end();
  const p = new PassThrough();
  p.end('x');
  p.resume();
  await finished(p, { cleanup: true });
  console.log('cleanup:true listeners left', p.listenerCount('end'), p.listenerCount('error'), p.listenerCount('close'));
  const p2 = new PassThrough();
  p2.end('y');
  p2.resume();
  await finished(p2);
  console.log('no cleanup listeners left', p2.listenerCount('end'), p2.listenerCount('error'), p2.listenerCount('close'));
  const last = new PassThrough();
  const ret = stream.pipeline(Readable.from(['z']), last, () => console.log('cb pipeline done'));
  console.log('callback pipeline returns last stream', ret === last);
  ret.resume();
  const r = await pipeline(Readable.from(['1', '2']), async function* (src) { for await (const c of src) yield c + c; }, async function (src) {
    const out = [];
    for await (const c of src) out.push(c);
    return out.join(',');
  });
  console.log('pipeline resolves with last function value', r);
  try {
    await pipeline(Readable.from(['q']), async function* (src) { for await (const c of src) yield c; throw new Error('late failure'); }, new Writable({ write(c, e, cb) { cb(); } }));
  } catch (e) { console.log('late failure', e.message); }
  try { await pipeline(); } catch (e) { console.log('no streams', e.code, e.message); }
  try { await finished({}); } catch (e) { console.log('finished({})', e.code); }
  console.log(typeof stream.pipeline[require('util').promisify.custom], require('util').promisify(stream.finished) === finished);
  console.log(require('util').promisify(stream.pipeline) === stream.promises.pipeline, stream.promises.pipeline === pipeline);
})();
