// node's argument validators: the error, node's frame for the validating function, and (uncaught) the
// `node:internal/errors` source line instead of the caller's.
const show = (f) => {
  try { f(); } catch (e) { console.log(e.stack.split('\n').slice(0, 3).join('\n').replaceAll(__dirname, '<dir>')); }
};
show(() => setInterval('tick'));
show(() => setImmediate(42));
show(() => process.nextTick(null));
show(() => require('fs').readFile('x.txt'));
show(() => { process.exitCode = 2.5; });
show(() => { process.exitCode = 'soon'; });
show(() => process.exit(true));
process.exitCode = '3';
console.log('exitCode', process.exitCode);
process.exitCode = undefined;
Promise.reject([1, 2]).catch(() => {});
setTimeout('not a function', 10);
