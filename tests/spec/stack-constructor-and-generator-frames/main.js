// V8 names frames: `new X` for a class constructor however reached (a subclass's super() call placed at
// `super`, an implicit constructor at its class), `new F` for an ES5 constructor, generators with their `.next`
// builtin frame, private methods without their class, builtins under an anonymous caller.
const show = (e) => console.log(e.stack.split('\n').slice(0, 4).join('\n').split(__dirname).join('.'));
class Account {
  constructor(owner, balance) {
    if (balance < 0) throw new RangeError('negative balance');
    this.owner = owner;
    [1].forEach(() => { if (!owner) throw new Error('in arrow'); });
  }
  static create(o) { return new Account(o, -1); }
}
try { new Account('a', -5); } catch (e) { show(e); }
try { new Account('', 5); } catch (e) { show(e); }
try { Account.create('x'); } catch (e) { show(e); }
const Point = class {
  constructor(x) { if (typeof x !== 'number') throw new TypeError('x must be a number'); }
};
try { new Point('a'); } catch (e) { show(e); }
class Savings extends Account {
  constructor(owner) {
    super(owner, -1);
  }
}
try { new Savings('z'); } catch (e) { show(e); }
class Checking extends Account {}
try { new Checking('q', -2); } catch (e) { show(e); }
class HttpError extends Error {
  constructor(status, msg) { super(msg); this.status = status; }
}
class NotFound extends HttpError { constructor() { super(404, 'not found'); } }
try { throw new NotFound(); } catch (e) { show(e); }
function Person(name) { if (!(this instanceof Person)) throw new Error('use new'); this.name = name; }
try { Person('x'); } catch (e) { show(e); }
Person.prototype.greet = function greet() { throw new Error('greet'); };
try { new Person('y').greet(); } catch (e) { show(e); }
class Bad extends Account { constructor() { this.x = 1; super(); } }
try { new Bad(); } catch (e) { show(e); }
function Legacy(n) { this.n = n; if (n < 0) throw new Error('legacy'); }
try { new Legacy(-1); } catch (e) { show(e); }
function Animal(name) { if (!name) throw new TypeError('name required'); this.name = name; }
function Dog(name) { Animal.call(this, name); }
Dog.prototype = Object.create(Animal.prototype);
Dog.prototype.constructor = Dog;
try { new Dog(); } catch (e) { show(e); }
function* ids() { yield 1; throw new Error('ids ran out'); }
try { const it = ids(); it.next(); it.next(); } catch (e) { show(e); }
const store = { *items() { throw new Error('items'); } };
try { store.items().next(); } catch (e) { show(e); }
class Tree { *walk() { throw new Error('walk'); } #hidden() { throw new Error('private'); } run() { this.#hidden(); } }
try { new Tree().walk().next(); } catch (e) { show(e); }
try { new Tree().run(); } catch (e) { show(e); }
async function* feed() { throw new Error('async generator'); }
feed().next().catch(show);
function show2(f) { try { f(); } catch (e) { show(e); } }
show2(() => [1].forEach(function each() { throw new Error('in forEach'); }));
