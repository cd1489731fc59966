// Checksumming a file by piping it into a Hash, then calling digest(): node's stream flush digests through
// the native handle, so digest() still works (and gives the same value); an Hmac's gives '' then.
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const { pipeline } = require('stream/promises');
const file = path.join(__dirname, 'blob.bin');
fs.writeFileSync(file, Buffer.alloc(100000, 'looplab'));
process.on('exit', () => fs.rmSync(file, { force: true }));
(async () => {
  const hash = crypto.createHash('sha256');
  await pipeline(fs.createReadStream(file), hash);
  console.log('sha256', hash.digest('hex'));
  try { hash.digest('hex'); } catch (e) { console.log(e.code, e.message); }
  const hmac = crypto.createHmac('sha1', 'secret');
  const chunks = [];
  hmac.on('data', (c) => chunks.push(c));
  await pipeline(fs.createReadStream(file), hmac);
  console.log('hmac via stream', Buffer.concat(chunks).toString('hex'));
  console.log('hmac digest() after', JSON.stringify(hmac.digest('hex')));
  try { hmac.update('x'); } catch (e) { console.log(e.code); }
})();
