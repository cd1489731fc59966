// _construct failing and async _destroy ordering, events.once rejecting on 'error', a 'readable' + read(n) loop,
// pipe() error semantics (a source error neither ends nor destroys the destination; a destination error
// unpipes and pauses the source) and pipe({ end: false }).
const { Readable, Writable, Duplex, PassThrough, Transform } = require('stream');
const { once } = require('events');
(async () => {
  // _construct errors and async _destroy
  const r = new Readable({
    construct(cb) { setImmediate(() => cb(new Error('construct failed'))); },
    read() { console.log('read should not be called'); },
  });
  r.on('error', (e) => console.log('construct error', e.message));
  r.on('close', () => console.log('construct close'));
  r.resume();
  await new Promise((res) => r.on('close', res));
  const w = new Writable({
    construct(cb) { console.log('constructing'); setImmediate(cb); },
    write(c, e, cb) { console.log('write after construct', String(c)); cb(); },
    destroy(err, cb) { console.log('async destroy start', err && err.message); setTimeout(() => { console.log('async destroy done'); cb(err); }, 2); },
  });
  w.write('early');
  w.end();
  await once(w, 'finish');
  console.log('finished');
  await once(w, 'close');
  console.log('closed');
  // events.once with error
  const p = new PassThrough();
  setImmediate(() => p.destroy(new Error('once rejects')));
  try { await once(p, 'end'); } catch (e) { console.log('once rejected', e.message); }
  // readable event loop
  const rr = new Readable({ read() {} });
  const got = [];
  rr.on('readable', () => {
    let chunk;
    while ((chunk = rr.read(2)) !== null) got.push(String(chunk));
    got.push('|');
  });
  rr.on('end', () => console.log('readable loop', got.join(' ')));
  rr.push('abcde');
  setImmediate(() => { rr.push('fg'); rr.push(null); });
  await once(rr, 'end');
  // pipe error behaviour: source error does not end dest
  const src = new PassThrough();
  const dst = new PassThrough();
  src.pipe(dst);
  src.on('error', (e) => console.log('src error', e.message));
  dst.on('unpipe', () => console.log('dst unpipe'));
  src.destroy(new Error('src broke'));
  await new Promise((r) => setTimeout(r, 2));
  console.log('dst ended?', dst.writableEnded, 'destroyed?', dst.destroyed);
  // dest error unpipes source
  const s2 = new PassThrough();
  const d2 = new Writable({ write(c, e, cb) { cb(new Error('dest write failed')); } });
  d2.on('error', (e) => console.log('d2 error', e.message));
  s2.on('unpipe', () => console.log('never'));
  d2.on('unpipe', () => console.log('d2 unpipe'));
  s2.pipe(d2);
  s2.write('x');
  await new Promise((r) => setTimeout(r, 2));
  console.log('s2 flowing', s2.readableFlowing, 'pipes', s2._readableState.pipes.length, 's2 destroyed', s2.destroyed);
  // pipe end:false
  const s3 = Readable.from(['1', '2']);
  const d3 = new PassThrough();
  s3.pipe(d3, { end: false });
  s3.on('end', () => { console.log('s3 end, d3 writableEnded', d3.writableEnded); d3.end('!'); });
  console.log('end:false result', (await d3.toArray()).map(String).join(''));
})();
