// The Unix filter idiom: process.stdin -> uppercasing Transform -> process.stdout with pipeline.
const { Transform, pipeline } = require('stream');
const upper = new Transform({ transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); } });
pipeline(process.stdin, upper, process.stdout, (err) => {
  console.log('\npipeline done:', err ? err.code : 'ok');
});
