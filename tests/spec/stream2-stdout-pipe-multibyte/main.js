// Piping into process.stdout: multi-byte UTF-8 characters split across small chunks come out intact, stdout
// is not ended by the pipe (it is stdio), write callbacks and cork/uncork on stdout, and a Transform in between.
const fs = require('fs');
const { Transform, pipeline } = require('stream');
const rs = fs.createReadStream('text.txt', { highWaterMark: 3 });
rs.pipe(process.stdout);
rs.on('end', () => {
  console.log('[stdout still writable]', process.stdout.writable, 'writableEnded', process.stdout.writableEnded);
  process.stdout.write(Buffer.from([0xe2, 0x82]));
  process.stdout.write(Buffer.from([0xac, 0x0a]), (err) => {
    console.log('[split euro callback]', err);
    step2();
  });
});
function step2() {
  process.stdout.cork();
  process.stdout.write('corked 1, ');
  process.stdout.write('corked 2\n');
  const corked = process.stdout.writableCorked;
  const length = process.stdout.writableLength;
  process.stdout.uncork();
  console.log('[writableCorked]', corked, '[writableLength]', length, 'after uncork', process.stdout.writableLength);
  const upper = new Transform({
    transform(chunk, enc, cb) { cb(null, chunk.toString('latin1').toUpperCase()); },
  });
  pipeline(fs.createReadStream('text.txt', { start: 0, end: 10 }), upper, process.stdout, (err) => {
    console.log('\n[pipeline into stdout done]', err, 'stdout destroyed', process.stdout.destroyed);
  });
}
