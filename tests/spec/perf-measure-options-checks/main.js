// performance.measure's option checks (node's calculateStartDuration) and the entries' toString tags.
const { performance, PerformanceObserver } = require('perf_hooks');
performance.mark('a', { startTime: 2 });
performance.mark('b', { startTime: 9 });
const tryMeasure = (label, ...args) => {
  try {
    const m = performance.measure(...args);
    console.log(label, '->', m.name, m.startTime, m.duration);
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
};
tryMeasure('between', 'between', 'a', 'b');
tryMeasure('all three', 'bad3', { start: 1, end: 2, duration: 3 });
tryMeasure('options plus end mark', 'combo', { start: 1 }, 'b');
tryMeasure('negative start', 'neg', { start: -5, end: 1 });
tryMeasure('negative end', 'negend', { start: 1, end: -1 });
tryMeasure('start and duration', 'sd', { start: 5, duration: 7 });
tryMeasure('end and duration', 'ed', { end: 30, duration: 20 });
tryMeasure('numbers', 'nums', { start: 10, end: 30 });
tryMeasure('unknown mark', 'missing', 'nope');
tryMeasure('detail', 'det', { start: 1, end: 2, detail: { x: [1] } });
console.log(performance.getEntriesByType('measure').map((m) => `${m.name}@${m.startTime}+${m.duration}`));
console.log(Object.prototype.toString.call(performance.getEntriesByName('a')[0]));
console.log(Object.prototype.toString.call(performance.getEntriesByName('sd')[0]));
console.log(Object.prototype.toString.call(new PerformanceObserver(() => {})));
console.log(performance.getEntriesByName('det')[0].detail);
