// Removing 'data' listeners from a flowing stream: removeAllListeners('data') keeps it flowing and chunks pushed
// meanwhile are emitted to nobody (lost), while off() of the last listener lets chunks buffer until the next one.
const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.on('data', (c) => console.log('first listener', String(c)));
r.push('a');
setImmediate(() => {
  r.removeAllListeners('data');
  console.log('flowing after removeAllListeners', r.readableFlowing);
  r.push('b');
  console.log('buffered', r.readableLength);
  setImmediate(() => {
    r.on('data', (c) => console.log('second listener', String(c)));
    r.push('c');
    setImmediate(() => {
      const r2 = new Readable({ read() {} });
      const f = (c) => console.log('r2 data', String(c));
      r2.on('data', f);
      r2.push('x');
      setImmediate(() => {
        r2.off('data', f);
        r2.push('y');
        console.log('r2 buffered after off', r2.readableLength, 'flowing', r2.readableFlowing);
        r2.once('data', (c) => console.log('r2 once', String(c)));
      });
    });
  });
});
