// CompressionStream / DecompressionStream: gzip, deflate and deflate-raw round trips (chunk split: header on the first
// write, the rest at close), whole-buffer decompression, a 100 kB payload, invalid and truncated input, empty input,
// string chunks, inspect, and a Blob.stream() -> compress -> decompress -> TextDecoderStream chain.
const log = (...a) => console.log(...a);
async function collect(rs) { const out = []; for await (const c of rs) out.push(c); return out; }
const src = (chunks) => new ReadableStream({ start(c) { for (const x of chunks) c.enqueue(x); c.close(); } });
(async () => {
  for (const fmt of ['gzip', 'deflate', 'deflate-raw']) {
    const out = await collect(src([new TextEncoder().encode('hello '), new TextEncoder().encode('world')]).pipeThrough(new CompressionStream(fmt)));
    log(fmt, out.map((c) => c.constructor.name + ':' + Buffer.from(c).toString('hex')));
    const back = await collect(src(out).pipeThrough(new DecompressionStream(fmt)));
    log(fmt, 'back', back.map((c) => c.constructor.name + ':' + Buffer.from(c).toString()));
    const back2 = await collect(src([Buffer.concat(out)]).pipeThrough(new DecompressionStream(fmt)));
    log(fmt, 'back2', back2.map((c) => Buffer.from(c).toString()));
  }
  const big = new Uint8Array(100000).map((_, i) => (i * 7919) % 251);
  const out = await collect(src([big]).pipeThrough(new CompressionStream('gzip')));
  log('big chunks are Uint8Array', out.every((c) => c instanceof Uint8Array), 'header', Buffer.from(out[0]).toString('hex'));
  const back = await collect(src(out).pipeThrough(new DecompressionStream('gzip')));
  log('big back', back.map((c) => c.length), Buffer.concat(back).equals(Buffer.from(big)));
  try { await collect(src([new Uint8Array([1, 2, 3, 4])]).pipeThrough(new DecompressionStream('gzip'))); } catch (e) { log('err', e.name, e.code, e.message); }
  try { await collect(src([new Uint8Array([0x1f, 0x8b, 8, 0])]).pipeThrough(new DecompressionStream('gzip'))); } catch (e) { log('err2', e.name, e.code, e.message); }
  const empty = await collect(src([]).pipeThrough(new CompressionStream('gzip')));
  log('empty', empty.map((c) => Buffer.from(c).toString('hex')));
  log(new DecompressionStream('gzip'));
  const blobStream = new Blob(['blob data']).stream().pipeThrough(new CompressionStream('gzip')).pipeThrough(new DecompressionStream('gzip')).pipeThrough(new TextDecoderStream());
  log(await collect(blobStream));
  const str = new ReadableStream({ start(c) { c.enqueue('abc'); c.close(); } }).pipeThrough(new CompressionStream('deflate'));
  log('string chunk', (await collect(str)).map((c) => Array.from(c).join(',')));
  for (const f of [undefined, 'nope', 'brotli']) {
    try { new CompressionStream(f); } catch (e) { log('bad format', e.name, e.code, e.message); }
  }
  log(Object.prototype.toString.call(new CompressionStream('gzip')), Object.keys(new CompressionStream('gzip').readable));
})();
