// fs sync: writeFileSync/readFileSync/appendFileSync with encodings and flags ('w', 'a', 'wx' -> EEXIST).
const fs = require('fs');
const path = require('path');
const D = __dirname;
function showErr(label, e) {
  console.log(label, e.code, e.errno, e.syscall, e.message.split(D).join('<dir>'));
}
const file = path.join(D, 'out-encodings.txt');
try {
  fs.writeFileSync(file, 'héllo wörld');
  const buf = fs.readFileSync(file);
  console.log('default read is buffer:', Buffer.isBuffer(buf), buf.length);
  console.log('utf8:', fs.readFileSync(file, 'utf8'));
  console.log('utf-8 option object:', fs.readFileSync(file, { encoding: 'utf-8' }));
  console.log('hex:', fs.readFileSync(file, 'hex'));
  console.log('base64:', fs.readFileSync(file, 'base64'));
  console.log('latin1:', JSON.stringify(fs.readFileSync(file, 'latin1')));

  fs.writeFileSync(file, '68656c6c6f', 'hex');
  console.log('written from hex:', fs.readFileSync(file, 'utf8'));
  fs.writeFileSync(file, 'aGk=', { encoding: 'base64' });
  console.log('written from base64:', fs.readFileSync(file, 'utf8'));
  fs.writeFileSync(file, Buffer.from([0x41, 0x42, 0x43]));
  console.log('written from buffer:', fs.readFileSync(file, 'utf8'));
  fs.writeFileSync(file, new Uint8Array([0x61, 0x62]));
  console.log('written from Uint8Array:', fs.readFileSync(file, 'utf8'));

  fs.writeFileSync(file, 'one\n', { flag: 'w' });
  fs.writeFileSync(file, 'two\n', { flag: 'a' });
  fs.appendFileSync(file, 'three\n');
  fs.appendFileSync(file, Buffer.from('four\n'));
  fs.appendFileSync(file, '66697665', 'hex');
  console.log(JSON.stringify(fs.readFileSync(file, 'utf8')));

  try {
    fs.writeFileSync(file, 'nope', { flag: 'wx' });
  } catch (e) {
    showErr('wx on existing:', e);
  }
  console.log('content unchanged:', JSON.stringify(fs.readFileSync(file, 'utf8')));

  try {
    fs.readFileSync('./does-not-exist.txt', 'utf8');
  } catch (e) {
    showErr('read missing (relative):', e);
  }
  try {
    fs.readFileSync(path.join(D, 'does-not-exist.txt'));
  } catch (e) {
    showErr('read missing (absolute):', e);
  }
  console.log('writeFileSync returns', fs.writeFileSync(file, ''));
  console.log('empty file read:', JSON.stringify(fs.readFileSync(file, 'utf8')), fs.readFileSync(file).length);
  try {
    fs.writeFileSync(file, 42);
  } catch (e) {
    console.log('number data rejected:', e.name, e.code, e.message);
  }
  fs.writeFileSync(file, String(42), { encoding: 'ascii' });
  console.log('explicit string:', fs.readFileSync(file, 'utf8'));
} finally {
  fs.rmSync(file, { force: true });
}
console.log('exists after cleanup:', fs.existsSync(file));
