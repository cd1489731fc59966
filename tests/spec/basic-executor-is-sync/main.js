// The Promise executor runs synchronously; then-callbacks never do, even on resolved promises.
console.log('before');
const p = new Promise((resolve) => {
  console.log('in executor');
  resolve(1);
  console.log('executor after resolve');
  resolve(2); // ignored
});
p.then((v) => console.log('then', v));
console.log('after');
const r = Promise.reject(new Error('boom'));
r.catch((e) => console.log('catch', e.message)).finally(() => console.log('finally'));
console.log('end of script');
