// setInterval keeps firing until clearInterval; a timeout scheduled after it interleaves by due time.
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('interval', n);
  if (n === 5) {
    clearInterval(iv);
    console.log('interval cleared');
  }
}, 100);
setTimeout(() => console.log('timeout at 250ms (between run 2 at 200ms and run 3 at 300ms)'), 250);
