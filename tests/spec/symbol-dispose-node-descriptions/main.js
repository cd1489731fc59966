// Node 20 defines Symbol.dispose and Symbol.asyncDispose itself, described `nodejs.dispose`.
console.log(Symbol.dispose, Symbol.asyncDispose);
console.log(Symbol.dispose.description, Symbol.asyncDispose.description);
console.log(Symbol.dispose.toString(), Symbol.asyncDispose.toString());
console.log(typeof Symbol.dispose, Symbol.dispose === Symbol.dispose);
console.log(Object.getOwnPropertyDescriptor(Symbol, 'dispose'));
console.log(Symbol.iterator, Symbol('x').description, Symbol().description, Object(Symbol('boxed')).toString());
class Resource { [Symbol.dispose]() { console.log('disposed'); } }
const r = new Resource();
console.log(r, Object.getOwnPropertySymbols(Resource.prototype));
r[Symbol.dispose]();
console.log({ [Symbol.asyncDispose]: 1, [Symbol.dispose]: 2 });
const t = setTimeout(() => {}, 10);
console.log(typeof t[Symbol.dispose]);
t[Symbol.dispose]();
console.log(String(Symbol.prototype.toString), String(Object.getOwnPropertyDescriptor(Symbol.prototype, 'description').get));
try { Symbol.prototype.toString.call({}); } catch (e) { console.log(e.name); }
