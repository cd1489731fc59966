// string_decoder: multibyte UTF-8 characters split across writes are held back; end() flushes incomplete bytes as U+FFFD; utf16le/base64/hex.
const { StringDecoder } = require('string_decoder');
const euro = Buffer.from('€'); // e2 82 ac
const d = new StringDecoder('utf8');
console.log(JSON.stringify(d.write(euro.subarray(0, 1))), JSON.stringify(d.write(euro.subarray(1, 2))), JSON.stringify(d.write(euro.subarray(2))));
const emoji = Buffer.from('a😀b');
const parts = [];
for (const byte of emoji) parts.push(d.write(Buffer.from([byte])));
console.log('byte by byte', JSON.stringify(parts), JSON.stringify(parts.join('')));
console.log('incomplete at end', JSON.stringify(d.write(Buffer.from([0xf0, 0x9f]))), JSON.stringify(d.end()));
console.log('end with buffer', JSON.stringify(new StringDecoder().end(Buffer.from([0x68, 0xc3]))));
console.log('invalid continuation', JSON.stringify(new StringDecoder('utf8').write(Buffer.from([0xe2, 0x41]))));
const u16 = new StringDecoder('utf16le');
const u16bytes = Buffer.from('h😀', 'utf16le');
console.log('utf16le split', JSON.stringify(u16.write(u16bytes.subarray(0, 3))), JSON.stringify(u16.write(u16bytes.subarray(3, 5))), JSON.stringify(u16.write(u16bytes.subarray(5))));
const b64 = new StringDecoder('base64');
console.log('base64', b64.write(Buffer.from('ab')), b64.write(Buffer.from('c')), b64.write(Buffer.from('d')), b64.end());
const hex = new StringDecoder('hex');
console.log('hex', hex.write(Buffer.from([1, 255])), hex.end(Buffer.from([16])));
console.log('latin1', new StringDecoder('latin1').write(Buffer.from([0xe9, 0x41])), 'encoding prop', new StringDecoder('UTF-8').encoding, new StringDecoder('binary').encoding, new StringDecoder().encoding);
try {
  new StringDecoder('klingon');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
