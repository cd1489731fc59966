// An unhandled rejection with an Error crashes the process (exit 1) after the current microtasks drain.
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => console.log('timer (never)'), 0);
Promise.reject(new Error('nobody catches me'));
Promise.resolve().then(() => console.log('microtask still runs'));
process.nextTick(() => console.log('tick still runs'));
console.log('main');
