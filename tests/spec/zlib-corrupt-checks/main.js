// zlib's checks on corrupt input: which trailer check failed, bytes after a gzip member, maxOutputLength;
// and crypto.constants.
const zlib = require('zlib');
const crypto = require('crypto');
const t = (label, f) => { try { console.log(label, String(f())); } catch (e) { console.log(label, e.name, e.code, e.errno, e.message); } };
const g = zlib.gzipSync('part A|');
for (const tail of [[0, 0, 0], [0x78], [1, 2, 3], [0x1f, 0x8b], [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]]) {
  t(`gzip + ${JSON.stringify(tail)}`, () => zlib.gunzipSync(Buffer.concat([g, Buffer.from(tail)])));
}
t('two members', () => zlib.gunzipSync(Buffer.concat([g, zlib.gzipSync('part B')])));
const d = zlib.deflateSync('hello'); d[d.length - 1] ^= 1;
t('adler32', () => zlib.inflateSync(d));
const g2 = zlib.gzipSync('hello'); g2[g2.length - 8] ^= 1;
t('crc32', () => zlib.gunzipSync(g2));
const g3 = zlib.gzipSync('hello'); g3[g3.length - 2] ^= 1;
t('isize', () => zlib.gunzipSync(g3));
t('unzip crc32', () => zlib.unzipSync(g2));
t('maxOutputLength', () => zlib.inflateSync(zlib.deflateSync('abc'.repeat(1000)), { maxOutputLength: 10 }));
t('maxOutputLength ok', () => zlib.inflateSync(zlib.deflateSync('abc'), { maxOutputLength: 10 }));
t('maxOutputLength 0', () => zlib.inflateSync(zlib.deflateSync('abc'), { maxOutputLength: 0 }));
zlib.gunzip(g2, (err) => console.log('callback', err.code, err.message));
console.log(crypto.constants.RSA_PKCS1_PADDING, crypto.constants.TLS1_3_VERSION, Object.keys(crypto.constants).length,
  Object.getPrototypeOf(crypto.constants), Object.getOwnPropertyDescriptor(crypto, 'constants').writable);
