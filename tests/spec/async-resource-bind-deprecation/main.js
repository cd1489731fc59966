process.removeAllListeners('warning');
process.on('warning', (w) => console.log('WARN', w.name, w.code, w.message));

const { AsyncResource, AsyncLocalStorage } = require('async_hooks');
const als = new AsyncLocalStorage();
let f;
als.run(42, () => { f = AsyncResource.bind(function () { return [als.getStore(), this]; }, 'T', 'thisv'); });
console.log(f());
console.log(typeof f.asyncResource);
try { new AsyncResource(); } catch (e) { console.log(e.code, e.message); }
