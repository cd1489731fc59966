// An uncaughtException listener swallows errors from every kind of callback and the loop keeps going.
let count = 0;
process.on('uncaughtException', (err, origin) => {
  count++;
  console.log('handled #' + count + ':', err.message, '(' + origin + ')');
});
setTimeout(() => { throw new Error('from timer'); }, 1);
setTimeout(() => {
  console.log('next timer in same list still runs');
  setImmediate(() => { throw new Error('from immediate'); });
  setImmediate(() => {
    console.log('next immediate still runs');
    process.nextTick(() => { throw new Error('from nextTick'); });
    process.nextTick(() => {
      console.log('next tick still runs');
      queueMicrotask(() => { throw new Error('from queueMicrotask'); });
      queueMicrotask(() => {
        console.log('next microtask still runs');
        let n = 0;
        const iv = setInterval(() => {
          n++;
          if (n === 3) clearInterval(iv);
          throw new Error('from interval run ' + n);
        }, 5);
      });
    });
  });
}, 1);
process.on('exit', (code) => console.log('exit', code, 'after', count, 'errors'));
throw new Error('from main script');
