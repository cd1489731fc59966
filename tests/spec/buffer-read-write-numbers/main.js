// Buffer numeric read/write: (U)Int8/16/32 LE/BE, (U)IntLE/BE variable width, float/double, BigInt64; return values and range errors.
const b = Buffer.alloc(16);
console.log('writeUInt8 returns offset+1', b.writeUInt8(255, 0));
console.log('writeInt8', b.writeInt8(-2, 1));
console.log('writeUInt16LE', b.writeUInt16LE(0x1234, 2), 'writeUInt16BE', b.writeUInt16BE(0x1234, 4));
console.log('writeInt32LE', b.writeInt32LE(-123456, 6), 'writeUInt32BE', b.writeUInt32BE(0xdeadbeef, 10));
console.log(b);
console.log('reads', b.readUInt8(0), b.readInt8(0), b.readInt8(1), b.readUInt16LE(2).toString(16), b.readUInt16BE(2).toString(16), b.readInt16BE(4));
console.log('int32', b.readInt32LE(6), b.readUInt32LE(6), b.readUInt32BE(10).toString(16), b.readInt32BE(10));
console.log('aliases', b.readUint16LE === b.readUInt16LE, b.writeUint32BE === b.writeUInt32BE);
const v = Buffer.alloc(6);
v.writeUIntBE(0x123456, 0, 3);
v.writeIntLE(-5, 3, 3);
console.log('variable width', v, v.readUIntBE(0, 3).toString(16), v.readIntLE(3, 3), v.readUIntLE(0, 6));
const f = Buffer.alloc(12);
f.writeFloatLE(1.5, 0);
f.writeDoubleBE(-0.1, 4);
console.log('float/double', f, f.readFloatLE(0), f.readDoubleBE(4), f.readFloatBE(0));
f.writeFloatLE(0.1, 0);
console.log('float precision loss', f.readFloatLE(0));
const big = Buffer.alloc(16);
big.writeBigInt64LE(-2n, 0);
big.writeBigUInt64BE(2n ** 64n - 1n, 8);
console.log('bigint', big, big.readBigInt64LE(0), big.readBigUInt64BE(8), big.readBigInt64BE(8));
for (const [label, fn] of [
  ['writeUInt8 256', () => b.writeUInt8(256, 0)],
  ['writeInt16LE 40000', () => b.writeInt16LE(40000, 0)],
  ['readUInt32LE past end', () => b.readUInt32LE(14)],
  ['readInt8 float offset', () => b.readInt8(1.5)],
  ['writeBigInt64LE out of range', () => big.writeBigInt64LE(2n ** 63n, 0)],
  ['readUIntBE width 7', () => v.readUIntBE(0, 7)],
]) {
  try {
    console.log(label, fn());
  } catch (e) {
    console.log(label, '->', e.name, e.code, '|', e.message);
  }
}
