// A misspelled name read at a module's top level after a top-level await: the module resumed from a
// microtask, so node's stack is the module's frame alone (no module-job frames under it).
const config = await Promise.resolve({ port: 8080 });
console.log('config loaded', config.port);
console.log(confg.port);
