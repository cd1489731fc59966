// util.promisify of built-ins: rl.question's custom form, fs.read/write's named results.
const fs = require('fs');
const util = require('util');
const readline = require('readline');
console.log(typeof fs.read[util.promisify.custom], typeof fs.write[util.promisify.custom]);
const file = require('path').join(__dirname, 'out.tmp');
const fd = fs.openSync(file, 'w+');
util.promisify(fs.write)(fd, 'hello').then(async (r) => {
  console.log(r);
  const got = await util.promisify(fs.read)(fd, Buffer.alloc(5), 0, 5, 0);
  console.log(got.bytesRead, String(got.buffer));
  fs.closeSync(fd);
  fs.unlinkSync(file);
  const rl = readline.createInterface({ input: process.stdin });
  const answer = await util.promisify(rl.question).bind(rl)('Name? ');
  console.log('answer:', answer);
  rl.close();
});
