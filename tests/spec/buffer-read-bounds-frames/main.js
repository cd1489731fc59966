// A fixed-width read past the end: node's boundsError frames and lib/internal/buffer.js header.
const b = Buffer.alloc(4);
for (const f of [()=>b.readUInt32BE(1), ()=>b.readUInt32BE(10), ()=>b.readUInt8(4), ()=>b.readInt8(4), ()=>b.readUInt16LE(3), ()=>b.readInt32LE(1), ()=>b.readDoubleLE(0), ()=>b.readFloatBE(2), ()=>b.readBigInt64LE(0), ()=>Buffer.alloc(8).readBigUInt64BE(1)]) try { f() } catch (e) { const l = e.stack.split('\n'); console.log(e.code, '|', e.message, '|', l.slice(1, 4).map(x=>x.trim().split(__dirname).join('<dir>')).join(' / ')); }
Buffer.from([1, 2]).readUInt32BE(0);
