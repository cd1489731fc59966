// beforeExit fires again each time its listener schedules more work; exit fires once it stops.
let rounds = 0;
process.on('beforeExit', (code) => {
  rounds++;
  console.log('beforeExit round', rounds, 'code', code);
  if (rounds === 1) setTimeout(() => console.log('  timer scheduled by beforeExit'), 5);
  if (rounds === 2) setImmediate(() => console.log('  immediate scheduled by beforeExit'));
  if (rounds === 3) Promise.resolve().then(() => console.log('  microtask only (does not restart the loop)'));
});
process.on('exit', (code) => console.log('exit after', rounds, 'beforeExit rounds, code', code));
console.log('main');
