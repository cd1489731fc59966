const { PerformanceObserver } = require('perf_hooks');
const o = new PerformanceObserver(() => {});
try { o.observe({ entryTypes: 'mark' }); } catch (e) { console.log(e.code, e.message); }
