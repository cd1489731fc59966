const { executionAsyncResource, AsyncLocalStorage } = require('async_hooks');
const sym = Symbol('state');
console.log(typeof executionAsyncResource());
setTimeout(() => {
  const r = executionAsyncResource();
  console.log(r.constructor.name);
  r[sym] = 'attached';
  console.log(executionAsyncResource()[sym]);
}, 1);
