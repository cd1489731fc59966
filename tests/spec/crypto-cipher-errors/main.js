// The mistakes people make with ciphers: wrong key or IV sizes, a wrong password, the wrong order of calls.
const crypto = require('crypto');
const key = Buffer.alloc(32, 1);
const iv = Buffer.alloc(16, 2);
const show = (what, f) => {
  try {
    console.log(what, f());
  } catch (e) {
    console.log(what, '->', `${e.name}: ${e.message}`, e.code, Object.keys(e));
    console.log(e.stack.split('\n').slice(1, 5).join('\n').replaceAll(__dirname, '.'));
  }
};
show('short key', () => crypto.createCipheriv('aes-256-cbc', 'too short', iv));
show('8-byte iv', () => crypto.createCipheriv('aes-256-cbc', key, Buffer.alloc(8)));
show('ecb with iv', () => crypto.createCipheriv('aes-256-ecb', key, iv));
show('unknown', () => crypto.createCipheriv('aes-256-xyz', key, iv));
show('key type', () => crypto.createCipheriv('aes-256-cbc', 42, iv));
show('iv type', () => crypto.createCipheriv('aes-256-cbc', key, 42));
show('tag length', () => crypto.createCipheriv('aes-256-gcm', key, iv, { authTagLength: 3 }));
const secret = (() => { const c = crypto.createCipheriv('aes-256-cbc', key, iv); return Buffer.concat([c.update('hi'), c.final()]); })();
show('wrong key', () => { const d = crypto.createDecipheriv('aes-256-cbc', Buffer.alloc(32, 9), iv); d.update(secret); return d.final(); });
show('truncated', () => { const d = crypto.createDecipheriv('aes-256-cbc', key, iv); d.update(secret.subarray(0, 7)); return d.final(); });
show('odd hex', () => crypto.createDecipheriv('aes-256-cbc', key, iv).update('abc', 'hex'));
show('update after final', () => { const c = crypto.createCipheriv('aes-256-cbc', key, iv); c.final(); return c.update('x'); });
show('final twice', () => { const c = crypto.createCipheriv('aes-256-cbc', key, iv); c.final(); return c.final(); });
show('no padding', () => { const c = crypto.createCipheriv('aes-256-cbc', key, iv).setAutoPadding(false); c.update('abc'); return c.final(); });
show('tag too early', () => crypto.createCipheriv('aes-256-gcm', key, iv.subarray(0, 12)).getAuthTag());
show('aad on cbc', () => crypto.createCipheriv('aes-256-cbc', key, iv).setAAD(Buffer.from('x')));
show('tag twice', () => crypto.createDecipheriv('aes-256-gcm', key, iv.subarray(0, 12)).setAuthTag(Buffer.alloc(16)).setAuthTag(Buffer.alloc(16)));
show('missing tag', () => { const d = crypto.createDecipheriv('aes-256-gcm', key, iv.subarray(0, 12)); d.update(Buffer.alloc(4)); return d.final(); });
show('bad output encoding', () => crypto.createCipheriv('aes-256-ctr', key, iv).update('x', 'utf8', 'bogus'));
// Uncaught: the classic wrong-password crash.
const d = crypto.createDecipheriv('aes-256-cbc', Buffer.alloc(32, 5), iv);
d.update(secret);
d.final('utf8');
