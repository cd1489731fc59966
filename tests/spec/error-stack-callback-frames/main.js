// What node's loop adds under a callback's frame: timers (listOnTimeout), immediates (processImmediate) and
// nextTick (processTicksAndRejections, whose line depends on the number of arguments).
// Paths are printed relative to the scenario folder.
const show = (label) => console.log(`${label}\n${new Error(label).stack.split('\n').slice(2).join('\n').replaceAll(__dirname, '.')}`);
const steps = [
  (next) => setTimeout(() => { show('timeout, arrow'); next(); }, 1),
  (next) => setTimeout(function named() { show('timeout, named'); next(); }, 1),
  (next) => setTimeout((a) => { show(`timeout, with argument ${a}`); next(); }, 1, 'x'),
  (next) => { const iv = setInterval(() => { show('interval'); clearInterval(iv); next(); }, 1); },
  (next) => setImmediate(() => { show('immediate, arrow'); next(); }),
  (next) => setImmediate(function later() { show('immediate, named'); next(); }),
  (next) => setImmediate((a, b) => { show(`immediate, arguments ${a} ${b}`); next(); }, 1, 2),
  (next) => process.nextTick(() => { show('nextTick, no argument'); next(); }),
  (next) => process.nextTick((a) => { show('nextTick, 1 argument'); next(); }, 1),
  (next) => process.nextTick((a, b) => { show('nextTick, 2 arguments'); next(); }, 1, 2),
  (next) => process.nextTick((a, b, c) => { show('nextTick, 3 arguments'); next(); }, 1, 2, 3),
  (next) => process.nextTick((a, b, c, d) => { show('nextTick, 4 arguments'); next(); }, 1, 2, 3, 4),
  (next) => process.nextTick((a, b, c, d, e) => { show('nextTick, 5 arguments'); next(); }, 1, 2, 3, 4, 5),
  (next) => process.nextTick(function tick() { show('nextTick, named'); next(); }),
];
let i = 0;
const next = () => { if (i < steps.length) steps[i++](next); };
next();
