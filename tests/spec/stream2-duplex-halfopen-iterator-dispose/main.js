// Duplex allowHalfOpen:false / readable:false / writable:false, async-iterator next() after end, destroy(err) and
// plain destroy, which streams have toArray, and Symbol.asyncDispose on Readable and Writable (Node 20.20).
const { Duplex, Readable, Writable, PassThrough } = require('stream');
(async () => {
  // allowHalfOpen false: ending the readable side ends the writable side
  const d = new Duplex({
    allowHalfOpen: false,
    read() {},
    write(c, e, cb) { console.log('duplex write', String(c)); cb(); },
  });
  d.on('finish', () => console.log('d finish'));
  d.on('end', () => console.log('d end'));
  d.on('close', () => console.log('d close'));
  d.resume();
  d.write('one');
  d.push(null);
  await new Promise((r) => setTimeout(r, 5));
  console.log('writableEnded', d.writableEnded, 'allowHalfOpen', d.allowHalfOpen);
  // readable false / writable false options
  const ro = new Duplex({ writable: false, read() { this.push(null); } });
  console.log('writable:false ->', ro.writable, ro.writableEnded, ro.writableFinished);
  ro.write('x', (e) => console.log('write to writable:false', e && e.code));
  ro.on('error', (e) => console.log('ro error', e.code));
  const wo = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
  console.log('readable:false ->', wo.readable, wo.readableEnded);
  // async iterator after error / after end
  const r = Readable.from(['a']);
  const it = r[Symbol.asyncIterator]();
  console.log(await it.next(), await it.next(), await it.next());
  const r2 = new Readable({ read() {} });
  const it2 = r2[Symbol.asyncIterator]();
  r2.destroy(new Error('before next'));
  try { await it2.next(); } catch (e) { console.log('next after destroy(err)', e.message); }
  console.log('next again', await it2.next());
  const r3 = new Readable({ read() {} });
  const it3 = r3[Symbol.asyncIterator]();
  r3.destroy();
  try { console.log('next after plain destroy', await it3.next()); } catch (e) { console.log('plain destroy rejects', e.code); }
  // toArray on a Duplex and writable.toArray absence
  console.log(typeof new Writable().toArray, typeof new PassThrough().toArray);
  // Symbol.asyncDispose
  const r4 = Readable.from(['z']);
  await r4[Symbol.asyncDispose]();
  console.log('after asyncDispose destroyed', r4.destroyed, 'errored', r4.errored && r4.errored.name);
  const w5 = new Writable({ write(c, e, cb) { cb(); } });
  console.log('Writable asyncDispose', typeof w5[Symbol.asyncDispose]);
})();
