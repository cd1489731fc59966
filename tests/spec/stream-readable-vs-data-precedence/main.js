// Mixing 'readable' and 'data' listeners: 'readable' wins (data only arrives via read()); removing it restores flowing on next tick.
const { Readable } = require('stream');
const log = (m) => console.log(m);
const r = new Readable({ read() {} });
r.on('data', (c) => log('data ' + c));
r.on('readable', function onReadable() {
  log('readable, length ' + r.readableLength);
  const c = r.read();
  log('read() -> ' + c);
  if (String(c).includes('two')) {
    r.removeListener('readable', onReadable);
    log('removed readable listener; flowing ' + r.readableFlowing);
    process.nextTick(() => {
      log('next tick flowing ' + r.readableFlowing);
      r.push('three');
      r.push(null);
    });
  }
});
r.push('one');
setImmediate(() => r.push('two'));
r.on('end', () => log('end'));
