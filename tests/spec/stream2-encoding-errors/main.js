// Unknown encodings: write(chunk, 'bogus') throws ERR_UNKNOWN_ENCODING synchronously, setDefaultEncoding
// validates (case-insensitive), push(string, encoding) and end(chunk, encoding), and 'buffer' is accepted.
const { Writable, Readable, PassThrough } = require('stream');
const w = new Writable({ decodeStrings: false, write(c, e, cb) { console.log('_write', JSON.stringify(c), e); cb(); } });
for (const enc of ['bogus', 'UTF8', 'Hex', 'buffer', '', null, 'ucs-2']) {
  try {
    w.write(enc === 'Hex' ? 'ab' : 'x', enc);
    console.log('write with', JSON.stringify(enc), 'ok');
  } catch (e) {
    console.log('write with', JSON.stringify(enc), e.name, e.code, e.message);
  }
}
for (const enc of ['LATIN1', 'nope', 'utf-8', 42]) {
  try {
    w.setDefaultEncoding(enc);
    console.log('setDefaultEncoding', enc, '->', w._writableState.defaultEncoding);
  } catch (e) {
    console.log('setDefaultEncoding', enc, e.code, e.message);
  }
}
const w2 = new Writable({ write(c, e, cb) { console.log('w2 _write', c, e); cb(); } });
w2.write('68656c6c6f', 'hex');
w2.end('aGk=', 'base64');
const p = new PassThrough();
p.push('caf\u00e9', 'latin1');
p.push('Y2Fm', 'base64');
console.log('pushed', p.read());
try {
  p.push('x', 'not-an-encoding');
  console.log('push with bad encoding ok', p.read());
} catch (e) {
  console.log('push bad encoding', e.code, e.message);
}
try {
  new Writable().end('x', 'wat');
} catch (e) {
  console.log('end bad encoding', e.code, e.message);
}
const r = new Readable({ encoding: 'hex', read() {} });
r.push('AB');
console.log('encoding option', r.readableEncoding, r.read());
try {
  new Readable({ encoding: 'klingon' });
} catch (e) {
  console.log('bad encoding option', e.code, e.message);
}
