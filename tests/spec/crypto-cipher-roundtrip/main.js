// Encrypting and decrypting text the way tutorials do: AES-256-CBC with a derived key, AES-GCM with an
// auth tag and AAD, CTR, ECB, the deprecated createCipher, and a cipher used as a stream.
const crypto = require('crypto');
const fs = require('fs');
// (The deprecation warning names the process id: fixed for the recording.)
Object.defineProperty(process, 'pid', { value: 4242 });
const path = require('path');

const key = crypto.scryptSync('correct horse battery staple', 'salt', 32);
const iv = Buffer.alloc(16, 7);

function encrypt(text) {
  const cipher = crypto.createCipheriv('aes-256-cbc', key, iv);
  return cipher.update(text, 'utf8', 'hex') + cipher.final('hex');
}
function decrypt(hex) {
  const decipher = crypto.createDecipheriv('aes-256-cbc', key, iv);
  return decipher.update(hex, 'hex', 'utf8') + decipher.final('utf8');
}
const secret = encrypt('The eagle lands at midnight. ✅ Ünïcödé too.');
console.log('cbc:', secret);
console.log('back:', decrypt(secret));

// Partial updates: CBC gives whole blocks only, a decipher holds the last block back for the padding.
const c = crypto.createCipheriv('aes-128-cbc', key.subarray(0, 16), iv);
console.log([c.update('0123456789'), c.update('abcdefghij'), c.final()].map((b) => b.length));
const d = crypto.createDecipheriv('aes-128-cbc', key.subarray(0, 16), iv);
console.log([d.update(Buffer.alloc(16)), d.update(Buffer.alloc(16)), d.update(Buffer.alloc(3))].map((b) => b.length));

// GCM: authenticated, with additional data; a wrong tag fails in final().
const nonce = Buffer.from('000102030405060708090a0b', 'hex');
const g = crypto.createCipheriv('aes-256-gcm', key, nonce);
g.setAAD(Buffer.from('header v1'));
const ct = Buffer.concat([g.update('attack at dawn', 'utf8'), g.final()]);
const tag = g.getAuthTag();
console.log('gcm:', ct.toString('base64'), tag.toString('hex'));
const gd = crypto.createDecipheriv('aes-256-gcm', key, nonce);
gd.setAAD(Buffer.from('header v1'));
gd.setAuthTag(tag);
console.log('gcm back:', gd.update(ct, undefined, 'utf8') + gd.final('utf8'));
const bad = crypto.createDecipheriv('aes-256-gcm', key, nonce);
bad.setAuthTag(Buffer.alloc(16));
bad.update(ct);
try { bad.final(); } catch (e) { console.log('tampered:', e.message); }
const short = crypto.createCipheriv('aes-128-gcm', key.subarray(0, 16), Buffer.alloc(16, 1), { authTagLength: 8 });
short.update('x');
short.final();
console.log('8-byte tag with a 16-byte IV:', short.getAuthTag().toString('hex'));

// CTR is a stream cipher: output as long as the input; base64 output carries over between updates.
const ctr = crypto.createCipheriv('aes-192-ctr', key.subarray(0, 24), iv);
console.log('ctr:', [ctr.update('ab', 'utf8', 'base64'), ctr.update('cd', 'utf8', 'base64'), ctr.final('base64')]);
const ecb = crypto.createCipheriv('aes-128-ecb', key.subarray(0, 16), null);
console.log('ecb:', Buffer.concat([ecb.update('sixteen byte msg'), ecb.final()]).toString('hex'));
const raw = crypto.createCipheriv('aes-128-cbc', key.subarray(0, 16), iv).setAutoPadding(false);
console.log('no padding:', raw.update(Buffer.alloc(32)).length, raw.final().length);

// Keys as KeyObjects, the old password API, and what the library knows.
const k = crypto.createSecretKey(key);
console.log(k.type, k.symmetricKeySize, require('util').types.isKeyObject(k), Object.prototype.toString.call(k));
const kc = crypto.createCipheriv('aes-256-cbc', k, iv);
console.log('KeyObject:', kc.update('same', 'utf8', 'hex') + kc.final('hex') === encrypt('same'));
const old = crypto.createCipher('aes-128-cbc', 'password');
console.log('createCipher:', old.update('legacy', 'utf8', 'hex') + old.final('hex'));
console.log(crypto.getCiphers().length, crypto.getCiphers().includes('aes-256-gcm'));
console.log(crypto.getCipherInfo('aes-256-gcm'), crypto.getCipherInfo('AES128'), crypto.getCipherInfo('nope'));

// Encrypt a file through a pipe and read it back.
const src = path.join(__dirname, 'plain.txt');
const enc = path.join(__dirname, 'plain.enc');
fs.writeFileSync(src, 'line one\nline two\n'.repeat(100));
fs.createReadStream(src)
  .pipe(crypto.createCipheriv('aes-256-cbc', key, iv))
  .pipe(fs.createWriteStream(enc))
  .on('finish', () => {
    const bytes = fs.readFileSync(enc);
    const de = crypto.createDecipheriv('aes-256-cbc', key, iv);
    const text = Buffer.concat([de.update(bytes), de.final()]).toString();
    console.log('file:', bytes.length, 'bytes encrypted,', text.split('\n').length - 1, 'lines back');
    fs.unlinkSync(src);
    fs.unlinkSync(enc);
  });
