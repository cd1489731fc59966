// Paused mode: 'readable' events, read(n) with more/less data than buffered, readableLength, null at EOF.
const { Readable } = require('stream');
const parts = ['abcdef', 'ghij', 'klmnopqrstu'];
let i = 0;
const r = new Readable({
  highWaterMark: 8,
  read(size) {
    console.log('_read size', size, 'buffered', this.readableLength);
    const p = parts[i++];
    this.push(p === undefined ? null : p);
  },
});
let round = 0;
r.on('readable', () => {
  round++;
  console.log('readable #' + round, 'length', r.readableLength, 'ended', r.readableEnded);
  let chunk;
  while ((chunk = r.read(4)) !== null) {
    console.log('  read(4) ->', JSON.stringify(chunk.toString()), 'left', r.readableLength);
  }
  console.log('  read(4) -> null, left', r.readableLength);
});
r.on('end', () => console.log('end, readableEnded', r.readableEnded));
r.on('close', () => console.log('close, destroyed', r.destroyed));
console.log('sync: flowing', r.readableFlowing, 'length', r.readableLength);
