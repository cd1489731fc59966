// An error thrown while loading a required module propagates to the requirer; uncaught, it prints the module's source line and exits 1.
process.on('exit', (code) => console.log('exit event, code', code));
console.log('before require');
require('./bomb');
console.log('never printed');
