// fs sync: argument validation errors (TypeError/RangeError with ERR_* codes) are thrown before any I/O.
const fs = require('fs');
function attempt(label, fn) {
  try {
    console.log(label, 'ok', fn());
  } catch (e) {
    console.log(label, e.name, e.code, '|', e.message);
  }
}
attempt('readFileSync()', () => fs.readFileSync());
attempt('readFileSync(123.5)', () => fs.readFileSync(123.5));
attempt('readFileSync({})', () => fs.readFileSync({}));
attempt('readFileSync bad encoding', () => fs.readFileSync(__filename, 'no-such-enc'));
attempt('writeFileSync data object', () => fs.writeFileSync('./never.txt', { a: 1 }));
attempt('existsSync(null)', () => fs.existsSync(null));
attempt('existsSync(42)', () => fs.existsSync(42));
attempt('mkdirSync(undefined)', () => fs.mkdirSync(undefined));
attempt('mkdirSync recursive string', () => fs.mkdirSync('./never', { recursive: 'yes' }));
attempt('readSync bad fd', () => fs.readSync('x', Buffer.alloc(1)));
attempt('readSync negative fd', () => fs.readSync(-1, Buffer.alloc(1)));
attempt('closeSync float fd', () => fs.closeSync(1.5));
attempt('openSync bad flag', () => fs.openSync(__filename, 'zz'));
attempt('truncateSync string len', () => fs.truncateSync('./never.txt', '1'));
attempt('path with null byte', () => fs.readFileSync('./a\u0000b'));
attempt('readSync out of range', () => {
  const fd = fs.openSync(__filename, 'r');
  try {
    return fs.readSync(fd, Buffer.alloc(4), 2, 8, 0);
  } finally {
    fs.closeSync(fd);
  }
});
console.log('no stray files', fs.existsSync('./never.txt'), fs.existsSync('./never'));
fs.rmSync('./never.txt', { force: true });
fs.rmSync('./never', { recursive: true, force: true });
