// A stack overflow is an ordinary, catchable RangeError: in plain recursion, through a native callback
// (Array.prototype.map), through a getter; after it the program carries on, and deep async chains still work.
let depth = 0;
function f() { depth++; f(); }
try { f(); } catch (e) { console.log('plain:', e instanceof RangeError, e.name, e.message, depth > 5000); }
function g() { depth++; return [1].map(g); }
depth = 0;
try { g(); } catch (e) { console.log('through map:', e.name, e.message, depth > 2000); }
class A { get x() { return this.x; } }
try { new A().x; } catch (e) { console.log('getter:', e.name); }
function again(n) { return n === 0 ? 'recovered' : again(n - 1); }
console.log(again(1000));
async function h(n) { return n === 0 ? 0 : 1 + await h(n - 1); }
h(3000).then((v) => console.log('async chain', v));
setTimeout(() => { try { f(); } catch (e) { console.log('in a timer:', e.name); } }, 0);
