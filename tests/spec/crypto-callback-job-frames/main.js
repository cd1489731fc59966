// node calls a crypto callback on its job object, from the job's completion: the callback's frame is
// `PBKDF2Job.<anonymous>` (an arrow) or `ScryptJob.named`, under node's `job.ondone` frames. The last one
// throws, uncaught.
const crypto = require('crypto');
const frames = (tag) => console.log(tag, new Error('x').stack.split('\n').slice(1).map((l) => l.trim().replace(__dirname, '.')).join(' | '));
crypto.pbkdf2('pw', 'salt', 10, 8, 'sha256', () => {
  frames('pbkdf2');
  crypto.scrypt('pw', 'salt', 8, function named() {
    frames('scrypt');
    crypto.randomBytes(8, (err, buf) => {
      frames('randomBytes ' + buf.length);
      crypto.randomFill(Buffer.alloc(4), () => {
        frames('randomFill');
        crypto.hkdf('sha256', 'key', 'salt', 'info', 8, (err, key) => {
          frames('hkdf ' + key.byteLength);
          crypto.pbkdf2('password', 'salt', 1000, 32, 'sha256', (err, key) => {
            const user = undefined;
            console.log('derived', key.length, 'for', user.name);
          });
        });
      });
    });
  });
});
