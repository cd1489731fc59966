// Node 20's global and built-in surface: what newer engines add is absent, and node's web globals exist.
const checks = {
  'Object.groupBy': typeof Object.groupBy,
  'Map.groupBy': typeof Map.groupBy,
  'Promise.withResolvers': typeof Promise.withResolvers,
  'Promise.try': typeof Promise.try,
  'Set.prototype.union': typeof new Set().union,
  'Iterator': typeof globalThis.Iterator,
  'iterator helpers (map)': typeof [].values().map,
  'Float16Array': typeof globalThis.Float16Array,
  'Math.sumPrecise': typeof Math.sumPrecise,
  'RegExp.escape': typeof RegExp.escape,
  'Array.prototype.toSorted': typeof [].toSorted,
  'Array.prototype.findLast': typeof [].findLast,
  'String.prototype.isWellFormed': typeof ''.isWellFormed,
  'structuredClone': typeof structuredClone,
  'btoa': typeof btoa,
  'atob': typeof atob,
  'CustomEvent': typeof CustomEvent,
};
for (const [k, v] of Object.entries(checks)) console.log(k.padEnd(32), v);
console.log(Object.prototype.toString.call(globalThis), String(globalThis));
console.log(btoa('hello, world'), atob('aGVsbG8sIHdvcmxk'));
const ev = new CustomEvent('ping', { detail: { n: 1 } });
console.log(ev.type, ev.detail, ev instanceof Event);
const target = new EventTarget();
target.addEventListener('ping', (e) => console.log('got', e.type, e.detail.n));
target.dispatchEvent(ev);
if (!Object.groupBy) console.log('polyfilling groupBy');
