// Promise.all / allSettled / any over async calls made at the top level: the rejection's stack names the
// combinator and index, and no awaiting function (a .then/.catch is no await).
const rel = (s) => s.replaceAll(__dirname, '<dir>');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function load(id) {
  await sleep(5 * id);
  if (id === 2) throw new Error(`item ${id} failed`);
  return { id };
}
Promise.all([1, 2, 3].map(load)).catch((e) => console.log('all:', rel(e.stack)));
Promise.allSettled([load(1), 7, load(2)]).then((rs) => console.log('allSettled:', rel(rs[2].reason.stack)));
Promise.any([load(2)]).catch((e) => console.log('any:', rel(e.errors[0].stack)));
async function main() {
  try { await Promise.all([load(1), load(2)]); } catch (e) { console.log('awaited:', rel(e.stack)); }
}
main();
// Nothing handles this one: the crash's stack too.
setTimeout(() => Promise.all([load(3), load(2)]), 100);
