// The classic backpressure lesson: copy a 1 MiB file in 4 KiB chunks into fs.createWriteStream, first ignoring
// write()'s return value (the whole file ends up buffered in memory), then waiting for 'drain' (the buffer never
// holds much more than the 16 KiB highWaterMark); finally pipeline() with an uppercasing Transform.
const fs = require('fs');
const { Transform, pipeline } = require('stream');

const CHUNK = 4096;
const data = Buffer.alloc(1024 * 1024);
for (let i = 0; i < data.length; i++) data[i] = 97 + (i % 26);
fs.writeFileSync('big.txt', data);

function copy(respect, done) {
  const out = fs.createWriteStream(respect ? 'copy-respect.txt' : 'copy-ignore.txt');
  const src = fs.readFileSync('big.txt');
  let offset = 0;
  let peak = 0;
  let falses = 0;
  let drains = 0;
  out.on('drain', () => { drains++; if (respect) write(); });
  function write() {
    while (offset < src.length) {
      const ok = out.write(src.subarray(offset, offset + CHUNK));
      offset += CHUNK;
      peak = Math.max(peak, out.writableLength);
      if (!ok) {
        falses++;
        if (respect) return;
      }
    }
    out.end();
  }
  out.on('finish', () => {
    console.log(`${respect ? 'respecting' : 'ignoring  '} write(): peak buffered ${peak} bytes, ` +
      `${falses} false returns, ${drains} drains, ${out.bytesWritten} bytes written`);
    done();
  });
  write();
}

copy(false, () => copy(true, () => {
  const upper = new Transform({
    transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); },
  });
  pipeline(fs.createReadStream('big.txt'), upper, fs.createWriteStream('upper.txt'), (err) => {
    const result = fs.readFileSync('upper.txt', 'latin1');
    console.log('pipeline:', err || 'ok', result.length, result.slice(0, 30));
    for (const f of ['copy-respect.txt', 'copy-ignore.txt']) {
      console.log(f, fs.readFileSync(f).equals(data));
    }
    for (const f of ['big.txt', 'copy-respect.txt', 'copy-ignore.txt', 'upper.txt']) fs.unlinkSync(f);
  });
}));
