// A closure cache that grows on every timer tick: each tick keeps a new 64 KiB buffer alive.
const cache = [];
let ticks = 0;
const t = setInterval(() => {
  const data = Buffer.alloc(64 * 1024);
  cache.push(() => data.length);
  if (++ticks === 300) clearInterval(t);
}, 10);
