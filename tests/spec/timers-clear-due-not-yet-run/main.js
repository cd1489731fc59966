// A callback can cancel timers that are already due but have not run yet in the same timers phase.
setTimeout(() => {
  console.log('A 1ms: clearing B and D, both already due');
  clearTimeout(b);
  clearTimeout(d);
}, 1);
setTimeout(() => console.log('E 1ms runs (same list as A)'), 1);
const b = setTimeout(() => console.log('B 20ms (never: cleared by A)'), 20);
const c = setTimeout(() => console.log('C 30ms runs'), 30);
const d = setTimeout(() => console.log('D 30ms (never: cleared by A)'), 30);
setTimeout(() => console.log('F 30ms runs'), 30);
const t = Date.now();
while (Date.now() - t < 50) {} // everything is due when the loop starts
console.log('block done');
