// Misused crypto calls as a webhook verifier or checksum tool makes them: node's own frames under the error,
// the binding's errors with a plain `code`, and an uncaught createHmac without a secret (an unset env var).
const crypto = require('crypto');
const frames = (e) => e.stack.split('\n').slice(0, 4).join('\n').replaceAll(__dirname, '.');
const checks = {
  updateAfterDigest: () => { const h = crypto.createHash('sha256'); h.digest('hex'); h.update('again'); },
  digestTwice: () => { const h = crypto.createHash('md5'); h.digest(); h.digest('hex'); },
  updateNumber: () => crypto.createHash('sha1').update(42),
  hmacUpdateNumber: () => crypto.createHmac('sha256', 'k').update(5),
  copyAfterDigest: () => { const h = crypto.createHash('sha256'); h.digest(); h.copy(); },
  oddHex: () => crypto.createHash('sha256').update('abc', 'hex'),
  lengths: () => crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')),
  strings: () => crypto.timingSafeEqual('a', 'b'),
  negativeSize: () => crypto.randomBytes(-1),
  sizeType: () => crypto.randomBytes('8'),
  intRange: () => crypto.randomInt(5, 1),
  intType: () => crypto.randomInt(1.5),
  uuidOptions: () => crypto.randomUUID(5),
};
for (const [name, f] of Object.entries(checks)) {
  try { f(); console.log(name, 'ok'); } catch (e) { console.log(`${name}: code=${e.code}\n${frames(e)}`); }
}
const utils = { sign: (body, secret) => crypto.createHmac('sha256', secret).update(body).digest('hex') };
console.log(utils.sign('{"id":1}', process.env.LOOPLAB_TEST_UNSET_SECRET));
