// Decompressing corrupt data: gunzip stream emits an 'error' with node's code, errno and message, both
// through an 'error' listener and through pipeline's callback; and the Sync/callback forms agree.
const zlib = require('zlib');
const { pipeline, Readable, Writable } = require('stream');
const bad = Buffer.from('this is definitely not gzip data');
const g = zlib.createGunzip();
g.on('error', (e) => {
  console.log('stream error:', e.name, e.code, e.errno, e.message);
  console.log('own keys', Object.keys(e).join(','));
  console.log('destroyed', g.destroyed);
  step2();
});
g.on('close', () => console.log('gunzip close'));
g.end(bad);
function step2() {
  const good = zlib.gzipSync('hello world');
  const truncated = good.subarray(0, good.length - 6);
  pipeline(Readable.from([truncated]), zlib.createGunzip(), new Writable({ write(c, e, cb) { cb(); } }), (err) => {
    console.log('truncated via pipeline:', err && err.code, err && err.errno, err && err.message);
    step3();
  });
}
function step3() {
  try {
    zlib.inflateSync(Buffer.from([1, 2, 3, 4]));
  } catch (e) {
    console.log('inflateSync:', e.code, e.errno, e.message);
  }
  zlib.gunzip(bad, (err, res) => {
    console.log('gunzip callback:', err.code, err.errno, err.message, res);
    const inf = zlib.createInflate();
    inf.on('error', (e) => console.log('inflate stream:', e.code, e.errno, e.message));
    inf.write(Buffer.from([0x78, 0x9c]));
    inf.end();
  });
}
