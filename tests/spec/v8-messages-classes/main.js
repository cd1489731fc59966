// Class errors in V8's words: calling a class, super constructors of `extends null` chains, heritage values,
// derived constructors' returns and double super calls, private members read, written and called on foreign
// objects, Symbol/Date receivers, instanceof with a prototype-less function, Object.setPrototypeOf cycles.
const t = (label, f) => { try { f(); console.log(label, 'no error'); } catch (e) { console.log(label, e.name, '|', e.message); } };
class A {}
t('call', () => A.call({}));
t('apply', () => A.apply({}));
t('reflect-apply', () => Reflect.apply(A, {}, []));
t('plain-call', () => A());
const Alias = A;
const registry = { Klass: A };
t('alias-call', () => Alias());
t('member-call', () => registry.Klass());
class B extends null {}
class C extends B {}
const Anon = class extends null {};
t('extends-null', () => new B());
t('extends-null-chain', () => new C());
t('extends-null-expr', () => new Anon());
const arrow = () => {};
const plain = { a: 1 };
t('extends-arrow', () => { class E extends arrow {} return E; });
t('extends-object', () => { class E extends plain {} return E; });
t('extends-number', () => { class E extends 5 {} return E; });
t('extends-string', () => { class E extends 'abc' {} return E; });
t('extends-native', () => { class E extends Math.max {} return E; });
class ReturnsOne extends Object { constructor() { super(); return 1; } }
class SuperTwice extends Object { constructor() { super(); super(); } }
t('derived-return', () => new ReturnsOne());
t('super-twice', () => new SuperTwice());
class P {
  #field = 1;
  #method() { return 1; }
  get #secret() { return 2; }
  static write(o) { o.#field = 2; }
  static read(o) { return o.#field; }
  static call(o) { return o.#method(); }
  static getter(o) { return o.#secret; }
}
t('private-write', () => P.write({}));
t('private-read', () => P.read({}));
t('private-method', () => P.call({}));
t('private-getter', () => P.getter({}));
const Q = class { #m() {} static c(o) { o.#m(); } };
t('private-anonymous', () => Q.c({}));
t('symbol-toString', () => Symbol.prototype.toString.call('x'));
t('symbol-valueOf', () => Symbol.prototype.valueOf.call({}));
t('date-getTime', () => Date.prototype.getTime.call({}));
t('date-toISOString', () => Date.prototype.toISOString.call({}));
t('instanceof-arrow', () => ({}) instanceof (() => {}));
const cyclic = {};
t('cyclic', () => Object.setPrototypeOf(cyclic, cyclic));
t('cyclic-chain', () => { const a = {}; const b = Object.create(a); return Object.setPrototypeOf(a, b); });
t('cyclic-proto', () => { const a = {}; a.__proto__ = a; });
t('not-extensible', () => Object.setPrototypeOf(Object.preventExtensions({}), {}));
t('reflect-construct-arrow', () => Reflect.construct(() => {}, []));
t('reflect-construct-number', () => Reflect.construct(1, []));
t('derived-proto-ok', () => Object.setPrototypeOf({}, null));
