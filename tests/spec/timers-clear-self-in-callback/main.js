// clearTimeout on the running timer is harmless; clearInterval on itself stops the interval.
const t = setTimeout(() => {
  console.log('timeout runs, clearing itself');
  clearTimeout(t);
  console.log('still inside callback');
}, 1);
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('interval run', n);
  if (n === 3) {
    clearInterval(iv);
    console.log('interval cleared itself');
  }
}, 2);
clearTimeout(undefined);
clearTimeout(null);
clearTimeout({});
clearTimeout(12345678);
console.log('clearing non-timers does not throw');
