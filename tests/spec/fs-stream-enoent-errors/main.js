// Error paths: createReadStream of a missing file (ENOENT, relative path in message), createWriteStream into a missing dir, EISDIR.
const fs = require('fs');
function describe(label, err, stream) {
  console.log(label, err.code, err.syscall, 'errno', err.errno);
  console.log('   message:', err.message.includes(__dirname) ? '(absolute path!)' : err.message);
  console.log('   path property', err.path, 'destroyed', stream.destroyed);
}
const rs = fs.createReadStream('missing.txt');
const events = [];
rs.on('open', () => events.push('open'));
rs.on('error', (err) => {
  events.push('error');
  describe('read missing:', err, rs);
});
rs.on('close', () => {
  events.push('close');
  console.log('read stream events', events.join(','));
  const ws = fs.createWriteStream('no-such-dir/out.txt');
  ws.on('error', (err) => describe('write into missing dir:', err, ws));
  ws.write('data', (err) => console.log('pending write cb error code', err && err.code));
  ws.on('close', () => {
    const dir = fs.createReadStream('.');
    dir.on('error', (err) => describe('read a directory:', err, dir));
    dir.on('open', () => console.log('directory opened fine; the read fails'));
    dir.on('close', () => console.log('all done'));
    dir.resume();
  });
});
