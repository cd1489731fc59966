// Synchronous fs errors carry node 20's lib/fs.js frames above the caller's, for every common sync call.
const fs = require('fs');
fs.writeFileSync(__dirname + '/present.txt', 'x');
const calls = {
  rmSync: () => fs.rmSync('/nope'),
  realpathSync: () => fs.realpathSync('/nope'),
  readlinkSync: () => fs.readlinkSync('/nope'),
  readlinkNotLink: () => fs.readlinkSync(__dirname + '/present.txt'),
  truncateSync: () => fs.truncateSync('/nope'),
  chmodSync: () => fs.chmodSync('/nope', 0o644),
  closeSync: () => fs.closeSync(99),
  fstatSync: () => fs.fstatSync(99),
  utimesSync: () => fs.utimesSync('/nope', 1, 1),
  lutimesSync: () => fs.lutimesSync('/nope', 1, 1),
  writeBuffer: () => fs.writeFileSync('/nope/f', Buffer.from('x')),
  writeLatin1: () => fs.writeFileSync('/nope/f', 'x', 'latin1'),
  writeFlagOnly: () => fs.writeFileSync('/nope/f', 'x', { flag: 'a' }),
  appendBuffer: () => fs.appendFileSync('/nope/f', Buffer.from('x')),
  readFd: () => fs.readFileSync(99),
  symlinkSync: () => fs.symlinkSync('present.txt', __dirname + '/present.txt'),
  mkdtempSync: () => fs.mkdtempSync('/nope/x'),
  writeSync: () => fs.writeSync(99, 'x'),
  readSync: () => fs.readSync(99, Buffer.alloc(1)),
  ftruncateSync: () => fs.ftruncateSync(99),
  fsyncSync: () => fs.fsyncSync(99),
  fdatasyncSync: () => fs.fdatasyncSync(99),
  futimesSync: () => fs.futimesSync(99, 1, 1),
  fchmodSync: () => fs.fchmodSync(99, 0o644),
  chownSync: () => fs.chownSync('/nope', 0, 0),
  lchownSync: () => fs.lchownSync('/nope', 0, 0),
};
for (const [name, call] of Object.entries(calls)) {
  try {
    call();
    console.log(name, 'no error');
  } catch (e) {
    const frames = e.stack.split('\n').filter((l) => l.includes('(node:fs:') || l.includes('tryStatSync'));
    console.log(name, '|', e.message.split(__dirname).join('<dir>'), '|', e.syscall, '|', frames.map((l) => l.trim()).join(' < '));
  }
}
fs.unlinkSync(__dirname + '/present.txt');
