// A parameter default reading a later parameter: V8's TDZ message, placed at the name in the default.
function area(w = h, h = 2) { return w * h; }
try { area(); } catch (e) { console.log(e.message, e.stack.split('\n')[1].split(__dirname).join('<dir>')); }
console.log(area(3));
const f = (a = b, b = 1) => a;
f();
