// An async function runs synchronously until its first await; the rest resumes as a microtask.
async function f() {
  console.log('f start');
  await null;
  console.log('f after await 1');
  await undefined;
  console.log('f after await 2');
  return 'f result';
}
console.log('script start');
f().then((v) => console.log('then', v));
Promise.resolve().then(() => console.log('p1')).then(() => console.log('p2')).then(() => console.log('p3'));
console.log('script end');
