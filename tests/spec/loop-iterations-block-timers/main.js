// A loop without calls still takes time: while it runs, timers fall due. After a 1e7-iteration loop, a 2 ms
// timer fires before an immediate scheduled with it; after a short loop the immediate goes first.
function block(n) {
  let acc = 0;
  for (let i = 0; i < n; i++) acc += i % 3;
  return acc;
}

setTimeout(() => console.log('main: 2 ms timer'), 2);
setImmediate(() => {
  console.log('main: immediate');
  setTimeout(() => console.log('check: 2 ms timer'), 2);
  setImmediate(() => {
    console.log('check: next immediate');
    setTimeout(() => console.log('short loop: 2 ms timer'), 2);
    setImmediate(() => console.log('short loop: immediate'));
    let i = 0;
    while (i < 1000) i++;
    console.log('short loop done', i);
  });
  // A while loop, and a do-while whose body is not a block.
  let j = 0;
  while (j < 5e6) { j++ }
  do j--; while (j > 0);
  console.log('check: blocked', j);
});
console.log('main: blocked', block(1e7));
