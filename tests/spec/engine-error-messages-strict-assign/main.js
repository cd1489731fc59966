// Failed assignments and deletes in strict code say why, as V8 does (getter only, not extensible, primitive base,
// frozen array), and more engine messages in V8's words.
"use strict";
class C { get area(){ return 1; } }
try { new C().area = 5; } catch (e) { console.log(e.message); }
try { undeclared = 1; } catch (e) { console.log(e.message); }
try { Object.preventExtensions({}).y = 1; } catch (e) { console.log(e.message); }
try { delete Object.freeze({a:1}).a; } catch (e) { console.log(e.message); }
try { "str".length = 1; } catch (e) { console.log(e.message); }
try { (5).x = 1; } catch (e) { console.log(e.message); }
const frozen = Object.freeze({ a: 1 });
try { frozen.a = 2; } catch (e) { console.log(e.message); }
try { frozen.b = 2; } catch (e) { console.log(e.message); }
const arr = Object.freeze([1, 2]);
try { arr[0] = 9; } catch (e) { console.log(e.message); }
try { arr.push(3); } catch (e) { console.log(e.message); }
const sealed = Object.seal({ s: 1 });
try { sealed.t = 1; } catch (e) { console.log(e.message); }
try { delete sealed.s; } catch (e) { console.log(e.message); }
class P { #x = 1; static read(o) { return o.#x; } }
try { P.read({}); } catch (e) { console.log(e.message); }
try { Object.defineProperty(frozen, 'a', { value: 3 }); } catch (e) { console.log(e.message); }
try { class A extends 5 {} } catch (e) { console.log(e.message); }
try { ({}) instanceof {}; } catch (e) { console.log(e.message); }
try { BigInt(undefined); } catch (e) { console.log(e.message); }
try { Symbol() * 2; } catch (e) { console.log(e.message); }
try { Array.prototype.map.call(null, (x) => x); } catch (e) { console.log(e.message); }
try { Math.max(...{}); } catch (e) { console.log(e.message); }
try { new RegExp('['); } catch (e) { console.log(e.message); }
try { new RegExp('a', 'gg'); } catch (e) { console.log(e.message); }
try { encodeURIComponent('\ud800'); } catch (e) { console.log(e.message); }
try { 'abc'.repeat(Infinity); } catch (e) { console.log(e.message); }
try { new Uint8Array(-1); } catch (e) { console.log(e.message); }
try { new ArrayBuffer(-1); } catch (e) { console.log(e.message); }
try { new Set(5); } catch (e) { console.log(e.message); }
try { Number.prototype.toString.call('x'); } catch (e) { console.log(e.message); }
