// util.promisify on fs callback functions (incl. fs.exists' custom promisify) and callbackify of fs.promises.
const fs = require('fs');
const util = require('util');
const readFile = util.promisify(fs.readFile);
const stat = util.promisify(fs.stat);
const exists = util.promisify(fs.exists);
const read = util.promisify(fs.read);
(async () => {
  console.log('readFile:', JSON.stringify(await readFile('./note.txt', 'utf8')));
  console.log('stat size:', (await stat('./note.txt')).size);
  console.log('exists (custom promisify):', await exists('./note.txt'), await exists('./nope'));
  try {
    await readFile('./nope');
  } catch (e) {
    console.log('rejected:', e.code, e.message);
  }
  const fd = fs.openSync('./note.txt', 'r');
  const res = await read(fd, Buffer.alloc(4), 0, 4, 0);
  console.log('promisified fs.read resolves to', Object.keys(res), res.bytesRead, res.buffer.toString());
  fs.closeSync(fd);
  const cbRead = util.callbackify(fs.promises.readFile);
  cbRead('./note.txt', 'utf8', (err, text) => {
    console.log('callbackified:', err, JSON.stringify(text));
    cbRead('./nope', (err2) => console.log('callbackified error:', err2.code));
  });
})();
