// A callback throwing inside a Buffer's or typed array's method: V8 names the builtin's frame after the
// receiver's class (`Buffer.forEach`, `Float32Array.reduce`), not `Array`.
const buf = Buffer.from([1, 2]);
const floats = new Float32Array([1, 2]);
function r1() { buf.forEach(function each(b) { return b.x.y; }); }
function r2() { floats.reduce(function sum(a) { return a.x.y; }); }
function r3() { Buffer.from([3]).map(function double(b) { return b.x.y; }); }
function r4() { new Uint16Array([4]).filter(function keep(v) { return v.x.y; }); }
function r5() { [1].forEach(function each(v) { return v.x.y; }); }
function r6() { new Map([[1, 2]]).forEach(function each(v) { return v.x.y; }); }
const runs = [r1, r2, r3, r4, r5, r6];
for (const run of runs) {
  try {
    run();
  } catch (e) {
    console.log(e.stack.split('\n').slice(1, 3).map((l) => l.trim().replace(__dirname, '.')).join(' | '));
  }
}
buf.every((b) => b.missing.value);
