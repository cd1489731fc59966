// A rejection an 'exit' listener leaves unhandled is still reported (node drains microtasks and rejections
// after emitting 'exit'); a nextTick there does nothing.
process.on('exit', (code) => {
  console.log('exit', code);
  process.nextTick(() => console.log('never'));
  Promise.resolve().then(() => console.log('microtask after exit'));
  Promise.reject(new Error('cleanup failed'));
});
console.log('main done');
