// fs.promises FileHandle: open, write, read, stat, readFile on the handle, truncate, close, and EBADF after close.
const fsp = require('fs/promises');
const fs = require('fs');
const path = require('path');
const file = path.join(__dirname, 'handle.txt');
(async () => {
  const fh = await fsp.open(file, 'w+');
  try {
    console.log('is FileHandle', fh.constructor.name, typeof fh.fd);
    const w = await fh.write('0123456789');
    console.log('write string ->', w.bytesWritten, JSON.stringify(w.buffer));
    const wb = await fh.write(Buffer.from('ABC'), 0, 3, 2);
    console.log('write buffer at 2 ->', wb.bytesWritten, wb.buffer.toString());
    const buf = Buffer.alloc(6);
    const r = await fh.read(buf, 0, 6, 0);
    console.log('read ->', r.bytesRead, r.buffer === buf, buf.toString());
    const r2 = await fh.read({ buffer: Buffer.alloc(4), position: 8 });
    console.log('read options ->', r2.bytesRead, r2.buffer.toString('utf8', 0, r2.bytesRead));
    console.log('stat ->', (await fh.stat()).size);
    console.log('truncate ->', await fh.truncate(7), (await fh.stat()).size);
  } finally {
    console.log('close ->', await fh.close());
  }
  try {
    await fh.stat();
  } catch (e) {
    console.log('stat after close:', e.code, e.syscall, e.message);
  }
  const rh = await fsp.open(file);
  console.log('readFile on handle ->', await rh.readFile('utf8'));
  console.log('second readFile continues at EOF ->', JSON.stringify(await rh.readFile('utf8')));
  await rh.close();
  const ah = await fsp.open(file, 'a');
  await ah.appendFile('!tail');
  await ah.writeFile('+more');
  await ah.close();
  console.log('after append ->', await fsp.readFile(file, 'utf8'));
  await fsp.unlink(file);
  console.log('cleaned', !fs.existsSync(file));
})();
