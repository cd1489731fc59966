// setImmediate callbacks run FIFO in the check phase, after all microtasks of the main script.
setImmediate(() => console.log('immediate 1'));
setImmediate((x) => console.log('immediate 2 with', x), 'arg');
setImmediate(() => console.log('immediate 3'));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('promise'));
console.log('sync');
const im = setImmediate(() => console.log('immediate 4 (object created by setImmediate is an', im.constructor.name + ')'));
