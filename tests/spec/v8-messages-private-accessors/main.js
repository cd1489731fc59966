// Private accessors used without their getter or setter, a private field initialised twice through a base
// constructor that returns an existing object, and Reflect.construct with a newTarget that cannot construct.
class A { get #g() { return 1; } set #s(v) {} m() { this.#g = 2; } n() { return this.#s; } }
try { new A().m(); } catch (e) { console.log(e.message); }
try { new A().n(); } catch (e) { console.log(e.message); }
class Base { constructor(o) { return o; } }
class Stamp extends Base { #tag = 1; static has(o) { return #tag in o; } }
const obj = {};
new Stamp(obj);
try { new Stamp(obj); } catch (e) { console.log(e.message); }
try { Reflect.construct(function () {}, [], 1); } catch (e) { console.log(e.message); }
class P { #x = 1; static read(o) { return o.#x; } static write(o) { o.#x = 2; } }
try { P.read({}); } catch (e) { console.log(e.message); }
try { P.write({}); } catch (e) { console.log(e.message); }
