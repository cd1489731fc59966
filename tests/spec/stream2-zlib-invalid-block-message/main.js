// zlib's exact diagnostics for different kinds of corrupt deflate data (invalid block type, invalid
// distance, bad header), through the Sync, callback and stream forms.
const zlib = require('zlib');
const samples = {
  'invalid block type': Buffer.from([0x78, 0x9c, 0xff, 0xff]),
  'bad header': Buffer.from([0x78, 0x00, 0x01]),
  'truncated': zlib.deflateSync('hello hello hello').subarray(0, 6),
  'raw invalid block type': Buffer.from([0x07]),
};
for (const [name, buf] of Object.entries(samples)) {
  try {
    (name.startsWith('raw') ? zlib.inflateRawSync : zlib.inflateSync)(buf);
    console.log(name, 'ok?');
  } catch (e) {
    console.log(name, '->', e.code, e.errno, e.message);
  }
}
const inf = zlib.createInflate();
inf.on('error', (e) => console.log('stream ->', e.code, e.errno, e.message));
inf.end(samples['invalid block type']);
