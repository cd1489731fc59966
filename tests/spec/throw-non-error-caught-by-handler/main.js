// The uncaughtException listener receives thrown non-Error values unchanged.
process.on('uncaughtException', (err) => {
  console.log('caught:', typeof err, err);
});
setTimeout(() => { throw 42; }, 1);
setTimeout(() => { throw 'a string'; }, 2);
setTimeout(() => { throw { a: 1 }; }, 3);
setTimeout(() => { throw null; }, 4);
setTimeout(() => { throw undefined; }, 5);
setTimeout(() => { throw [1, 'two']; }, 6);
const t = Date.now();
while (Date.now() - t < 10) {}
