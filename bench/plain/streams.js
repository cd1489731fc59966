// Plain-Boa EQUIVALENT of bench/streams.js: Boa has no Node streams (nor Buffer), so the same 512 chunks of 16 KiB
// go through the same upper-casing and checksum in a plain loop over strings. It measures the data work only: no
// stream machinery, no backpressure, no event loop.
const CHUNKS = 512;
const SIZE = 16 * 1024;
let base = '';
for (let i = 0; i < SIZE; i++) base += String.fromCharCode(97 + (i % 26));
let bytes = 0;
let sum = 0;
for (let c = 0; c < CHUNKS; c++) {
  const out = base.toUpperCase();
  bytes += out.length;
  sum = (sum * 31 + out.charCodeAt(0) + out.charCodeAt(out.length - 1)) % 1000000007;
}
console.log('streams', 'ok', bytes, 'checksum', sum);
