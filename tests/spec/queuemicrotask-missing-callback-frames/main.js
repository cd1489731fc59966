// queueMicrotask without a function: node's validation frame sits above the caller's, caught and uncaught.
try {
  queueMicrotask('not a function');
} catch (e) {
  console.log(e.code, '|', e.stack.split('\n').slice(0, 3).map((l) => l.trim().replace(__dirname, '.')).join(' | '));
}
function schedule(task) {
  queueMicrotask(task);
}
console.log('scheduling');
schedule();
