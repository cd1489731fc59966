// Reading a private field through `this` when a method lost its receiver: V8 names the private key and points
// at its `.`.
class Counter { #n = 0; inc() { return ++this.#n; } }
const counter = new Counter();
const inc = counter.inc;
try { inc(); } catch (e) { console.log(e.message); }
console.log(counter.inc());
