// A top-level await of a pipeline that fails: node's stream code read the error's stack as it destroyed the
// stream, so node shows where run_main rethrows it, not where the error was made.
import { pipeline } from 'node:stream/promises';
import { Readable, Transform } from 'node:stream';
const upper = new Transform({
  transform(chunk, enc, cb) {
    if (String(chunk).includes('bad')) return cb(new Error('bad chunk'));
    cb(null, String(chunk).toUpperCase());
  },
});
const out = [];
await pipeline(Readable.from(['ok', 'bad']), upper, async function (source) { for await (const c of source) out.push(String(c)); });
console.log(out);
