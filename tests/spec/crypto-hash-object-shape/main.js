// A Hash/Hmac prints as node's does (options, handle, finalized state) and is a Transform once streams load.
const crypto = require('crypto');
const { Transform } = require('stream');
const h = crypto.createHash('sha256');
console.log(h);
console.log(crypto.createHmac('sha1', 'key'));
console.log(h instanceof Transform, typeof h.pipe);
h.update('abc');
console.log(h.digest('hex'));
console.log(h);
