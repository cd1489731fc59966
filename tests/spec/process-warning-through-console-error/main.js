// node prints warnings through the global console.error as it was at the first warning (then cached),
// which writes to process.stderr.write.
const orig = console.error;
console.error = (...a) => process.stdout.write('[captured] ' + a.join('|').replace(/node:\d+/, 'node:PID') + '\n');
process.emitWarning('first');
setTimeout(() => {
  console.error = orig; // too late: the printer keeps the first one
  process.emitWarning('second', 'DeprecationWarning', 'DEP0XX');
}, 1);
try { process.emitWarning(123); } catch (e) { console.log(e.code, e.message); }
try { process.emitWarning('ok', 5); } catch (e) { console.log(e.code, e.message); }
try { process.emitWarning('ok', { type: 7 }); } catch (e) { console.log(e.message); }
try { process.emitWarning('ok', 'T', 7); } catch (e) { console.log(e.message); }
process.on('warning', (w) => console.log('listener:', w.name, w.code, w.detail, w.stack.split('\n')[1].split(__dirname).join('<dir>')));
function api() { process.emitWarning('slow', 'PerfWarning', api); }
function user() { api(); }
user();
function api2() { process.emitWarning('opts', { type: 'X', code: 'C1', detail: 'more', ctor: api2 }); }
api2();
