// Node's error codes and messages from web streams: locked streams and readers, illegal constructors, invalid
// `this`, argument validation of sources/sinks/transformers/strategies, controller misuse, released readers and
// writers (closed/ready/pending reads), ReadableStream.from of a non-iterable, pipeTo/pipeThrough misuse.
function part1() {
const t = (label, f) => { try { const r = f(); if (r && r.then) r.then(()=>console.log(label, 'resolved'), (e)=>console.log(label, 'REJ', e.name, e.code, e.message)); else console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code, JSON.stringify(e.message)); } };
const locked = new ReadableStream(); locked.getReader();
t('getReader locked', () => locked.getReader());
t('new reader locked', () => new ReadableStreamDefaultReader(locked));
t('byob reader on non-byte', () => new ReadableStream().getReader({mode:'byob'}));
t('getReader bad mode', () => new ReadableStream().getReader({mode:'x'}));
const wl = new WritableStream(); wl.getWriter();
t('getWriter locked', () => wl.getWriter());
t('count no init', () => new CountQueuingStrategy());
t('count {}', () => new CountQueuingStrategy({}));
t('bl no init', () => new ByteLengthQueuingStrategy());
t('illegal ctrl', () => new ReadableStreamDefaultController());
t('illegal wctrl', () => new WritableStreamDefaultController());
t('illegal tctrl', () => new TransformStreamDefaultController());
t('illegal byob', () => new ReadableStreamBYOBRequest());
t('rs bad type', () => new ReadableStream({type:'x'}));
t('rs bad hwm', () => new ReadableStream({}, {highWaterMark: -1}));
t('rs bad hwm nan', () => new ReadableStream({}, {highWaterMark: NaN}));
t('rs bad size', () => new ReadableStream({}, {size: 1}));
t('rs bad start', () => new ReadableStream({start: 1}));
t('rs src num', () => new ReadableStream(5));
t('ws bad write', () => new WritableStream({write: 1}));
t('ws src type', () => new WritableStream({type: 'bytes'}));
t('enqueue after close', () => new ReadableStream({start(c){ c.close(); c.enqueue(1); }}));
t('close twice', () => new ReadableStream({start(c){ c.close(); c.close(); }}));
t('pipeThrough locked', () => locked.pipeThrough(new TransformStream()));
t('pipeTo locked', () => locked.pipeTo(new WritableStream()));
t('pipeTo nonws', () => new ReadableStream().pipeTo({}));
t('cancel locked', () => locked.cancel());
t('ws abort locked', () => wl.abort());
t('ws close locked', () => wl.close());
t('tee locked', () => locked.tee());
t('invalid this', () => ReadableStream.prototype.getReader.call({}));
t('invalid this locked', () => Object.getOwnPropertyDescriptor(ReadableStream.prototype, 'locked').get.call({}));
const r = new ReadableStream().getReader(); r.releaseLock();
t('read released', () => r.read());
t('closed released', () => r.closed);
const w = new WritableStream().getWriter(); w.releaseLock();
t('write released', () => w.write(1));
t('desiredSize released', () => w.desiredSize);
const w2 = new WritableStream().getWriter(); w2.close();
t('close closing', () => w2.close());
t('write closing', () => w2.write('x'));
t('ts bad readableType', () => new TransformStream({readableType:'bytes'}));
t('ts terminate enqueue', () => new TransformStream({start(c){ c.terminate(); c.enqueue(1); }}));
t('RS call', () => ReadableStream());
t('from bad', () => ReadableStream.from(5));
t('byte enqueue non view', () => new ReadableStream({type:'bytes', start(c){ c.enqueue('x'); }}));
t('byte enqueue empty', () => new ReadableStream({type:'bytes', start(c){ c.enqueue(new Uint8Array(0)); }}));
t('tee cancel', () => new ReadableStream().cancel());
}
function part2() {
const t = (label, f) => { try { const r = f(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code, JSON.stringify(e.message)); } };
t('rs null', () => new ReadableStream(null));
t('rs fn', () => new ReadableStream(function(){}));
t('rs strat null', () => new ReadableStream({}, null));
t('rs strat num', () => new ReadableStream({}, 5));
t('rs pull num', () => new ReadableStream({pull: 5}));
t('rs hwm str', () => new ReadableStream({}, {highWaterMark: 'a'}));
t('rs byte size', () => new ReadableStream({type: 'bytes'}, {size(){return 1}}));
t('rs byte acs 0', () => new ReadableStream({type: 'bytes', autoAllocateChunkSize: 0}));
t('ws null', () => new WritableStream(null));
t('ws num', () => new WritableStream(5));
t('ws hwm', () => new WritableStream({}, {highWaterMark: -1}));
t('ts num', () => new TransformStream(5));
t('ts hwm w', () => new TransformStream({}, {highWaterMark: -1}));
t('ts hwm r', () => new TransformStream({}, {}, {highWaterMark: -1}));
t('ts transform num', () => new TransformStream({transform: 5}));
t('reader non stream', () => new ReadableStreamDefaultReader({}));
t('writer non stream', () => new WritableStreamDefaultWriter({}));
t('byob non stream', () => new ReadableStreamBYOBReader(5));
t('count num', () => new CountQueuingStrategy(5));
t('count hwm str', () => new CountQueuingStrategy({highWaterMark: 'x'}).highWaterMark);
t('pipeThrough bad', () => new ReadableStream().pipeThrough({}));
t('pipeThrough bad2', () => new ReadableStream().pipeThrough(5));
t('byob read non view', () => new ReadableStream({type:'bytes'}).getReader({mode:'byob'}).read(5).catch(e=>console.log('rej', e.code, e.message)));
t('getReader num', () => new ReadableStream().getReader(5));
}
function part3() {
const log = (...a) => console.log(...a);
(async () => {
  const rs = new ReadableStream();
  const r = rs.getReader();
  const c1 = r.closed;
  c1.catch(e => log('closed before release', e.code, e.message));
  const p = r.read();
  p.catch(e => log('pending read', e.code, e.message));
  r.releaseLock();
  r.closed.catch(e => log('closed after release', e.code, e.message, r.closed === c1));
  const rs2 = new ReadableStream({ start(c) { c.close(); } });
  const r2 = rs2.getReader();
  await r2.closed;
  r2.releaseLock();
  r2.closed.catch(e => log('closed after release (closed stream)', e.code, e.message));
  const ws = new WritableStream();
  const w = ws.getWriter();
  const wc = w.closed, wr = w.ready;
  wc.catch(e => log('w closed before release', e.code, e.message));
  w.releaseLock();
  w.closed.catch(e => log('w closed after release', e.code, e.message, w.closed === wc));
  w.ready.catch(e => log('w ready after release', e.code, e.message, w.ready === wr));
  const ws2 = new WritableStream({ write() { return new Promise(() => {}); } }, { highWaterMark: 1 });
  const w2 = ws2.getWriter();
  w2.write('a'); w2.write('b');
  const rdy = w2.ready;
  rdy.catch(e => log('w2 pending ready', e.code, e.message));
  w2.releaseLock();
  try { w2.desiredSize; } catch (e) { log('desiredSize', e.code, e.message); }
  try { w2.releaseLock(); log('double release ok'); } catch (e) { log('double release', e.code, e.message); }
  try { ReadableStream.from({}); } catch (e) { log('from', e.code, e.message); }
  try { new ReadableStream({ type: 'bytes', start(c) { c.enqueue(5); } }); } catch (e) { log('enq', e.code, e.message); }
  try { new WritableStream({ start: 5 }); } catch (e) { log('ws start', e.name, e.code, e.message); }
  try { new TransformStream({ start: 5 }); } catch (e) { log('ts start', e.name, e.code, e.message); }
  try { new TransformStream({ flush: 5 }); } catch (e) { log('ts flush', e.name, e.code, e.message); }
  try { new ReadableStream().getReader(null); log('getReader null ok'); } catch (e) { log('getReader null', e.code, e.message); }
  try { new ReadableStream().values(5); log('values ok'); } catch (e) { log('values', e.code, e.message); }
  try { new ReadableStream().pipeTo(new WritableStream(), 5).catch(e => log('pipeTo opts', e.code, e.message)); } catch (e) { log('pipeTo opts sync', e.code, e.message); }
})();
}
part1();
setTimeout(() => {
  console.log('---');
  part2();
  setTimeout(() => {
    console.log('---');
    part3();
  }, 5);
}, 5);
