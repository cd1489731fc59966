// opendir's errors name the opendir syscall (node 20's sync form leaves the path out of the message),
// and an uncaught one shows node's lib/internal/fs/dir.js line.
const fs = require('fs');
try { fs.opendirSync('nope'); } catch (e) { console.log(e.message, e.syscall, e.path, e.code); }
fs.opendir('nope', (e) => {
  console.log(e.message, e.syscall, e.path);
  fs.promises.opendir('nope').catch((e2) => {
    console.log('promise', e2.message, e2.syscall, e2.path);
    fs.opendirSync('missing-dir');
  });
});
