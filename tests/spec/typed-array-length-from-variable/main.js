// A typed array's length held in a variable: V8's RangeError names the value, with the constructor's frame
// when uncaught.
const n = -1;
try { new Uint8Array(n); } catch (e) { console.log(e.name, e.message); }
const start = 10;
const end = 4;
try { new Float32Array(end - start); } catch (e) { console.log(e.name, e.message); }
new Int16Array(n);
