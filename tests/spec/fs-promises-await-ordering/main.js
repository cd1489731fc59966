// After awaiting an fs.promises call (resolved from the poll phase), setImmediate runs before setTimeout(0); ticks before promises.
const fsp = require('fs/promises');
(async () => {
  const text = await fsp.readFile('./in.txt', 'utf8');
  console.log('resumed after readFile:', text);
  setTimeout(() => console.log('timeout 0'), 0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('nextTick'));
  queueMicrotask(() => console.log('microtask'));
  await null;
  console.log('after await null');
  const st = await fsp.stat('./in.txt');
  console.log('resumed after stat:', st.size);
})();
console.log('main sync end');
