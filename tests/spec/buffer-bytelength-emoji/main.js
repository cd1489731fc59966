// Buffer.byteLength for emoji, combining marks and each encoding; string length vs byte length vs code points.
const samples = ['a', 'é', 'e\u0301', '€', '😀', '👩‍👩‍👧', '🇫🇷', '日本語', ''];
for (const s of samples) {
  console.log(JSON.stringify(s), 'length', s.length, 'codepoints', [...s].length, 'utf8', Buffer.byteLength(s), 'utf16le', Buffer.byteLength(s, 'utf16le'), 'latin1', Buffer.byteLength(s, 'latin1'));
}
console.log('hex', Buffer.byteLength('abcdef', 'hex'), Buffer.byteLength('abc', 'hex'));
console.log('base64', Buffer.byteLength('aGVsbG8=', 'base64'), Buffer.byteLength('aGVsbG8', 'base64'), Buffer.byteLength('aGVsbG8', 'base64url'));
console.log('buffer and typed arrays', Buffer.byteLength(Buffer.alloc(7)), Buffer.byteLength(new Uint16Array(3)), Buffer.byteLength(new ArrayBuffer(5)));
console.log('emoji buffer', Buffer.from('😀'), Buffer.from('😀').toString() === '😀');
try {
  Buffer.byteLength(42);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
