// An unref'd timer alone does not keep the process alive; the exit event still fires.
const t = setTimeout(() => console.log('unref timer (never)'), 50);
const ret = t.unref();
console.log('unref returns the timer:', ret === t, 'hasRef:', t.hasRef());
const iv = setInterval(() => console.log('unref interval (never)'), 10).unref();
process.on('beforeExit', () => console.log('beforeExit'));
process.on('exit', (code) => console.log('exit', code));
console.log('main done');
