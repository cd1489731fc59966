// perf_hooks: marks/measures delivered to a PerformanceObserver (sorted by startTime, in a setImmediate batch),
// monitorEventLoopDelay seeing a 50 ms block, eventLoopUtilization, createHistogram, a missing mark.
const { performance, PerformanceObserver, monitorEventLoopDelay, createHistogram } = require('perf_hooks');
console.log(typeof performance.mark, performance === globalThis.performance, typeof PerformanceObserver);
const obs = new PerformanceObserver((list, o) => {
  for (const e of list.getEntries()) console.log('observed', e.entryType, e.name, e.duration >= 0);
  o.disconnect();
});
obs.observe({ entryTypes: ['mark', 'measure'] });
performance.mark('a');
const t = Date.now(); while (Date.now() - t < 5) {}
performance.mark('b');
const m = performance.measure('a to b', 'a', 'b');
console.log('measure', m.name, m.duration > 4, performance.getEntriesByType('mark').length);
const h = monitorEventLoopDelay({ resolution: 10 });
h.enable();
setTimeout(() => {
  const s = Date.now(); while (Date.now() - s < 50) {}
}, 30);
setTimeout(() => {
  h.disable();
  console.log('eld count>0', h.count > 0, 'max>=50ms', h.max >= 50e6, 'min>0', h.min > 0, h.percentile(50) >= 5e6);
  const u = performance.eventLoopUtilization();
  console.log('elu', u.utilization > 0 && u.utilization < 1, u.idle > 0, u.active > 0);
}, 200);
const r = createHistogram(); r.record(5); r.record(15); console.log(r.min, r.max, r.mean, r.count);
try { performance.measure('x', 'nope'); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(performance.eventLoopUtilization());
