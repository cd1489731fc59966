// TextEncoder/TextDecoder: encode/encodeInto, decode with BOM handling, fatal mode errors, stream option for split sequences, utf-16le/latin1.
const enc = new TextEncoder();
console.log(enc.encoding, enc.encode('hé€😀'), enc.encode().length, enc.encode('a\ud800'));
const target = new Uint8Array(5);
console.log('encodeInto', enc.encodeInto('a€😀', target), target);
const dec = new TextDecoder();
console.log(dec.encoding, dec.fatal, dec.ignoreBOM, JSON.stringify(dec.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]))));
console.log('ignoreBOM keeps it', JSON.stringify(new TextDecoder('utf-8', { ignoreBOM: true }).decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x68]))));
console.log('replacement', JSON.stringify(dec.decode(new Uint8Array([0x61, 0xff, 0x62]))));
try {
  new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff]));
} catch (e) {
  console.log('fatal:', e.name, e.code, e.message);
}
const s = new TextDecoder();
const bytes = enc.encode('€😀');
console.log('stream', JSON.stringify(s.decode(bytes.subarray(0, 2), { stream: true })), JSON.stringify(s.decode(bytes.subarray(2, 5), { stream: true })), JSON.stringify(s.decode(bytes.subarray(5))));
console.log('decode ArrayBuffer and DataView', new TextDecoder().decode(enc.encode('ab').buffer), new TextDecoder().decode(new DataView(enc.encode('cd').buffer)));
console.log('utf-16le', new TextDecoder('utf-16le').decode(new Uint8Array([0x68, 0, 0x69, 0])), new TextDecoder('utf-16le').encoding);
console.log('latin1 label maps to windows-1252', new TextDecoder('latin1').encoding, new TextDecoder('latin1').decode(new Uint8Array([0xe9, 0x80])));
console.log('label normalization', new TextDecoder(' UTF8 ').encoding, new TextDecoder('unicode-1-1-utf-8').encoding);
try {
  new TextDecoder('nope');
} catch (e) {
  console.log('bad label:', e.name, e.code, e.message);
}
console.log('no argument decode', JSON.stringify(new TextDecoder().decode()));
