// A listener of 'uncaughtExceptionMonitor' that throws: node prints that error and exits with 7.
process.on('uncaughtExceptionMonitor', (err, origin) => {
  console.log('monitor saw', err.message, origin);
  throw new Error('monitor broke');
});
process.on('exit', (code) => console.log('exit', code));
throw new Error('original');
