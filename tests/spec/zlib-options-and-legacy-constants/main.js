// zlib: node's option range checks, the info engine, and the legacy Z_* constants on the module.
const z = require('zlib');
console.log(z.Z_BEST_COMPRESSION, z.GZIP, z.Z_SYNC_FLUSH, Object.keys(z).includes('Z_SYNC_FLUSH'), z.gzipSync('a', { info: true }).engine.constructor.name);
for (const o of [{ level: 42 }, { chunkSize: 10 }, { windowBits: 3 }, { memLevel: 0 }, { strategy: 9 }, { level: 'a' }, { level: Infinity }]) {
  try { z.gzipSync('x', o); console.log('ok'); } catch (e) { console.log(e.code, e.message); }
}
try { z.createDeflate({ level: 10 }); } catch (e) { console.log(e.code, e.message); }
console.log(z.inflateSync(z.deflateSync('hi', { windowBits: 9 })).toString(), z.gunzipSync(z.gzipSync('yo'), { windowBits: 0 }).toString());
