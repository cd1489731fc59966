// decodeStrings:false passes strings through with their encoding; defaultEncoding and setDefaultEncoding; invalid encodings.
const { Writable } = require('stream');
function make(opts) {
  return new Writable({
    ...opts,
    write(chunk, enc, cb) {
      const shown = Buffer.isBuffer(chunk) ? 'Buffer[' + chunk.toString('hex') + ']' : JSON.stringify(chunk);
      console.log('  _write', shown, 'encoding', enc);
      cb();
    },
  });
}
console.log('default options');
const a = make({});
a.write('hi');
a.write('aGk=', 'base64');
a.write(Buffer.from('b'));
a.write(new Uint8Array([1, 2]));
console.log('decodeStrings false');
const b = make({ decodeStrings: false });
b.write('hi');
b.write('aGk=', 'base64');
b.write(Buffer.from('b'));
console.log('defaultEncoding hex');
const c = make({ defaultEncoding: 'hex' });
c.write('6869');
c.setDefaultEncoding('latin1');
c.write('é');
try {
  c.setDefaultEncoding('nope');
} catch (err) {
  console.log('setDefaultEncoding(nope):', err.code, err.message);
}
const d = make({});
try {
  d.write('x', 'bogus-enc');
} catch (err) {
  console.log('write with bogus encoding:', err.code, err.message);
}
console.log('write(chunk, cb) with callback as 2nd arg:');
d.write('y', () => console.log('  cb called'));
