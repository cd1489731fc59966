// fs.createWriteStream: 'open'/'ready'/'finish'/'close' order, bytesWritten, pending, path, flags 'w' vs 'a', write return values.
const fs = require('fs');
const FILE = 'out.tmp.txt';
function writeWith(flags, parts) {
  return new Promise((resolve) => {
    const ws = fs.createWriteStream(FILE, { flags });
    const events = [];
    console.log(`[${flags}] path ${ws.path} pending ${ws.pending} hwm ${ws.writableHighWaterMark} bytesWritten ${ws.bytesWritten}`);
    ws.on('open', (fd) => events.push('open(' + typeof fd + ')'));
    ws.on('ready', () => events.push('ready'));
    ws.on('finish', () => events.push('finish bytesWritten=' + ws.bytesWritten));
    ws.on('close', () => {
      events.push('close');
      console.log(`[${flags}] events: ${events.join(' -> ')}`);
      console.log(`[${flags}] file now ${JSON.stringify(fs.readFileSync(FILE, 'utf8'))}`);
      resolve();
    });
    const rets = parts.map((p) => ws.write(p));
    console.log(`[${flags}] write returns ${rets.join(',')} writableLength ${ws.writableLength}`);
    ws.end(() => events.push('end-cb'));
  });
}
(async () => {
  await writeWith('w', ['hello ', 'world\n']);
  await writeWith('a', ['appended ', Buffer.from('bytes\n')]);
  await writeWith('a', ['é€\n']);
  await writeWith('w', ['replaced\n']);
  const big = fs.createWriteStream(FILE, { highWaterMark: 8 });
  console.log('small hwm: write 10 bytes ->', big.write('0123456789'), 'needDrain', big.writableNeedDrain);
  big.on('drain', () => {
    console.log('drain');
    big.end('!');
  });
  big.on('close', () => {
    console.log('final content', JSON.stringify(fs.readFileSync(FILE, 'utf8')), 'bytesWritten', big.bytesWritten);
    fs.unlinkSync(FILE);
  });
})();
