// An object whose toString converts itself again: V8 recurses until the stack overflows (a RangeError);
// the conversion is re-entered each time.
let n = 0;
const o = { toString() { n++; return n > 5 ? 'end' : 'x' + String(this); } };
console.log(String(o), n);
const loop = { toString() { return String(this); } };
try { String(loop); } catch (e) { console.log(e.name, e.message); }
