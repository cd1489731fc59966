const crypto = require('crypto');
for (const a of ['SHA256','sha-256','sha2-256','SHA2-256','RSA-SHA256','sha256WithRSAEncryption','sha512-256','SHA512/256','sha512/256','rsa-sha512/256','ripemd','RIPEMD160','rmd160','ripemd-160','sha3-256','SHA3-256','sha3256','shake128','shake256','blake2b512','blake2s256','md5-sha1','sm3','ssl3-md5','ssl3-sha1','sha-1','SHA1','sha-512/224','sha512-224','md4','whirlpool','sha-384','sha2-384','sha2-512/256', 'RSA-SHA1-2','id-rsassa-pkcs1-v1_5-with-sha3-256'])
  try { const h = crypto.createHash(a).update('abc'); console.log(a, h.digest('hex').slice(0, 16)); } catch (e) { console.log(a, 'ERR', e.code, e.message); }
for (const a of ['shake128','shake256']) console.log(a, crypto.createHash(a, {outputLength: 5}).update('abc').digest('hex'));
try { crypto.createHash('sha256', {outputLength: 5}) } catch (e) { console.log(e.code, e.message); }
try { crypto.createHmac('nope', 'k'); } catch (e) { console.log(e.name, e.code, e.message); }
try { crypto.createHmac('shake128', 'k').update('a').digest('hex'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(crypto.createHmac('sha3-256', 'k').update('a').digest('hex'));
console.log(crypto.createHmac('ripemd160', 'k').update('a').digest('hex'));
console.log(crypto.createHmac('RSA-SHA256', 'k').update('a').digest('hex'));
const h = crypto.createHmac('sha256', 'k'); h.digest('hex'); console.log(JSON.stringify(h.digest('hex')), h.digest(), JSON.stringify(h.digest('base64')));
try { h.update('x') } catch (e) { console.log(e.code, e.message); }
const g = crypto.createHash('sha256'); g.digest(); try { g.digest() } catch (e) { console.log(e.code, e.message); }
console.log(h.constructor.name, g.constructor.name, typeof crypto.Hash, typeof crypto.Hmac, h instanceof crypto.Hmac);
console.log(crypto.hash ? crypto.hash('sha1', 'abc') : 'nohash');
console.log(crypto.pbkdf2Sync('p','s',1,8,'sha3-256').toString('hex'), crypto.pbkdf2Sync('p','s',1,8,'RSA-SHA256').toString('hex'));
try { crypto.pbkdf2Sync('p','s',1,8,'nope') } catch (e) { console.log(e.name, e.code, e.message); }
