// Errors thrown by code a class body runs itself: V8 names the frames <static_initializer> (static blocks
// and static fields) and <instance_members_initializer> (instance fields, under their `new Class` frame).
function boom(what) { throw new Error(what); }
const show = (f) => {
  try { f(); } catch (e) { console.log(e.stack.split('\n').slice(0, 4).join('\n').split(__dirname).join('.')); }
};
show(() => { const K = class Broken { static a = 1; static { boom('static block'); } }; return K; });
class Base { v = boom('base field'); constructor() { this.w = 1; } }
show(() => new Base());
class Plain { #p = boom('private field'); }
show(() => new Plain());
class Parent {}
class Child extends Parent {
  #q = boom('derived field');
  constructor() {
    super();
  }
}
show(() => new Child());
class Implicit extends Parent { z = boom('implicit ctor field'); }
show(() => new Implicit());
function make() {
  return class { static { boom('returned class'); } };
}
show(make);
function declare() {
  const q = 5;
  class S { static { boom('declared in a function'); } }
  return [q, S];
}
show(declare);
const count = 3;
class Config {
  static items = count;
  static total = boom('static field');
}
