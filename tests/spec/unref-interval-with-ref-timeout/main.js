// An unref'd interval runs only while a ref'd timeout keeps the loop alive.
let runs = 0;
const iv = setInterval(() => { runs++; }, 20);
iv.unref();
setTimeout(() => {
  console.log('ref timeout fired; interval ran at least 3 times:', runs >= 3);
  console.log('interval hasRef:', iv.hasRef());
}, 100);
process.on('exit', (code) => console.log('exit', code, '(the unref interval did not keep the loop alive)'));
