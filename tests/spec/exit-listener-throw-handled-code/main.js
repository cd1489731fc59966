// An 'exit' listener's error taken by an 'uncaughtException' handler: the process exits with process.exitCode.
process.on('uncaughtException', e => console.log('h', e.message));
process.on('exit', () => { throw new Error('cleanup failed'); });
process.exitCode = 4;
