// Readable.pipe(process.stdout) never ends stdout; stream/promises pipeline into process.stdout with { end: false } resolves.
const { Readable, Transform } = require('stream');
const { pipeline } = require('stream/promises');
const lines = Readable.from(['first line\n', 'second line\n']);
lines.pipe(process.stdout);
lines.on('end', async () => {
  console.log('pipe ended; stdout.writableEnded', process.stdout.writableEnded);
  let n = 0;
  const number = new Transform({
    transform(chunk, enc, cb) {
      cb(null, `${++n}| ${chunk}`);
    },
  });
  const res = await pipeline(Readable.from(['alpha\n', 'beta\n', 'gamma\n']), number, process.stdout, { end: false });
  console.log('pipeline resolved with', res, 'stdout still writable', process.stdout.writable, 'ended', process.stdout.writableEnded);
  process.stdout.write('stdout works after pipeline\n');
});
