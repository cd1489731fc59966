// zlib's own message for what is wrong in corrupt input: header bytes, block types, stored lengths,
// distances reaching before the output's start, cut streams; sync, callback and stream forms.
const zlib = require('zlib');
const { pipeline, Readable, Writable } = require('stream');
const good = zlib.gzipSync('hello hello hello hello');
const deflated = zlib.deflateSync('some text some text some text');
const show = (label, f) => {
  try { const out = f(); console.log(label, 'ok', out.length); } catch (e) { console.log(label, e.code, e.errno, e.message); }
};
show('gzip method 0', () => zlib.gunzipSync(Buffer.from([0x1f, 0x8b, 0, 0, 0, 0, 0, 0, 0, 3])));
show('gzip reserved flags', () => zlib.gunzipSync(Buffer.from([0x1f, 0x8b, 8, 0xe0, 0, 0, 0, 0, 0, 3])));
show('one byte', () => zlib.gunzipSync(Buffer.from([4])));
show('raw block type 3', () => zlib.inflateRawSync(Buffer.from([0xff, 0xff])));
show('raw stored lengths', () => zlib.inflateRawSync(Buffer.from('hello world')));
show('raw too far back', () => zlib.inflateRawSync(Buffer.from([3, 2, 0])));
show('zlib window', () => zlib.inflateSync(Buffer.from([0x88, 0x98])));
show('zlib method', () => zlib.inflateSync(Buffer.from([0x18, 0x9c])));
for (let i = 10; i < good.length - 8; i += 3) {
  const b = Buffer.from(good);
  b[i] ^= 0x55;
  show(`gzip flip ${i}`, () => zlib.gunzipSync(b));
}
for (let i = 2; i < deflated.length - 4; i += 2) {
  const b = Buffer.from(deflated);
  b[i] ^= 0xa5;
  show(`deflate flip ${i}`, () => zlib.inflateSync(b));
}
zlib.gunzip(Buffer.from([0x1f, 0x8b, 0, 0, 0, 0, 0, 0, 0, 3]), (err) => {
  console.log('callback', err.code, err.message);
  pipeline(Readable.from([Buffer.from([0xff, 0xff])]), zlib.createInflateRaw(), new Writable({ write(c, e, cb) { cb(); } }), (e) => {
    console.log('pipeline', e.code, e.message);
  });
});
