// A let/const/class binding lives in its block or loop: outside it the name is not defined (not a TDZ error).
for (let j = 0; j < 3; j++) {}
try { console.log(j); } catch (e) { console.log(e.name, e.message); }
{ let v = 1; const w = 2; class K {} }
for (const name of ['v', 'w', 'K']) {
  try { console.log(eval(name)); } catch (e) { console.log(e.name, e.message); }
}
try { console.log(q); } catch (e) { console.log(e.name, e.message); }
for (const q of [1]) {}
// A top-level binding read before its declaration ran is still in its temporal dead zone.
function early() { return late; }
try { early(); } catch (e) { console.log(e.name, e.message); }
const late = 1;
if (true) { let inner = 'x'; }
console.log(inner);
