// Buffer encodings round trips: utf8, hex, base64, base64url, latin1/binary, utf16le/ucs2, ascii, with lossy cases.
const text = 'Grüße, 世界! 🎉';
const utf8 = Buffer.from(text, 'utf8');
console.log('utf8 bytes', utf8.length, utf8.toString('hex'));
for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'binary', 'utf16le', 'ucs2', 'ascii']) {
  const s = utf8.toString(enc);
  const back = Buffer.from(s, enc);
  console.log(enc.padEnd(9), JSON.stringify(s), 'roundtrip', back.equals(utf8));
}
const u16 = Buffer.from(text, 'utf16le');
console.log('utf16le bytes', u16.length, u16.toString('utf16le') === text);
console.log('latin1 encode of non-latin1 chars', Buffer.from('Āé€', 'latin1'));
console.log('ascii encode', Buffer.from('é~\u00ff', 'ascii'));
console.log('ascii decode strips high bit', Buffer.from([0xe9, 0x41, 0xff]).toString('ascii'));
console.log('base64 with whitespace and missing padding', Buffer.from(' aGV s bG8 ', 'base64').toString(), Buffer.from('aGVsbG8', 'base64').toString());
console.log('base64url decode of standard base64', Buffer.from('+/+/', 'base64url'), Buffer.from('-_-_', 'base64'));
console.log('hex odd length and bad chars', Buffer.from('abc', 'hex'), Buffer.from('zz11', 'hex'), Buffer.from('11zz22', 'hex'));
console.log('invalid utf8 decodes to U+FFFD', JSON.stringify(Buffer.from([0x61, 0xff, 0xc3, 0x62, 0xe2, 0x82]).toString()));
console.log('lone surrogate encodes as EF BF BD', Buffer.from('a\ud800b'));
console.log('encoding names are case-insensitive', Buffer.from('6869', 'HEX').toString('UTF8'));
console.log('utf16le odd byte dropped', JSON.stringify(Buffer.from([0x41, 0x00, 0x42]).toString('utf16le')));
