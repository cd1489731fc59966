// node's coded errors: String(err) shows the code; two per-code prototypes over the base class.
let e; try { require('path').join(1); } catch (x) { e = x; }
console.log(String(e));
console.log(`${e}`);
console.log(e.constructor === TypeError, e instanceof TypeError, e.name, Object.getPrototypeOf(e) === TypeError.prototype);
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(e)), Object.getOwnPropertyNames(Object.getPrototypeOf(Object.getPrototypeOf(e))));
e.message = 'changed';
console.log(String(e));
let f; try { require('fs').readFileSync('x', { encoding: 5 }); } catch (x) { f = x; }
console.log(f.code, Object.getPrototypeOf(f) === Object.getPrototypeOf(e));
let g; try { require('path').basename(2); } catch (x) { g = x; }
console.log(Object.getPrototypeOf(g) === Object.getPrototypeOf(e));
try { Buffer.alloc(-1); } catch (x) { console.log(String(x), x instanceof RangeError); }
console.log(Object.prototype.toString.call(e), require('util').types.isNativeError(e));
