// V8 names a method's frame after its receiver's class (`Child.fail` for a method of Base), the property it
// was reached by (`[as alias]`), or no receiver at all (`fail` for a method called on its own).
const show = (e) => console.log(e.stack.split('\n')[1].trim().split(__dirname).join('.'));
class K { static m() { return new Error('s'); } inst() { return new Error('i'); } }
show(K.m());
class Base { fail() { return new Error('b'); } }
class Child extends Base {}
show(new Child().fail());
const g = new Child(); const f = g.fail; show(f());
const o = { run() { return new Error('o'); }, h: function () { return new Error('h'); } };
show(o.run()); show(o.h());
const o2 = { alias: o.run }; show(o2.alias());
const arrowObj = { a: () => new Error('a') }; show(arrowObj.a());
function Legacy() {} Legacy.prototype.go = function () { return new Error('l'); }; show(new Legacy().go());
const nul = Object.create(null); nul.x = function () { return new Error('n'); }; show(nul.x());
show([1].map(function named() { return new Error('m'); })[0]);
show(o.run.call(5));
show(o.run.call('str'));
const p = new Proxy({}, { get(t, k) { return new Error('p'); } }); show(p.foo);
show(Reflect.apply(o.run, new Map(), []));
const mixin = { validate() { return new Error('v'); } }; class User {} Object.assign(User.prototype, mixin); show(new User().validate());
function F() {} F.m = function () { return new Error('f'); }; show(F.m());
function G() {} G.s = function named() { return new Error('g'); }; show(G.s());
const obj = {}; obj.handler = function () { return new Error('h'); }; show(obj.handler());
module.exports.foo = function () { return new Error('e'); }; show(module.exports.foo());
class K2 { m() { return [1].map(() => new Error('arrow in method'))[0]; } } show(new K2().m());
class Q2 { m() { return new Error('q'); } } const q = new Q2(); show(q.m.call(undefined)); show(q.m.call(globalThis));
function sloppy() { return new Error('sl'); } show(sloppy()); const so = { sloppy }; show(so.sloppy());
const bound = q.m.bind(q); show(bound());
class Str extends String { x() { return new Error('str'); } } show(new Str('a').x());
const date = new Date(0); date.f = function () { return new Error('d'); }; show(date.f());
