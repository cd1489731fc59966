// An ES module entry that throws after a top-level await on a timer: node reports it as an uncaught
// exception (exit 1). Stacks show ModuleJob.run only before the module first awaits.
const dir = new URL('.', import.meta.url).pathname;
const show = (label, e) => console.log(label, e.stack.replaceAll(dir, '<dir>/'));
show('before', new Error('sync'));
await null;
show('after await null', new Error('micro'));
setTimeout(() => console.log('a timer still runs? no'), 50);
await new Promise((resolve) => setTimeout(resolve, 5));
console.log('resumed after the timer');
const config = null;
console.log(config.port);
