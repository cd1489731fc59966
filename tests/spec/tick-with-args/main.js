// process.nextTick passes extra arguments to its callback.
process.nextTick((a, b, c) => console.log('args:', a, b, c), 1, 'two', { three: 3 });
process.nextTick(function (...rest) { console.log('rest length', rest.length, 'this is globalThis (sloppy):', this === globalThis); });
process.nextTick(console.log, 'console.log', 'as', 'callback');
try {
  process.nextTick('not a function');
} catch (e) {
  console.log(e.name, e.code);
}
