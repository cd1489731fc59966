// Watch the memory panel: the same timer and the same 100 KB closures as the leak, but the cache keeps only
// the last 2 entries. Older closures become unreachable, so the GC may free them whenever it runs.
const MAX_ENTRIES = 2;
const cache = [];
let ticks = 0;

const timer = setInterval(() => {
  ticks++;
  const payload = Buffer.alloc(100 * 1024, 'a').toString(); // a fresh 100 KB string
  cache.push(() => payload.length);
  if (cache.length > MAX_ENTRIES) cache.shift(); // the bound: drop the oldest closure (and its string)
  if (ticks % 5 === 0) console.log(`tick ${ticks}: cache holds ${cache.length} closures`);
  if (ticks === 20) {
    clearInterval(timer);
    const reachable = cache.reduce((sum, fn) => sum + fn(), 0);
    console.log(`string bytes still reachable through the cache: ${reachable}`);
    console.log(`strings created: ${ticks}, now garbage for the GC to reclaim: ${ticks - cache.length}`);
  }
}, 5);
