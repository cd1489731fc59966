// fs.createReadStream edge cases: the fd option (no 'open'; path undefined), start beyond the end of the
// file, start === end, end only, 'ready' before the first 'data', pending, close() with a callback, and
// autoClose: false leaving the fd open.
const fs = require('fs');
function collect(label, rs, done) {
  const ev = [];
  let data = '';
  rs.on('open', (fd) => ev.push('open ' + typeof fd));
  rs.on('ready', () => ev.push('ready'));
  rs.on('data', (c) => { data += c; });
  rs.on('end', () => ev.push('end'));
  rs.on('close', () => {
    ev.push('close');
    console.log(label.padEnd(22), JSON.stringify(data), ev.join(','), 'bytesRead', rs.bytesRead);
    done && done();
  });
  rs.on('error', (e) => ev.push('error ' + e.code));
}
const steps = [
  (next) => {
    const fd = fs.openSync('data.txt', 'r');
    const rs = fs.createReadStream(null, { fd, start: 2, end: 5 });
    console.log('fd stream: path', rs.path, 'pending', rs.pending, 'fd matches', rs.fd === fd);
    collect('fd option', rs, next);
  },
  (next) => collect('start beyond end', fs.createReadStream('data.txt', { start: 100 }), next),
  (next) => collect('start === end', fs.createReadStream('data.txt', { start: 3, end: 3 }), next),
  (next) => collect('end only', fs.createReadStream('data.txt', { end: 4, encoding: 'utf8' }), next),
  (next) => collect('hwm 7', fs.createReadStream('data.txt', { highWaterMark: 7, encoding: 'latin1' }), next),
  (next) => {
    const rs = fs.createReadStream('data.txt');
    console.log('pending before open', rs.pending, 'path', rs.path);
    rs.on('ready', () => {
      console.log('ready: pending', rs.pending);
      rs.close((err) => {
        console.log('close callback', err && err.code, err && err.message, 'destroyed', rs.destroyed, 'closed', rs.closed);
        next();
      });
    });
  },
  (next) => {
    const rs = fs.createReadStream('data.txt', { autoClose: false });
    rs.resume();
    rs.on('end', () => {
      setImmediate(() => {
        console.log('autoClose false: destroyed', rs.destroyed, 'fd still set', typeof rs.fd);
        rs.destroy();
        rs.on('close', () => { console.log('closed after destroy, fd', rs.fd); next(); });
      });
    });
  },
  (next) => {
    for (const opts of [{ start: -1 }, { start: 5, end: 2 }, { end: 'x' }, { start: 1.5 }]) {
      try {
        fs.createReadStream('data.txt', opts);
        console.log('opts', JSON.stringify(opts), 'ok');
      } catch (e) {
        console.log('opts', JSON.stringify(opts), e.code, e.message);
      }
    }
    next();
  },
];
let i = 0;
const next = () => { const s = steps[i++]; if (s) s(next); };
next();
