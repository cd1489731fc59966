// Buffer reads of every width, compare, equals and copy that fail their checks show node's frames.
const show = (f) => {
  try { f(); } catch (e) { console.log(e.code, e.stack.split('\n').slice(1, 4).join(' | ').replaceAll(__dirname, '.')); }
};
const b = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]);
show(() => b.readUInt16BE('1'));
show(() => b.readUIntLE(0, 7));
show(() => b.readUIntLE());
show(() => b.readUIntLE(20, 2));
show(() => b.readIntBE(1.5, 3));
show(() => b.readBigInt64LE(4));
show(() => b.compare('x'));
show(() => b.equals([1]));
show(() => b.copy('x'));
console.log(b.readUIntBE(0, 3), b.compare(Buffer.from([1])), b.equals(Buffer.from(b)), b.copy(Buffer.alloc(2)));
b.readUInt8('0');
