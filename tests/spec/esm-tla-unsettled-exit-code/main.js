// A top-level await that never settles: the loop runs dry and node exits with code 13; 'exit' listeners
// see code 0 and process.exitCode 13.
process.on('exit', (code) => console.log('exit', code, process.exitCode));
setTimeout(() => console.log('timer'), 5);
await new Promise(() => {});
console.log('never');
