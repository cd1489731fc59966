// Hoisting lessons: var is hoisted as undefined, function declarations whole, let/const/class into the
// temporal dead zone; each access before initialization names the binding V8 names.
try { console.log(x); let x = 1; } catch (e) { console.log(e.message); }
try { console.log(y); const y = 1; } catch (e) { console.log(e.message); }
try { new C(); class C {} } catch (e) { console.log(e.message); }
try { let a = a; } catch (e) { console.log(e.message); }
try { let t = 1; { tdz; let tdz = 2; } } catch (e) { console.log(e.message); }
function f() { return later; }
try { f(); } catch (e) { console.log(e.message); }
let later = 5;
console.log(f());
try { console.log(v); var v = 1; console.log(v); } catch (e) { console.log(e.message); }
try { hoisted(); function hoisted() { console.log('hoisted ok'); } } catch (e) { console.log(e.message); }
try { notHoisted(); var notHoisted = function () {}; } catch (e) { console.log(e.message); }
try { arrow(); const arrow = () => {}; } catch (e) { console.log(e.message); }
try { console.log(typeof undeclared, typeof tdz2); let tdz2; } catch (e) { console.log(e.message); }
class Q { static m() { return R; } }
try { Q.m(); } catch (e) { console.log(e.message); }
let R = 1;
function total(n) {
  return n + base;
}
console.log(total(1));
const base = 10;
