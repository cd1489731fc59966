// process.exitCode given as a string: 'exit' listeners get the number, and the process exits with it.
process.on('beforeExit', (code) => console.log('beforeExit', code, typeof code));
process.on('exit', (code) => console.log('exit', code, typeof code, process.exitCode, typeof process.exitCode));
process.exitCode = '3';
