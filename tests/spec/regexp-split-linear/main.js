// str.split(/re/): the spec's corner cases, and long strings (a readline line of 200 KB, a 1 MB log).
const cases = [
  ['a,b,,c', /,/], ['a,b,,c', /,/, 2], ['a1b22c333', /\d+/], ['a1b22c333', /(\d)+/], ['abc', /(?:)/],
  ['abc', /x*/], ['', /x/], ['', /(?:)/], ['a-b_c', /(-)|(_)/], ['test', /(?=s)/], ['test', /t/],
  ['\uD83D\uDE00x\uD83D\uDE00', /(?:)/u], ['\uD83D\uDE00x\uD83D\uDE00', /(?:)/], ['aXbxc', /x/i],
  ['line1\r\nline2\nline3\rline4', /\r?\n|\r(?!\n)/], ['a b  c', / +/], ['a,b', /,/g], ['a,b', /,/y],
  ['one two', /(?<w>o)/], ['abcabc', /b/, 0], ['abcabc', /b/, -1], ['abcabc', /b/, 1.5], ['a\nb', /^/m],
  ['aaa', /a*?/], ['aaa', /a*/], ['ab', /(?<=a)/], ['x', /x/], ['xy', /$/],
];
for (const [s, re, limit] of cases) {
  console.log(JSON.stringify(s), String(re), limit, JSON.stringify(limit === undefined ? s.split(re) : s.split(re, limit)));
}
const re = /,/;
re.lastIndex = 3;
console.log('split leaves lastIndex', 'a,b'.split(re), re.lastIndex);
class MyRe extends RegExp {}
console.log('subclass', 'a1b2'.split(new MyRe('\\d')));
const custom = /-/;
custom.exec = function (s) { console.log('custom exec at', this.lastIndex); return RegExp.prototype.exec.call(this, s); };
console.log('own exec', 'a-b'.split(custom));
// Long strings: linear in node.
const long = 'x'.repeat(200000);
console.log('no match', long.split(/\n/).length);
const log = Array.from({ length: 20000 }, (_, i) => `2024-01-01 line ${i} ${i % 7 === 0 ? 'ERROR' : 'INFO'} something happened`).join('\r\n');
const lines = log.split(/\r?\n/);
console.log('lines', lines.length, lines.filter((l) => /ERROR/.test(l)).length, lines[19999]);
console.log('words', log.split(/\s+/).length);
const readline = require('readline');
const { Readable } = require('stream');
const rl = readline.createInterface({ input: Readable.from([long.slice(0, 100000), long.slice(100000) + '\nshort\n']) });
const got = [];
rl.on('line', (l) => got.push(l.length));
rl.on('close', () => console.log('readline lines', got));
