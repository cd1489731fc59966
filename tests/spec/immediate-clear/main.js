// clearImmediate cancels a pending immediate, even one queued in the current check phase batch.
const later = setImmediate(() => console.log('later (never)'));
setImmediate(() => {
  console.log('first: clearing the third');
  clearImmediate(third);
});
setImmediate(() => console.log('second'));
const third = setImmediate(() => console.log('third (never)'));
setImmediate(() => console.log('fourth'));
clearImmediate(later);
clearImmediate(undefined);
const self = setImmediate(() => {
  clearImmediate(self);
  console.log('self-clear inside callback is harmless');
});
