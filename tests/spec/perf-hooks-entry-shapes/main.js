// perf_hooks entries: private fields behind prototype getters, node's inspect, illegal constructors, argument errors.
const { performance, PerformanceMark, PerformanceEntry, PerformanceMeasure, PerformanceObserver } = require('perf_hooks');
const m = performance.mark('a', { detail: { x: 1 }, startTime: 5 }); const ms = performance.measure('b', { start: 'a', end: 7 });
console.log(m, [m], ms);
console.log(Object.getOwnPropertyNames(PerformanceEntry.prototype), Object.getOwnPropertyNames(PerformanceMeasure.prototype), Object.getOwnPropertyNames(PerformanceMark.prototype));
console.log(JSON.stringify(m), m.toJSON(), Object.keys(m), m instanceof PerformanceEntry, ms instanceof PerformanceMeasure);
try { new PerformanceEntry(); } catch (e) { console.log(e.code, e.message); }
try { new PerformanceMeasure(); } catch (e) { console.log(e.code, e.message); }
const f = performance.timerify(function work() { return 1; });
const obs = new PerformanceObserver((list) => { const e = list.getEntries()[0]; console.log(e.name, e.entryType, e.constructor.name, Array.isArray(e.detail)); obs.disconnect(); });
obs.observe({ entryTypes: ['function'] });
f();
console.log(performance.getEntriesByType('mark').map((e) => e.name), Object.keys(performance.toJSON()));
try { performance.mark(); } catch (e) { console.log(e.name, e.code, e.message); }
try { performance.mark('x', { startTime: -1 }); } catch (e) { console.log(e.name, e.code, e.message); }
try { performance.mark('x', 5); } catch (e) { console.log(e.name, e.code, e.message); }
try { performance.measure(); } catch (e) { console.log(e.name, e.code, e.message); }
