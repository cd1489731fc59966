// 'unhandledRejection' and 'uncaughtException' handlers see the AsyncLocalStorage store of the failure.
const { AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
process.on('unhandledRejection', (r) => console.log('unhandled', r.message, als.getStore()));
process.on('uncaughtException', (e) => console.log('uncaught', e.message, als.getStore()));
als.run({ id: 1 }, () => {
  Promise.reject(new Error('rej'));
  setTimeout(() => { throw new Error('boom'); }, 1);
});
