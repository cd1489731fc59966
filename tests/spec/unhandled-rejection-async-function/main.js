// An async function that throws without a catch handler produces an unhandled rejection crash.
async function load() {
  await null;
  throw new TypeError('bad thing in async function');
}
load();
setImmediate(() => console.log('immediate (never: crash happens first)'));
console.log('main');
