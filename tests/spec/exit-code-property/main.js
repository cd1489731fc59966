// process.exitCode sets the final exit code; the exit listener sees it and may change it.
process.exitCode = 3;
process.on('beforeExit', (code) => console.log('beforeExit code', code));
process.on('exit', (code) => {
  console.log('exit listener code', code, 'process.exitCode', process.exitCode);
  process.exitCode = 5;
});
process.on('exit', (code) => console.log('second exit listener still gets', code, '(exitCode now', process.exitCode + ')'));
setTimeout(() => console.log('timer runs normally'), 1);
