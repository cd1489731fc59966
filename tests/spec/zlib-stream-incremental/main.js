// zlib streams (de)compress each chunk as it is written: a decoder's output comes before its input ends, a
// flush hands over what was written so far, and a stream cut short fails at its end after its output.
const zlib = require('zlib');
const { once } = require('events');
const { pipeline, Readable, PassThrough } = require('stream');

async function flushThenEnd() {
  const gz = zlib.createGzip();
  const gunzip = zlib.createGunzip();
  gz.pipe(gunzip);
  gunzip.on('data', (d) => console.log('decompressed chunk:', d.toString()));
  gz.write('first');
  await new Promise((resolve) => gz.flush(resolve));
  console.log('flushed');
  await new Promise((resolve) => setTimeout(resolve, 20));
  gz.end('second');
  await once(gunzip, 'end');
  console.log('gunzip end');
}

async function outputBeforeEnd() {
  const inflate = zlib.createInflate();
  inflate.on('data', (d) => console.log('inflated before end:', d.toString()));
  inflate.write(zlib.deflateSync('hello incremental world'));
  await new Promise((resolve) => setTimeout(resolve, 10));
  console.log('ending inflate');
  inflate.end();
  await once(inflate, 'end');
  console.log('inflate end');
}

function truncated() {
  const full = zlib.gzipSync('some text that will be truncated in the middle');
  let partial = '';
  const sink = new PassThrough();
  sink.on('data', (c) => { partial += c; });
  return new Promise((resolve) => {
    pipeline(Readable.from([full.subarray(0, full.length - 6)]), zlib.createGunzip(), sink, (err) => {
      console.log('truncated:', err && err.code, err && err.errno, err && err.message);
      console.log('partial:', JSON.stringify(partial));
      resolve();
    });
  });
}

async function syncFlush() {
  const def = zlib.createDeflate();
  const out = [];
  def.on('data', (c) => out.push(c));
  def.write('sync flushed');
  await new Promise((resolve) => def.flush(zlib.constants.Z_SYNC_FLUSH, resolve));
  console.log(zlib.inflateSync(Buffer.concat(out), { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString());
  def.end();
}

async function bigOutput() {
  const chunks = [];
  const g = zlib.createGunzip();
  g.on('data', (c) => chunks.push(c.length));
  g.end(zlib.gzipSync(Buffer.alloc(100000, 'abcdefghij')));
  await once(g, 'end');
  console.log('big:', chunks.length, chunks.reduce((a, b) => a + b, 0));
}

(async () => {
  await flushThenEnd();
  await outputBeforeEnd();
  await truncated();
  await syncFlush();
  await bigOutput();
})();
