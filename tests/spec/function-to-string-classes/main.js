// A class's toString is its source text (Boa keeps none for classes; Looplab finds it in the user's files).
const util = require('util');
class Animal {
  constructor(name) { this.name = name; }
  speak() { return `${this.name} makes a sound`; }
  static create(n) { return new Animal(n); }
  get upper() { return this.name.toUpperCase(); }
}
class Dog extends Animal { speak() { return 'woof'; } }
const Anon = class {
  hello() {}
};
const holder = { Inner: class { x() {} } };
console.log(Animal.toString());
console.log(`${Dog}`);
console.log(String(Anon));
console.log(String(holder.Inner));
console.log(Dog, Anon, holder.Inner, [Dog]);
console.log(util.inspect(Animal, { showHidden: true }));
function make() { return class Local { m() {} }; }
console.log(String(make()));
console.log(String(Map), String(Promise), String(Error), String(class {}));
const { Sub } = require('./lib');
console.log(String(Sub), Sub);
console.log(Function.prototype.toString.call(Dog).length);
class A2 { constructor(x) { this.x = x; } m() { return 1; } }
console.log(String(A2));
console.log(A2.toString());
console.log(`${class {}}`);
console.log(A2.prototype.m.toString());
const o = { f() {}, get g() { return 1; }, async *h() {} };
console.log(o.f.toString(), Object.getOwnPropertyDescriptor(o, 'g').get.toString(), o.h.toString());
console.log((function* gen() { yield 1; }).toString());
console.log((async () => 1).toString());
console.log(Math.max.toString(), (function(){}).bind(null).toString());
class B2 extends A2 { static s = 1; #p = 2; }
console.log(B2.toString());
