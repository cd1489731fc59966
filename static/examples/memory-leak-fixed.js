// The same timer, but the cache keeps only the latest entry: memory stays flat.
let cache = [];
let ticks = 0;
const t = setInterval(() => {
  const data = Buffer.alloc(64 * 1024);
  cache = [() => data.length];
  if (++ticks === 300) clearInterval(t);
}, 10);
