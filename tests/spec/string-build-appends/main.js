// Building long strings with `+=` and `s = s + ...`: the text is exact (checked by hash), earlier strings keep
// their value when a later append extends them, forks of an older string, non-Latin1 text, numbers and
// objects appended, and `+=` on a number or a const behaving as `+` does. Large enough to be slow if every
// append copied the whole string.
const crypto = require('crypto');
const digest = (s) => crypto.createHash('sha256').update(s).digest('hex').slice(0, 16);
let csv = 'id,name,score\n';
for (let i = 0; i < 60000; i++) csv += `${i},user${i},${(i * 7) % 100}\n`;
console.log('csv', csv.length, digest(csv));
let report = '';
for (let i = 0; i < 40000; i++) report = report + 'line ' + i + ': ' + (i % 3 === 0 ? 'ok' : 'retry') + '\n';
console.log('report', report.length, digest(report));
let out = '';
for (const ch of 'héllo wörld '.repeat(20000)) out += ch;
console.log('chars', out.length, digest(out));
let base = 'x'.repeat(3000);
const snapshot = base;
base += 'A';
const afterA = base;
base += 'B';
const fork = afterA + 'C';
let fork2 = afterA;
fork2 += 'D';
console.log(snapshot.length, afterA.slice(-3), base.slice(-3), fork.slice(-3), fork2.slice(-3));
let wide = 'y'.repeat(2000);
wide += '€';
wide += 'plain';
wide += '😀';
console.log(wide.length, wide.slice(-9), [...wide.slice(-2)].length);
let mixed = 'z'.repeat(1500);
mixed += 42;
mixed += null;
mixed += undefined;
mixed += { toString() { return '[obj]'; } };
mixed += [1, 2];
console.log(mixed.slice(1500));
let n = 1;
n += 2;
n += '3';
console.log(n, typeof n);
const fixed = 'c'.repeat(2000);
try { fixed += 'more'; } catch (e) { console.log(e.name, e.message); }
let sym = 'q'.repeat(1200);
try { sym += Symbol('s'); } catch (e) { console.log(e.name, e.message); }
console.log(sym.length);
