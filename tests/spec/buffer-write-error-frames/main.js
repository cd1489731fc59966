// A Buffer write that fails its checks shows node's frames (checkInt, writeU_Int16BE, Buffer.writeUInt16BE...).
const show = (f) => {
  try { f(); } catch (e) { console.log(e.stack.split('\n').slice(0, 5).join('\n').replaceAll(__dirname, '.')); }
};
const b = Buffer.alloc(4);
show(() => b.writeUInt16BE(70000, 0));
show(() => b.writeInt8(-200));
show(() => b.writeUInt32LE(1, 2));
show(() => b.writeFloatBE(1.5, 1.5));
show(() => b.writeDoubleLE(1, 0));
show(() => b.writeUIntLE(1, 0, 7));
show(() => b.writeIntBE(2 ** 40, 0, 3));
show(() => b.writeBigInt64LE(1n, 0));
show(() => b.writeUint8(1, '0'));
b.writeInt8(-1.5);
console.log(b[0], b.writeUint8 === b.writeUInt8, b.writeUInt16BE.length, b.writeUIntLE.name);
try {
  new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from([0xff]));
} catch (e) {
  console.log(String(e), e.code, Object.keys(e), e.stack.split('\n')[1]);
}
const td = new TextDecoder('utf-8', { fatal: true });
td.decode(Buffer.from([0xe2]), { stream: true });
try { td.decode(); } catch (e) { console.log(e.stack.split('\n')[1]); }
Buffer.alloc(2).writeUInt16LE(0x10000);
