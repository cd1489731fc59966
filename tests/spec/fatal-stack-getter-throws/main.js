// An uncaught error whose `stack` getter throws: node prints its string form and the --trace-uncaught hint.
const e = new Error('x');
Object.defineProperty(e, 'stack', { get() { throw new Error('no stack for you'); } });
console.log('throwing');
throw e;
