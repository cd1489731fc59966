// process.hrtime/env/uncaught-exception-capture/resourceUsage checks, as node's.
const t = (f) => { try { console.log('ok', f()); } catch (e) { console.log(e.code, e.name, e.message); } };
t(() => process.hrtime([1]));
t(() => process.hrtime(5));
t(() => Object.defineProperty(process.env, 'A', { get() { return 'x'; } }));
t(() => Object.defineProperty(process.env, 'A', { value: 1 }));
t(() => { Object.defineProperty(process.env, 'A', { value: 1, writable: true, enumerable: true, configurable: true }); return typeof process.env.A; });
t(() => { process.env[Symbol('k')] = 'v'; });
t(() => process.env[Symbol('k')]);
t(() => { process.env.B = undefined; return [process.env.B, typeof process.env.B]; });
console.log(Object.keys(process.resourceUsage()));
t(() => process.setUncaughtExceptionCaptureCallback(5));
process.on('uncaughtExceptionMonitor', (e, o) => console.log('monitor', e.message, o));
process.on('uncaughtException', (e) => console.log('listener', e.message));
process.setUncaughtExceptionCaptureCallback((e) => console.log('captured', e.message));
t(() => process.setUncaughtExceptionCaptureCallback(() => {}));
console.log(process.hasUncaughtExceptionCaptureCallback());
setTimeout(() => { throw new Error('one'); }, 1);
setTimeout(() => { process.setUncaughtExceptionCaptureCallback(null); Promise.reject(new Error('two')); }, 5);
