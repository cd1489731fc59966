// Where V8 places a ReferenceError for an undeclared name: a statement's position on its first bytecode, an
// expression position on a variable read or property load once that is taken, none for a called global (the
// position recorded last before it shows), an initializer's start, a loop condition's comparison.
function c01() { console.log(fromatReport(1)); }
function c02() { console.log('x', totl); }
function c03() { if (!quiet) console.log('done'); }
function c04() { while (!done) {} }
function c05() { const v = !flag; return v; }
function c06() { total = count + 1; }
function c07() { const a = 1; console.log(a, nope()); }
function c08() { const a = { b: 1 }; console.log(a.b, nope()); }
function c09() { const a = 1; if (a === 1 && check()) {} }
function c10() { const list = [1]; list.push(make()); }
function c11() { console.log(`v ${render()}`); }
function c12() { console.log(`${missing}`); }
function c13() { process.stdout.write(format()); }
function c14() { for (let i = 0; i < limit(); i++) {} }
function c15() { for (let i = 0; i < max; i++) {} }
function c16() { const o = { a: 1, b: compute() }; return o; }
function c17() { Math.max(values(), 1); }
function c18() { const z = new Widget(); return z; }
function c19() { console.log(new Widget()); }
function c20() { typeof setup === 'x' || init(); }
function c21() { let c = 0; c += step(); }
function c22() { const w = 1; const list = [w, other]; return list; }
const cases = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, c20, c21, c22];
for (const run of cases) {
  try {
    run();
  } catch (e) {
    console.log(`${e.message} | ${e.stack.split('\n')[1].trim().replace(__dirname, '.')}`);
  }
}
console.log(generateReport(2024));
