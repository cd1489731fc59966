// Watch the streams panel: the four small chunks fit in the Transform's buffer, so the source ends early,
// yet the slow Transform still takes one chunk at a time, in order (transform -> write -> next chunk).
// pipeline() calls its callback once, after the collector's 'finish'.
const { Readable, Transform, Writable, pipeline } = require('stream');

const source = Readable.from(['event', 'loop', 'streams', 'pipeline']);
source.on('end', () => console.log('source: end (no more chunks)'));

const slowUpper = new Transform({
  transform(chunk, enc, done) {
    console.log(`transform: got "${chunk}"`);
    setTimeout(() => done(null, String(chunk).toUpperCase()), 2); // slow: 2 ms per chunk
  },
});

const collected = [];
const collector = new Writable({
  write(chunk, enc, done) {
    console.log(`collector: wrote "${chunk}"`);
    collected.push(String(chunk));
    done();
  },
});
collector.on('finish', () => console.log('collector: finish'));

pipeline(source, slowUpper, collector, (err) => {
  console.log('pipeline done:', err ? err.message : 'ok', '->', collected.join(' '));
});
console.log('main script done: nothing has flowed yet');
