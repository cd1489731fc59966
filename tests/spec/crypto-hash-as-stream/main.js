// Hash and Hmac are Transform streams: piped into, written and ended, read, used in pipeline().
const crypto = require('crypto');
const fs = require('fs');
const { pipeline } = require('stream/promises');
console.log(crypto.createHash('sha256').update('abc').digest('hex'));
fs.createReadStream(__filename).pipe(crypto.createHash('sha256')).setEncoding('hex').on('data', (d) => console.log('pipe', d.length));
const h = crypto.createHash('md5'); h.write('hello '); h.end('world'); console.log('read', h.read().toString('hex'));
const hm = crypto.createHmac('sha1', 'key'); hm.on('readable', () => { const d = hm.read(); if (d) console.log('hmac', d.toString('hex')); }); hm.write('data'); hm.end();
(async () => {
  const hash = crypto.createHash('sha1');
  await pipeline(fs.createReadStream(__filename), hash);
  console.log('pipeline', hash.read().length);
  console.log(crypto.createHash('sha256').update('x').digest('base64'));
})();
