// Deterministic pseudo-random strings over a character pool, sorted with the default collator, numeric
// collation, and compared pairwise at the base, accent and case sensitivities.
module.exports = function fuzz(seed, pool) {
  const rnd = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  const chars = [...pool];
  const words = [];
  for (let i = 0; i < 400; i++) {
    let w = '';
    const len = 1 + rnd(6);
    for (let j = 0; j < len; j++) w += chars[rnd(chars.length)];
    words.push(w);
  }
  const show = (list) => list.map((w) => JSON.stringify(w)).join(' ');
  console.log(show(words.slice().sort((a, b) => a.localeCompare(b))));
  console.log(show(words.slice().sort(new Intl.Collator('en', { numeric: true }).compare)));
  const base = new Intl.Collator('en', { sensitivity: 'base' });
  const accent = new Intl.Collator('en', { sensitivity: 'accent' });
  const kase = new Intl.Collator('en', { sensitivity: 'case' });
  let line = '';
  for (let i = 0; i + 1 < words.length; i++) {
    line += `${base.compare(words[i], words[i + 1]) + 1}${accent.compare(words[i], words[i + 1]) + 1}${kase.compare(words[i], words[i + 1]) + 1} `;
  }
  console.log(line);
};
