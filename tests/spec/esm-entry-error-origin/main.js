process.on('uncaughtExceptionMonitor', (e, origin) => console.log('monitor', e.message, origin));
process.on('uncaughtException', (e, origin) => console.log('handler', e.message, origin));
setTimeout(() => { throw new Error('later'); }, 1);
await new Promise((r) => setTimeout(r, 5));
await Promise.reject(new Error('tla'));
