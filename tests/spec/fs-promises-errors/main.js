// fs.promises errors are rejections with the same code/errno/syscall/message as the sync API; argument errors reject too.
const fsp = require('fs').promises;
const path = require('path');
const D = __dirname;
const show = (label, e) => console.log(label, e.code, e.errno, e.syscall, e.message.split(D).join('<dir>'));
(async () => {
  try {
    await fsp.readFile('./missing.txt');
  } catch (e) {
    show('readFile missing:', e);
  }
  try {
    await fsp.mkdir(D);
  } catch (e) {
    show('mkdir existing:', e);
  }
  try {
    await fsp.rmdir(path.join(D, 'main.js'));
  } catch (e) {
    show('rmdir file:', e);
  }
  try {
    await fsp.open('./missing/deeper.txt', 'r');
  } catch (e) {
    show('open missing:', e);
  }
  const p = fsp.readFile(undefined);
  console.log('invalid arg returns a promise:', p instanceof Promise);
  try {
    await p;
  } catch (e) {
    console.log('invalid arg rejection:', e.name, e.code, e.message);
  }
  const settled = await Promise.allSettled([
    fsp.stat('./main.js').then((s) => s.isFile()),
    fsp.stat('./nope'),
    fsp.readdir('./main.js'),
    fsp.access('./main.js'),
  ]);
  for (const s of settled) {
    console.log(s.status, s.status === 'fulfilled' ? s.value : `${s.reason.code} ${s.reason.syscall}`);
  }
})();
