// Float and double reads/writes round and encode NaN as node's typed-array views do.
const b = Buffer.alloc(8);
b.writeFloatBE(NaN); console.log(b.subarray(0, 4));
console.log(b.writeFloatBE(16777217)); console.log(b.subarray(0, 4), b.readFloatBE());
b.writeDoubleLE(NaN); console.log(b);
b.writeDoubleBE(Math.PI, 0); console.log(b, b.readDoubleBE(0), b.readDoubleLE());
b.writeFloatLE(-0.1, 4); console.log(b, b.readFloatLE(4), b.readFloatLE(4) === Math.fround(-0.1));
for (const k of ['readFloatLE', 'readFloatBE', 'writeDoubleLE', 'writeDoubleBE']) console.log(k, Buffer.prototype[k].name);
console.log(b.writeFloatLE(Infinity, 4), b.readFloatLE(4), b.writeDoubleLE(-Infinity), b);
try { b.writeFloatLE(1, 5); } catch (e) { console.log(e.code, e.message); }
