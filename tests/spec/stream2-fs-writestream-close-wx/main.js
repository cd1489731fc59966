// fs.createWriteStream edge cases: flags 'wx' on an existing file fails with EEXIST (error then close),
// write() after close()/end() reports ERR_STREAM_WRITE_AFTER_END, 'ready' and bytesWritten, the 'a' flag
// appending, and writing with a start offset into an existing file.
const fs = require('fs');
const file = 'out.tmp.txt';
fs.writeFileSync(file, 'existing');
const steps = [
  (next) => {
    const ws = fs.createWriteStream(file, { flags: 'wx' });
    const ev = [];
    ws.on('open', () => ev.push('open'));
    ws.on('error', (e) => ev.push(`error ${e.code} ${e.syscall} ${e.message.replace(process.cwd(), '<cwd>')}`));
    ws.on('close', () => {
      ev.push('close');
      console.log('wx on existing:', ev.join(' | '));
      next();
    });
    ws.write('never');
  },
  (next) => {
    const ws = fs.createWriteStream(file);
    ws.on('ready', () => console.log('ready, pending', ws.pending));
    ws.write('abc', (err) => console.log('write cb', err));
    ws.end('def', () => {
      console.log('end cb: bytesWritten', ws.bytesWritten, 'content', fs.readFileSync(file, 'utf8'));
      ws.write('late', (err) => console.log('late write cb', err.code));
    });
    ws.on('error', (e) => console.log('error event', e.code, e.message));
    ws.on('close', () => setImmediate(next));
  },
  (next) => {
    const ws = fs.createWriteStream(file, { flags: 'a' });
    ws.end('+appended', () => {
      console.log('after append', fs.readFileSync(file, 'utf8'));
      next();
    });
  },
  (next) => {
    const ws = fs.createWriteStream(file, { flags: 'r+', start: 2 });
    ws.end('XY', () => {
      console.log('after r+ start 2', fs.readFileSync(file, 'utf8'));
      next();
    });
  },
  (next) => {
    const ws = fs.createWriteStream(file);
    ws.close((err) => {
      console.log('close() before writing, cb err', err, 'closed', ws.closed, 'destroyed', ws.destroyed);
      console.log('file emptied', JSON.stringify(fs.readFileSync(file, 'utf8')));
      ws.write('x', (e) => console.log('write after close cb', e && e.code));
      ws.on('error', (e) => console.log('error after close', e.code));
      setImmediate(next);
    });
  },
  (next) => {
    const ws = fs.createWriteStream('no-such-dir/x.txt');
    ws.on('error', (e) => {
      console.log('missing dir', e.code, e.syscall, e.errno, JSON.stringify(e.path));
      next();
    });
  },
  () => {
    fs.unlinkSync(file);
    console.log('cleaned up', fs.existsSync(file));
  },
];
let i = 0;
const next = () => { const s = steps[i++]; if (s) s(next); };
next();
