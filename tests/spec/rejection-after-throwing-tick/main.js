// A throw in the main script and in a nextTick, both handled by 'uncaughtException': the pending rejection is
// still reported before the loop runs the immediate.
process.on('unhandledRejection', (r) => console.log('unhandled', r.message));
process.on('uncaughtException', (e) => console.log('uncaught', e.message));
setImmediate(() => console.log('immediate'));
Promise.reject(new Error('rejected'));
process.nextTick(() => { throw new Error('tick'); });
throw new Error('sync');
