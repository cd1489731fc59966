// stream.pipeline with a callback: returns the last stream, callback(undefined) on success, every stream ends/closes.
const { pipeline, Readable, Transform, Writable } = require('stream');
const src = Readable.from(['a', 'b', 'c'], { objectMode: false });
const up = new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase() + '!'); } });
const out = [];
const dst = new Writable({ write(c, e, cb) { out.push(c.toString()); cb(); } });
for (const [name, s] of [['src', src], ['up', up], ['dst', dst]]) {
  s.on('close', () => console.log(name, 'close'));
}
dst.on('finish', () => console.log('dst finish'));
const ret = pipeline(src, up, dst, (err) => {
  console.log('pipeline callback err =', err, 'out', JSON.stringify(out));
  console.log('destroyed', src.destroyed, up.destroyed, dst.destroyed);
});
console.log('pipeline returned last stream:', ret === dst);
try {
  pipeline(src, dst);
} catch (err) {
  console.log('pipeline without callback:', err.code, err.name);
}
try {
  pipeline(src, () => {});
} catch (err) {
  console.log('pipeline with one stream:', err.code, err.message);
}
