// ESM: import { pipeline } from 'node:stream/promises' with an async generator transform between Readable.from and a Writable.
import { pipeline } from 'node:stream/promises';
import { Readable, Writable } from 'node:stream';
import * as streamNs from 'stream';

const words = ['streams', 'in', 'esm'];
const collected = [];
await pipeline(
  Readable.from(words),
  async function* (source) {
    for await (const w of source) yield w.length + ':' + w;
  },
  new Writable({
    objectMode: true,
    write(chunk, enc, cb) { collected.push(chunk); cb(); },
  }),
);
console.log('collected', collected);
console.log('default export is the Stream constructor:', typeof streamNs.default, streamNs.default === streamNs.Stream);
console.log('named export Readable matches default.Readable:', streamNs.Readable === streamNs.default.Readable);
console.log('top-level await finished');
