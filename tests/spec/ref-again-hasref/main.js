// ref() after unref() makes the timer keep the loop alive again; hasRef reflects the state.
const t = setTimeout(() => {
  console.log('timer fired (ref restored)');
  const late = setTimeout(() => console.log('unref then ref again from an immediate: fired'), 5);
  late.unref();
  console.log('late hasRef after unref:', late.hasRef());
  setImmediate(() => {
    late.ref();
    console.log('late hasRef after ref in immediate:', late.hasRef());
  });
}, 10);
console.log('initial hasRef:', t.hasRef());
t.unref();
console.log('after unref:', t.hasRef());
t.ref();
console.log('after ref:', t.hasRef());
const u = setTimeout(() => console.log('never (unref)'), 1000);
u.ref().unref();
console.log('chained ref().unref():', u.hasRef());
process.on('exit', () => console.log('exit'));
