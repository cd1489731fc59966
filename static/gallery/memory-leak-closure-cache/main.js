// Watch the memory panel: every tick puts a closure in a global cache, and each closure keeps its own
// 100 KB string alive. Nothing is ever removed, so the garbage collector can free none of them: a leak.
const cache = []; // module-level: it lives as long as the process does
const heapBefore = process.memoryUsage().heapUsed;
let ticks = 0;

const timer = setInterval(() => {
  ticks++;
  const payload = Buffer.alloc(100 * 1024, 'a').toString(); // a fresh 100 KB string
  cache.push(() => payload.length); // the closure captures payload, so the cache keeps it reachable
  if (ticks % 5 === 0) console.log(`tick ${ticks}: cache holds ${cache.length} closures`);
  if (ticks === 20) {
    clearInterval(timer);
    const reachable = cache.reduce((sum, fn) => sum + fn(), 0);
    const grew = process.memoryUsage().heapUsed - heapBefore;
    console.log(`string bytes still reachable through the cache: ${reachable}`);
    console.log(`heap grew: ${grew > 0}`);
    console.log(`heap grew by more than 1.5 MB: ${grew > 1.5e6}`);
  }
}, 5);
