// Transform pushing several outputs per input: split into lines across chunk boundaries, remainder emitted in flush.
const { Transform, Readable } = require('stream');
let calls = 0;
const splitter = new Transform({
  readableObjectMode: true,
  construct(cb) {
    this.tail = '';
    cb();
  },
  transform(chunk, enc, cb) {
    calls++;
    const lines = (this.tail + chunk).split('\n');
    this.tail = lines.pop();
    let rets = [];
    for (const l of lines) rets.push(this.push(l));
    console.log('chunk', calls, JSON.stringify(chunk.toString()), 'pushed', lines.length, 'returns', rets.join(','), 'tail', JSON.stringify(this.tail));
    cb();
  },
  flush(cb) {
    if (this.tail) this.push(this.tail);
    cb();
  },
});
Readable.from(['one\ntw', 'o\nthree\nfour\nfi', 've', '\n\nsix'], { objectMode: false })
  .pipe(splitter)
  .on('data', (line) => console.log('line', JSON.stringify(line)))
  .on('end', () => console.log('end after', calls, 'transform calls'));
