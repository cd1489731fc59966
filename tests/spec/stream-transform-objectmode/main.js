// Transform in objectMode: JSON lines to objects, filtering and mapping; readableObjectMode only vs both sides.
const { Transform, Readable } = require('stream');
const parse = new Transform({
  readableObjectMode: true,
  transform(chunk, enc, cb) {
    try {
      cb(null, JSON.parse(chunk));
    } catch (err) {
      cb(err);
    }
  },
});
const onlyAdults = new Transform({
  objectMode: true,
  transform(person, enc, cb) {
    if (person.age >= 18) this.push({ name: person.name.toUpperCase(), age: person.age });
    cb();
  },
});
console.log('parse: readableObjectMode', parse.readableObjectMode, 'writableObjectMode', parse.writableObjectMode,
  'hwms', parse.readableHighWaterMark, parse.writableHighWaterMark);
console.log('filter hwms', onlyAdults.readableHighWaterMark, onlyAdults.writableHighWaterMark);
const src = Readable.from(['{"name":"ann","age":30}', '{"name":"bob","age":12}', '{"name":"cy","age":18}'], { objectMode: false });
src.pipe(parse).pipe(onlyAdults);
onlyAdults.on('data', (p) => console.log('adult', p));
onlyAdults.on('end', () => {
  console.log('end');
  const bad = new Transform({
    readableObjectMode: true,
    transform(c, e, cb) {
      try { cb(null, JSON.parse(c)); } catch (err) { cb(err); }
    },
  });
  bad.on('error', (err) => console.log('error event:', err.name, 'destroyed', bad.destroyed, 'errored', bad.errored === err));
  bad.on('close', () => console.log('bad closed'));
  console.log('bad.write ->', bad.write('{oops'), 'destroyed (sync)', bad.destroyed);
});
