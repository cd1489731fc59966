// A synchronous throw in the main script crashes before any queued tick, microtask or timer runs.
process.nextTick(() => console.log('tick (never)'));
Promise.resolve().then(() => console.log('promise (never)'));
setTimeout(() => console.log('timer (never)'), 0);
console.log('before throw');
function inner() {
  throw new Error('sync failure');
}
inner();
