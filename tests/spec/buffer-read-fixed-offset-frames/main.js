// Fixed-width reads that fail their offset checks: node's boundsError line differs by failure (82 for a
// non-integer offset, 86 past the end of a too-short buffer, 88 out of range).
const b = Buffer.alloc(4);
for (const f of [() => b.readUInt16BE(1.5), () => b.readFloatLE(9), () => Buffer.alloc(0).readBigInt64LE(), () => b.readUint32LE(1)]) try { f(); } catch (e) { console.log(e.stack.split('\n').slice(0, 4).join(' | ').replaceAll(__dirname, '.')); }
