// The exit status is the code's low 8 bits; an unhandled rejection of an array names it [object Array].
process.on('exit', (code) => console.log('exit event', code, process.exitCode));
setTimeout(() => process.exit(263), 5);
