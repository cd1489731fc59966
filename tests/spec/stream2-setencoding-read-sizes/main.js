// setEncoding() then read(n): n counts characters of the decoded strings, multi-byte characters split across
// pushed Buffers, read() with no size, setEncoding after data was buffered, and 'hex'/'base64' decoding.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.push(Buffer.from('héllo wörld'));
r.setEncoding('utf8');
console.log('length after setEncoding', r.readableLength, r.readableEncoding);
console.log(JSON.stringify(r.read(3)), JSON.stringify(r.read(2)), r.readableLength);
r.push(Buffer.from([0xe2, 0x82]));
console.log('partial euro buffered', r.readableLength, JSON.stringify(r.read(6)));
r.push(Buffer.from([0xac, 0x21]));
console.log('after completing', JSON.stringify(r.read()), r.readableLength);
r.push('abcdef');
console.log('read(4) of 6', JSON.stringify(r.read(4)), 'read(10) not ended', r.read(10), 'left', r.readableLength);
r.push(null);
console.log('read(10) ended', JSON.stringify(r.read(10)));

const h = new Readable({ read() {} });
h.setEncoding('hex');
h.push(Buffer.from([1, 2, 255]));
h.push(Buffer.from('A'));
console.log('hex', h.readableLength, JSON.stringify(h.read(3)), JSON.stringify(h.read()));

const b = new Readable({ read() {} });
b.setEncoding('base64');
b.push(Buffer.from('ab'));
b.push(Buffer.from('cde'));
b.push(null);
const parts = [];
b.on('data', (s) => parts.push(s));
b.on('end', () => console.log('base64 chunks', JSON.stringify(parts)));

const l = new Readable({ read() {} });
l.setEncoding('latin1');
l.push(Buffer.from([0xe9, 0x41]));
console.log('latin1', JSON.stringify(l.read()));

const u = new Readable({ read() {} });
u.setEncoding('utf16le');
u.push(Buffer.from([0x61, 0x00, 0x62]));
console.log('utf16le odd bytes', JSON.stringify(u.read()), u.readableLength);
u.push(Buffer.from([0x00]));
console.log('utf16le completed', JSON.stringify(u.read()));

const s = new Readable({ read() {} });
s.push('a string with € sign');
s.setEncoding('utf8');
s.push(Buffer.from(' more'));
console.log('mixed', JSON.stringify(s.read(13)), JSON.stringify(s.read()));
for (const bad of ['nope', 42]) {
  try {
    new Readable().setEncoding(bad);
    console.log('setEncoding', bad, 'accepted');
  } catch (e) {
    console.log('setEncoding', bad, e.name, e.code, e.message);
  }
}
const n = new Readable({ read() {} });
console.log('setEncoding returns this', n.setEncoding('UTF-8') === n, n.readableEncoding);
