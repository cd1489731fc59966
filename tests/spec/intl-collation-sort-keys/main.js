// Intl.Collator's sort keys against node: every combination of sensitivity, caseFirst, numeric and
// ignorePunctuation sorting the same deterministic word list (ties broken by code units so the order is total),
// and a 2,000-name localeCompare sort, the size a course's "sort the customers" exercise reaches.
let seed = 4242;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return (seed >>> 8) % n; };
const pool = [...'aAbBzZ eé-_.,09 12ÄäßæÆ\u0301ﬁ②한ひ漢Ωωñ'];
const words = [];
for (let i = 0; i < 100; i++) {
  let w = '';
  const len = 1 + rnd(5);
  for (let j = 0; j < len; j++) w += pool[rnd(pool.length)];
  words.push(w);
}
const byUnits = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
for (const sensitivity of ['base', 'accent', 'case', 'variant']) {
  for (const caseFirst of ['upper', 'lower', 'false']) {
    for (const numeric of [false, true]) {
      for (const ignorePunctuation of [false, true]) {
        const c = new Intl.Collator('en', { sensitivity, caseFirst, numeric, ignorePunctuation });
        const sorted = words.slice().sort((a, b) => c.compare(a, b) || byUnits(a, b));
        let sum = 0;
        for (const ch of sorted.join('|')) sum = (sum * 31 + ch.codePointAt(0)) % 1000003;
        console.log(sensitivity, caseFirst, numeric, ignorePunctuation, sum, JSON.stringify(sorted.slice(40, 50)));
      }
    }
  }
}
const first = ['Ana', 'ana', 'Émile', 'Zoë', 'Bob', 'bob', 'Chloé', "O'Neil", 'de la Cruz', 'Åsa', 'Jürgen', 'Li'];
const names = [];
for (let i = 0; i < 2000; i++) names.push(`${first[rnd(first.length)]} ${first[rnd(first.length)]}${rnd(100)}`);
const sorted = names.slice().sort((a, b) => a.localeCompare(b));
console.log(sorted.slice(0, 5), sorted.slice(-5));
const numericSorted = names.slice().sort((a, b) => a.localeCompare(b, undefined, { numeric: true, sensitivity: 'base' }));
console.log(numericSorted.slice(0, 5), numericSorted.slice(-5));
