// Flowing mode via 'data'; pause() inside a data handler, resume later; isPaused/readableFlowing along the way.
const { Readable } = require('stream');
let n = 0;
const r = new Readable({
  read() {
    n++;
    if (n <= 6) this.push('chunk' + n);
    else this.push(null);
  },
});
console.log('start flowing', r.readableFlowing, 'isPaused', r.isPaused());
r.on('data', (c) => {
  console.log('data', c.toString(), 'flowing', r.readableFlowing);
  if (c.toString() === 'chunk2') {
    r.pause();
    console.log('paused: isPaused', r.isPaused(), 'flowing', r.readableFlowing);
    setImmediate(() => {
      console.log('immediate: resuming, buffered', r.readableLength);
      r.resume();
      console.log('after resume(): isPaused', r.isPaused(), 'flowing', r.readableFlowing);
    });
  }
});
console.log('after on(data): flowing', r.readableFlowing, 'isPaused', r.isPaused());
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));
process.nextTick(() => console.log('nextTick after setup'));
Promise.resolve().then(() => console.log('microtask after setup'));
