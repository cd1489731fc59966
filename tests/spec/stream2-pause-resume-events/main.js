// 'pause' and 'resume' events: emitted only on state changes, resume() is asynchronous ('resume' fires on
// the next tick), isPaused(), readableFlowing transitions, and pause() while a 'readable' listener exists.
const { Readable } = require('stream');
const log = [];
const r = new Readable({ read() {} });
r.on('pause', () => log.push('pause event, flowing=' + r.readableFlowing));
r.on('resume', () => log.push('resume event, flowing=' + r.readableFlowing));
log.push('initial isPaused=' + r.isPaused() + ' flowing=' + r.readableFlowing);
r.pause();
log.push('after pause isPaused=' + r.isPaused() + ' flowing=' + r.readableFlowing);
r.pause();
r.resume();
log.push('after resume (sync) flowing=' + r.readableFlowing);
r.resume();
process.nextTick(() => {
  log.push('next tick');
  r.push('a');
  r.on('data', (c) => {
    log.push('data ' + c);
    r.pause();
    log.push('paused in data, isPaused=' + r.isPaused());
  });
  r.push('b');
  r.push('c');
  setImmediate(() => {
    log.push('buffered ' + r.readableLength);
    r.resume();
    setImmediate(() => {
      console.log(log.join('\n'));
      part2();
    });
  });
});
function part2() {
  const r2 = new Readable({ read() {} });
  r2.on('pause', () => console.log('r2 pause'));
  r2.on('resume', () => console.log('r2 resume'));
  r2.on('readable', () => console.log('r2 readable, flowing', r2.readableFlowing));
  console.log('r2 flowing with readable listener', r2.readableFlowing);
  r2.resume();
  console.log('r2 resume() with readable listener: flowing', r2.readableFlowing);
  r2.removeAllListeners('readable');
  process.nextTick(() => {
    console.log('r2 after removing readable listener: flowing', r2.readableFlowing);
    r2.on('data', (d) => console.log('r2 data', String(d)));
    console.log('r2 flowing after data listener', r2.readableFlowing);
    r2.push('z');
    r2.push(null);
  });
}
