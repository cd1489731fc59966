// A `let` declared in one case of a switch is in its temporal dead zone in the others (it does not hold the
// switch's value): reading it there throws, caught inside a function and uncaught at top level.
function describe(status) {
  switch (status) {
    case 200:
      let text = 'ok';
      return `${status} ${text}`;
    case 404:
      return `${status} ${text}`;
    default:
      return 'other';
  }
}
console.log(describe(200));
try {
  console.log(describe(404));
} catch (e) {
  console.log(e.name, e.message, e.stack.split('\n')[1].replace(__dirname, '.'));
}
console.log(describe(500));
switch ('stop') {
  case 'start': let speed = 10; console.log(speed); break;
  case 'stop': console.log('stopping from', speed);
}
