// A zlib error from a sync call shows node's frames (zlibOnError, processChunkSync, syncBufferWrapper) and,
// uncaught, node's `throw self[kError]` line.
const zlib = require('zlib');
const show = (e) => console.log(e.stack.split('\n').slice(0, 8).join('\n').replaceAll(__dirname, '.'), e.errno, e.code);
try { zlib.inflateSync(Buffer.from('xx')); } catch (e) { show(e); }
const { gunzipSync } = zlib;
try { gunzipSync(Buffer.from('nope')); } catch (e) { show(e); }
zlib.gunzip(Buffer.from('nope'), (e) => console.log('callback:', e.code));
setTimeout(() => zlib.gunzipSync(Buffer.from('this is not gzip')), 10);
