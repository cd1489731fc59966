// Counters and totals on a nested object that is not there yet: `stats[type].count++` and friends. V8 names
// the key being updated (its object is the undefined one) and places the error at that object.
const show = (f) => {
  try {
    f();
  } catch (e) {
    const frame = e.stack.split('\n')[1].replace(__dirname, '.');
    console.log(`${e.message}  ${frame.trim()}`);
  }
};
const stats = {};
const words = ['apple', 'avocado', 'banana'];
show(() => { stats.byType.fruit += 1; });
show(() => { for (const w of words) stats[w[0]].count++; });
show(() => { const o = {}; o.a.total *= 2; });
show(() => { const list = []; list[3].n -= 1; });
show(() => { const o = {}; o['key'].seen ||= true; });
show(() => { const o = { a: {} }; o.a.b.c--; });
show(() => { const o = {}; ++o.inner.hits; });
show(() => { let cart; cart.items += 1; });
show(() => { let cfg; cfg.retries.max ??= 3; });
show(() => { const nested = { level: null }; nested.level.depth++; });
// Uncaught: the classic word-count bug.
const counts = {};
for (const w of 'the cat the hat'.split(' ')) {
  counts[w].n += 1;
}
