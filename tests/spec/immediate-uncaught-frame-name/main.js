setImmediate(() => {
  throw new Error('thrown in immediate');
});
