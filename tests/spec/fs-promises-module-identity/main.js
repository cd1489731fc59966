// require('fs/promises'), require('node:fs/promises') and require('fs').promises are the same object; methods are promise-returning.
const fs = require('fs');
const a = require('fs/promises');
const b = require('node:fs/promises');
console.log('fs/promises === fs.promises', a === fs.promises);
console.log('node:fs/promises === fs/promises', a === b);
console.log('node:fs === fs', require('node:fs') === fs);
for (const name of ['readFile', 'writeFile', 'open', 'stat', 'mkdir', 'rm', 'readdir', 'access', 'copyFile', 'rename']) {
  console.log(name, typeof a[name]);
}
console.log('constants shared', a.constants === fs.constants);
const p = a.readFile(__filename, 'utf8');
console.log('returns promise', p instanceof Promise);
p.then((text) => console.log('first line:', text.split('\n')[0]));
