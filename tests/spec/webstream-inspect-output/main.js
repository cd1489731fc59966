// How web stream objects print and look: util.inspect of streams, readers, writers, controllers, strategies,
// encoder/decoder/compression streams, BYOB readers, nested past the depth; the stream/web module object; own keys
// (none: internal state is hidden; `constructor` on internally created streams), prototype property lists,
// function names/lengths, toStringTag, values() iterators, subclasses.
{
const rs = new ReadableStream();
console.log(rs);
console.log(rs.getReader());
console.log(new WritableStream(), new WritableStream().getWriter());
console.log(new TransformStream());
console.log(new CountQueuingStrategy({highWaterMark: 3}), new ByteLengthQueuingStrategy({highWaterMark: 3}));
console.log({a:{b:{c:new ReadableStream()}}});
console.log({a:{b:{c:new Blob(['x'])}}});
new ReadableStream({start(c){ console.log(c); }});
new ReadableStream({type:'bytes', start(c){ console.log(c); }});
new WritableStream({start(c){ console.log(c); }});
new TransformStream({start(c){ console.log(c); }});
console.log(new TextEncoderStream(), new TextDecoderStream());
console.log(new CompressionStream('gzip'));
console.log(new ReadableStream({type:'bytes'}).getReader({mode:'byob'}));
console.log(new Blob(['abc'], {type:'Text/HTML'}), new File(['x'], 'a.txt', {lastModified: 5}));
console.log([ReadableStream, Blob, File]);
console.log(require('stream/web'));
console.log(Object.keys(rs), Object.getOwnPropertyNames(ReadableStream.prototype));
console.log(Object.getOwnPropertyNames(Blob.prototype), Object.keys(Blob.prototype));
console.log(ReadableStream.length, WritableStream.length, TransformStream.length, Blob.length, File.length, ReadableStreamDefaultReader.length);
}
setTimeout(() => {
const log = (...a) => console.log(...a);
  (async () => {
    const rs = new ReadableStream({ start(c) { c.enqueue('a'); c.close(); } });
    const r = rs.getReader();
    await r.read(); await r.read();
    log(Object.keys(rs), Object.keys(r), JSON.stringify(rs));
    r.releaseLock();
    log(Object.keys(r));
    const ws = new WritableStream({ write() {} });
    const w = ws.getWriter();
    await w.write('x');
    await w.close();
    log(Object.keys(ws), Object.keys(w));
    const ts = new TransformStream();
    log(Object.keys(ts), Object.keys(ts.readable), Object.keys(ts.writable));
    const [a, b] = new ReadableStream({ start(c) { c.enqueue(1); c.close(); } }).tee();
    log(Object.keys(a), a);
    const errd = new ReadableStream({ start(c) { c.error(new Error('x')); } });
    await null;
    log(errd, Object.keys(errd));
    const bs = new ReadableStream({ type: 'bytes', pull(c) { log('byobRequest', c.byobRequest); c.close(); c.byobRequest.respond(0); } });
    const br = bs.getReader({ mode: 'byob' });
    log(await br.read(new Uint8Array(4)));
    log(Object.getOwnPropertyNames(ReadableStream.prototype), Object.getOwnPropertyNames(WritableStreamDefaultWriter.prototype));
    log(Object.keys(ReadableStream.prototype), Object.keys(WritableStream.prototype), Object.keys(TransformStream.prototype));
    log(ReadableStream.prototype.getReader.name, ReadableStream.prototype.getReader.length, Object.getOwnPropertyDescriptor(ReadableStream.prototype, 'locked').get.name);
    log(ReadableStream.name, ReadableStream.length, TransformStream.length, CountQueuingStrategy.length, ReadableStreamDefaultReader.length);
    log(new ReadableStream().values(), rs[Symbol.asyncIterator] === rs.values);
    log(String(new ReadableStream()), `${new TextEncoderStream()}`, Object.prototype.toString.call(new CountQueuingStrategy({highWaterMark: 1})));
    log(require('util').inspect(new ReadableStream(), { depth: 0 }), [[new WritableStream()]]);
    log(new Blob(['a']).slice(), Object.keys(new Blob(['ab']).slice(1)));
    class MyRS extends ReadableStream { constructor() { super({ start(c) { c.enqueue('sub'); c.close(); } }); } }
    const m = new MyRS();
    log(m instanceof ReadableStream, m.constructor.name, m);
    for await (const v of m) log('sub value', v);
    class MyBlob extends Blob {}
    log(new MyBlob(['x']), new MyBlob(['x']).constructor.name);
  })();
  
}, 5);
setTimeout(() => {
const { Readable, Writable } = require('stream');
  const k = (n, o) => console.log(n, Object.keys(o));
  const ts = new TransformStream();
  k('ts.readable', ts.readable); k('ts.writable', ts.writable);
  const [a, b] = new ReadableStream().tee(); k('tee', a);
  k('from', ReadableStream.from([1]));
  k('blob.stream', new Blob(['a']).stream());
  k('pipeThrough', new ReadableStream().pipeThrough(new TransformStream()));
  k('toWeb', Readable.toWeb(new Readable({ read() {} })));
  k('wtoWeb', Writable.toWeb(new Writable()));
  k('tes', new TextEncoderStream().readable);
  k('cs', new CompressionStream('gzip').readable);
  k('getReader', new ReadableStream().getReader());
  k('byte tee', new ReadableStream({ type: 'bytes' }).tee()[0]);
  console.log(a.constructor === ReadableStream, Object.getOwnPropertyDescriptor(a, 'constructor'));
  
}, 20);
