// unshift(): a header parser reads chunks until a separator and puts the rest back for the body consumer.
const { Readable } = require('stream');
const parts = ['HEAD', 'ER:v1\n\nbody-', 'part-1 ', 'body-part-2'];
const r = new Readable({
  read() {
    const p = parts.shift();
    console.log('_read pushes', JSON.stringify(p === undefined ? null : p));
    this.push(p === undefined ? null : p);
  },
});
let header = '';
function onReadable() {
  let chunk;
  while ((chunk = r.read()) !== null) {
    const s = chunk.toString();
    const idx = s.indexOf('\n\n');
    if (idx === -1) {
      header += s;
      console.log('header so far', JSON.stringify(header));
      continue;
    }
    header += s.slice(0, idx);
    const rest = s.slice(idx + 2);
    r.removeListener('readable', onReadable);
    console.log('unshifting', JSON.stringify(rest), 'length before', r.readableLength);
    r.unshift(Buffer.from(rest));
    console.log('length after unshift', r.readableLength);
    console.log('header', JSON.stringify(header));
    const body = [];
    r.on('data', (c) => body.push(c.toString()));
    r.on('end', () => console.log('body chunks', JSON.stringify(body)));
    return;
  }
}
r.on('readable', onReadable);
const o = new Readable({ objectMode: true, read() {} });
o.push('second');
o.unshift('first');
o.unshift('zeroth');
console.log('objectMode order', o.read(), o.read(), o.read());
o.push(null);
try {
  o.unshift('late');
  console.log('unshift after push(null) ok, length', o.readableLength);
} catch (err) {
  console.log('unshift after EOF threw', err.code);
}
o.on('error', (err) => console.log('error event', err.code, err.message));
o.on('data', (d) => console.log('o data', d));
o.on('end', () => {
  console.log('o end; unshift after end event:');
  o.unshift('too-late');
});
