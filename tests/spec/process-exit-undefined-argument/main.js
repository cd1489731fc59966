// process.exit(undefined) replaces process.exitCode (node 20: any argument does).
process.exitCode = 2;
process.on('exit', c => console.log('exit', c, process.exitCode));
process.exit(undefined);
