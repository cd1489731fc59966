// console.log waits with the stream's other writes while process.stdout is corked.
process.stdout.cork();
process.stdout.write('A\n');
console.log('B');
process.stdout.write('C\n');
process.nextTick(() => process.stdout.uncork());
setTimeout(() => {
  process.stdout.cork();
  console.log('D');
  process.stdout.write('E\n');
  console.error('to stderr while stdout is corked');
  process.stdout.uncork();
  console.log('F');
}, 1);
