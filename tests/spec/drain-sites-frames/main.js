// Microtasks and ticks drained between two immediates or two timers run under node's runNextTicks(), called by
// processImmediate / listOnTimeout / processTimers: their stacks show those frames. After the main module and
// after the last callback of a phase, the native checkpoint drains microtasks with no frame under them, even
// while a handled rejection is still flagged for processTicksAndRejections.
const show = (label) => console.log(label, new Error().stack.split('\n').slice(1).join('\n').split(__dirname).join('<dir>'));
async function check(up) {
  await Promise.allSettled([1].map(async () => { if (!up) throw new Error('down'); }));
  show('after allSettled');
}
check(false);
async function resumeLater() { await null; show('await resumed between timers'); }
setImmediate(() => {
  Promise.resolve().then(() => show('microtask between immediates'));
});
setImmediate(() => {
  process.nextTick(() => show('tick between immediates'));
  Promise.resolve().then(() => show('microtask after a tick'));
});
setImmediate(() => {
  Promise.resolve().then(() => show('microtask after the last immediate'));
  // Both timers start within this callback: one list, due together.
  setTimeout(() => { Promise.resolve().then(() => show('microtask between timers')); }, 2);
  setTimeout(() => { resumeLater(); }, 2);
  setTimeout(() => {}, 2);
});
