// `super` in instance field initializers reads the parent class's prototype (not its static side), with the
// instance as receiver: plain reads, getters, calls, computed keys, arrows kept for later, private fields,
// and a method of an object literal inside an initializer, which has its own `super`.
class Base {
  static who() { return 'static Base.who'; }
  who() { return `Base.who on ${this.constructor.name}`; }
  get label() { return `label of ${this.id}`; }
  fail() { throw new Error(`fail from ${this.constructor.name}`); }
}

class Child extends Base {
  id = 7;
  direct = super.who();
  label2 = super.label;
  key = 'who';
  computed = super[this.key]();
  later = () => super.who();
  #secret = () => super.label;
  nested = { tag() { return super.toString === Object.prototype.toString; } }.tag();
  static s = super.who();
  reveal() { return this.#secret(); }
}

class Grand extends Child {
  id = 9;
  mine = super.later === undefined;
  again = super.who();
}

const c = new Child();
console.log(c.direct, '|', c.label2, '|', c.computed, '|', c.later(), '|', c.reveal());
console.log(c.nested, Child.s);
console.log(c.later.name, Object.keys(c));
const g = new Grand();
console.log(g.again, g.mine, g.later());

class Thrower extends Base {
  callFail = () => super.fail();
}
try {
  new Thrower().callFail();
} catch (e) {
  console.log(e.stack.replaceAll(__dirname, '.'));
}

class Missing extends Base {
  value = super.nothing();
}
new Missing();
