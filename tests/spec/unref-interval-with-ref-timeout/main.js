// An unref'd interval runs only while a ref'd timeout keeps the loop alive; clearing that timeout lets the process exit.
let runs = 0;
const keeper = setTimeout(() => console.log('keeper fired (never: cleared first)'), 1000);
const iv = setInterval(() => {
  runs++;
  console.log('unref interval run', runs);
  if (runs === 3) {
    clearTimeout(keeper);
    console.log('keeper cleared; interval still scheduled, hasRef:', iv.hasRef());
  }
}, 20);
iv.unref();
process.on('exit', (code) => console.log('exit', code, 'after', runs, 'interval runs'));
