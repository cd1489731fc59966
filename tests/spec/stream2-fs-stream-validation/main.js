// Argument validation of fs.createReadStream / createWriteStream (all synchronous throws with node's codes
// and messages), a FileHandle as `fd`, the `flush` option, and the DEP0135 warning of the open() method.
const fs = require('fs');
const attempts = [
  ['read path number', () => fs.createReadStream(123)],
  ['read path undefined', () => fs.createReadStream()],
  ['read path with NUL', () => fs.createReadStream('a\u0000b')],
  ['read options number', () => fs.createReadStream('in.txt', 5)],
  ['read bad encoding', () => fs.createReadStream('in.txt', 'bogus')],
  ['read bad encoding option', () => fs.createReadStream('in.txt', { encoding: 'nope' })],
  ['read fd string', () => fs.createReadStream(null, { fd: '3' })],
  ['read fd negative', () => fs.createReadStream(null, { fd: -2 })],
  ['read fd float', () => fs.createReadStream(null, { fd: 1.5 })],
  ['read end negative', () => fs.createReadStream('in.txt', { end: -1 })],
  ['read start string', () => fs.createReadStream('in.txt', { start: '1' })],
  ['read signal bad', () => fs.createReadStream('in.txt', { signal: 'x' })],
  ['read fs.open bad', () => fs.createReadStream('in.txt', { fs: { open: 1 } })],
  ['write path object', () => fs.createWriteStream({})],
  ['write flush string', () => fs.createWriteStream('w.tmp', { flush: 'yes' })],
  ['write start negative', () => fs.createWriteStream('w.tmp', { start: -5 })],
  ['write encoding bad', () => fs.createWriteStream('w.tmp', { encoding: 'zzz' })],
];
for (const [label, fn] of attempts) {
  try {
    const s = fn();
    console.log(label, '-> created', s.constructor.name);
    s.destroy();
  } catch (e) {
    console.log(label, '->', e.name, e.code, e.message);
  }
}
process.on('warning', (w) => console.log('warning:', w.name, w.code, w.message));
(async () => {
  const fh = await fs.promises.open('in.txt', 'r');
  const rs = fs.createReadStream(null, { fd: fh, encoding: 'utf8' });
  let text = '';
  rs.on('data', (d) => { text += d; });
  rs.on('close', () => {
    console.log('FileHandle stream read', JSON.stringify(text), 'handle fd after close', fh.fd);
    const ws = fs.createWriteStream('w.tmp', { flush: true });
    ws.end('flushed', () => {
      console.log('flush:true wrote', fs.readFileSync('w.tmp', 'utf8'), 'flush', ws.flush);
      ws.on('close', () => {
        fs.unlinkSync('w.tmp');
        const r2 = fs.createReadStream('in.txt');
        r2.open();
        r2.destroy();
        fs.createWriteStream('w2.tmp').open();
        setImmediate(() => {
          if (fs.existsSync('w2.tmp')) fs.unlinkSync('w2.tmp');
          console.log('done');
        });
      });
    });
  });
})();
