// Instance field initializers that write to their own class (an auto-increment id, a static registry):
// Boa 0.22 panicked on these; Looplab runs them after the fields are defined, with V8's frames.
class Base { static created = 0; serial = ++Base.created; kind = 'base'; }
class Item extends Base {
  static #next = 100;
  #id = Item.#next++;
  label = `item-${this.#id}`;
  onClick = () => this.label;
  static make() { return new Item(); }
  get id() { return this.#id; }
}
const a = Item.make(), b = new Item();
console.log(a, b, a.id, b.id, a.onClick.name, a.onClick(), Base.created);
class Child extends Base {
  tag = Child.tags.push(this.serial);
  static tags = [];
  constructor(x) { super(); this.x = x; }
}
console.log(new Child(1), new Child(2), Child.tags);
class Widget { static count = 0; id = Widget.count++; constructor(name) { 'use strict'; this.name = name; } }
console.log(new Widget('w'), new Widget('v'), Widget.toString().length);
class Counter2 {
  static total = 0;
  id = Counter2.total++;
  cfg = loadConfig(this.id);
}
function loadConfig(id) {
  if (id > 0) throw new Error('no config for ' + id);
  return { id };
}
console.log(new Counter2());
try { new Counter2() } catch (e) { console.log(e.stack.replaceAll(__dirname, '.')) }
function boom2() { throw new Error('b'); }
class A2 {
  static n = 0;
  x = boom2();
  constructor() {
    this.y = 1;
  }
}
try { new A2() } catch (e) { console.log(e.stack.replaceAll(__dirname, '.').split('\n').slice(1, 4).join('\n')) }
class B2 extends Object {
  z = boom2();
  constructor() {
    super();
  }
}
try { new B2() } catch (e) { console.log(e.stack.replaceAll(__dirname, '.').split('\n').slice(1, 4).join('\n')) }
class C2 extends A2 { w = 1; }
try { new C2() } catch (e) { console.log(e.stack.replaceAll(__dirname, '.').split('\n').slice(1, 5).join('\n')) }
class Sub extends Counter2 { extra = Sub.name + Counter2.total; }
console.log(new Sub().extra);
