// for await over an async generator interleaves with other microtasks one step at a time.
async function* gen() {
  for (let i = 1; i <= 3; i++) {
    console.log('gen yield', i);
    yield i;
  }
  console.log('gen done');
}
async function consume() {
  for await (const v of gen()) console.log('got', v);
  console.log('loop finished');
}
let n = 0;
function other() {
  console.log('other', ++n);
  if (n < 12) Promise.resolve().then(other);
}
consume();
Promise.resolve().then(other);
console.log('sync end');
