// createGzip / createGunzip streams: piping a generated text through gzip then gunzip round-trips it,
// bytesWritten counts input bytes, events fire in order, and deflate/inflate + brotli also round-trip.
const zlib = require('zlib');
const { Readable, Writable, pipeline } = require('stream');
const text = Array.from({ length: 2000 }, (_, i) => `line ${i} ${'x'.repeat(i % 13)}`).join('\n');
const gzip = zlib.createGzip();
const gunzip = zlib.createGunzip();
const events = [];
for (const [name, s] of [['gzip', gzip], ['gunzip', gunzip]]) {
  for (const ev of ['finish', 'end', 'close']) s.on(ev, () => events.push(name + ' ' + ev));
}
let out = '';
pipeline(
  Readable.from([text.slice(0, 5000), text.slice(5000)]),
  gzip,
  gunzip,
  new Writable({ write(c, e, cb) { out += c; cb(); } }),
  (err) => {
    console.log('pipeline done', err, 'roundtrip equal', out === text, 'length', out.length);
    console.log('gzip.bytesWritten', gzip.bytesWritten, 'gunzip.bytesWritten === compressed size', gunzip.bytesWritten > 0 && gunzip.bytesWritten < text.length);
    console.log('events', events.join(', '));
    next();
  },
);
function next() {
  const def = zlib.createDeflate({ level: 9 });
  const chunks = [];
  def.on('data', (c) => chunks.push(c));
  def.on('end', () => {
    const buf = Buffer.concat(chunks);
    console.log('deflate output matches deflateSync', buf.equals(zlib.deflateSync(text, { level: 9 })));
    const inf = zlib.createInflate();
    let s = '';
    inf.setEncoding('utf8');
    inf.on('data', (d) => { s += d; });
    inf.on('end', () => {
      console.log('inflate roundtrip', s === text);
      brotli();
    });
    inf.end(buf);
  });
  def.write(text);
  def.end();
}
function brotli() {
  const b = zlib.createBrotliCompress();
  const chunks = [];
  b.on('data', (c) => chunks.push(c));
  b.on('end', () => {
    const back = zlib.brotliDecompressSync(Buffer.concat(chunks)).toString();
    console.log('brotli roundtrip', back === text);
    console.log('instances', gzip instanceof zlib.Gzip, gzip instanceof require('stream').Transform, typeof gzip._transform);
    console.log('gzip readable/writable after end', gzip.readable, gzip.writable, gzip.destroyed);
  });
  b.end(text);
}
