// scrypt accepts any key length, short ones included; a short key is a prefix of a longer one.
const crypto = require('crypto');
for (const len of [0, 1, 8, 9, 10, 16]) {
  console.log(len, crypto.scryptSync('password', 'salt', len).toString('hex'));
}
crypto.scrypt('pw', 'salt', 4, (err, key) => console.log('async', err, key.toString('hex')));
