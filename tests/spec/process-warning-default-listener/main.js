// node's warning printer is a real 'warning' listener (onWarning): it is listed, runs before user listeners,
// uses the warning's toString, and removing it silences the default output.
console.log(process.eventNames(), process.listeners('warning').map((f) => f.name));
process.on('warning', (w) => console.log('user listener:', w.name, w.message));
process.emitWarning('first');
const custom = new Error('custom text');
custom.name = 'MyWarning';
custom.toString = () => 'MyWarning (custom toString)';
process.emitWarning(custom);
setTimeout(() => {
  process.removeAllListeners('warning');
  process.emitWarning('silenced');
  console.log(process.eventNames(), process.listenerCount('warning'));
}, 5);
