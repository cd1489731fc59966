// cork()/uncork() batches writes into one _writev call; nested cork needs matching uncorks; end() flushes corked data.
const { Writable } = require('stream');
const w = new Writable({
  write(chunk, enc, cb) {
    console.log('_write', JSON.stringify(chunk.toString()));
    cb();
  },
  writev(chunks, cb) {
    console.log('_writev', chunks.length, 'chunks:', chunks.map((c) => c.chunk.toString() + '/' + c.encoding).join(' '));
    cb();
  },
});
w.write('single');
console.log('-- cork');
w.cork();
w.write('a');
w.write('b');
w.write(Buffer.from('c'));
console.log('corked', w.writableCorked, 'len', w.writableLength);
w.uncork();
console.log('uncorked (sync), len', w.writableLength);
console.log('-- double cork');
w.cork();
w.cork();
w.write('d');
w.write('e');
w.uncork();
console.log('after one uncork corked=', w.writableCorked, 'len', w.writableLength);
w.uncork();
console.log('after second uncork corked=', w.writableCorked, 'len', w.writableLength);
process.nextTick(() => {
  console.log('-- cork then nextTick uncork');
  w.cork();
  w.write('f');
  w.write('g');
  process.nextTick(() => w.uncork());
  setImmediate(() => {
    console.log('-- cork then end');
    w.cork();
    w.write('h');
    w.end('i');
  });
});
w.on('finish', () => console.log('finish'));
