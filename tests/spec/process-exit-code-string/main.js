// process.exit accepts an integer string; exitCode assigned an integer string also works.
process.on('exit', (code) => console.log('exit code seen by listener:', code, typeof code));
setImmediate(() => {
  console.log('immediate: exit("9")');
  process.exit('9');
});
