// An eval worker's thrown error as the parent's 'error' event: name, message, own props, decorated stack.
const { Worker } = require('worker_threads');
const w = new Worker(`
  const err = new RangeError('value too large');
  err.code = 'ERR_TOO_LARGE';
  err.limit = 100;
  throw err;
`, { eval: true });
w.on('error', (e) => {
  console.log('name:', e.name);
  console.log('message:', e.message);
  console.log('code:', e.code);
  console.log('limit:', e.limit);
  console.log('ctor:', e.constructor.name);
  console.log('stack first line:', e.stack.split('\n')[0]);
});
