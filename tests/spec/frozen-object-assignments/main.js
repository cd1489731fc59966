// Strict-mode writes that fail, as classes and modules make them: V8 says why (read only, not extensible,
// a primitive), and names the instance's class.
'use strict';
class P { constructor() { this.x = 1; Object.freeze(this); } move() { this.x++; } tag() { this.label = 1; } }
const p = new P();
try { p.move(); } catch (e) { console.log(e.message); }
try { p.tag(); } catch (e) { console.log(e.message); }
const arr = Object.freeze([1, 2]);
try { arr[5] = 9; } catch (e) { console.log(e.message); }
try { arr.push(3); } catch (e) { console.log(e.message); }
const o = Object.freeze({ a: 1 });
try { o.a = 2; } catch (e) { console.log(e.message); }
try { o.b = 2; } catch (e) { console.log(e.message); }
try { 'str'.len = 3; } catch (e) { console.log(e.message); }
try { (5).x = 1; } catch (e) { console.log(e.message); }
const d = {}; Object.defineProperty(d, 'x', { value: 1 });
try { d.x = 2; } catch (e) { console.log(e.message); }
const g = { get v() { return 1; } };
try { g.v = 2; } catch (e) { console.log(e.message); }
class Q { #p = 1; static s = 1; }
const fq = Object.freeze(new Q());
try { fq.z = 1; } catch (e) { console.log(e.message); }
const sealed = Object.seal({ a: 1 });
try { sealed.b = 1; } catch (e) { console.log(e.message); }
try { delete sealed.a; } catch (e) { console.log(e.message); }
try { delete Object.prototype; } catch (e) { console.log(e.message); }
const n5 = 5;
const flag = true;
try { n5.x = 1; } catch (e) { console.log(e.message); }
try { flag.y = 1; } catch (e) { console.log(e.message); }
try { (5).z = 1; } catch (e) { console.log(e.message); }
class Frozen { constructor() { this.x = 1; Object.freeze(this); } }
class Sub extends Frozen { constructor() { super(); this.y = 2; } }
try { new Sub(); } catch (e) { console.log(e.message); }
class Point { constructor(x) { this.x = x; } }
const pt = Object.freeze(new Point(1));
try { pt.x = 5; } catch (e) { console.log(e.message); }
try { pt.z = 5; } catch (e) { console.log(e.message); }
p.move();
