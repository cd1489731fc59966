// Calling built-in methods with the wrong `this` (detached methods)
const map = new Map([['a', 1]]);
const set = new Set([1]);
const p = Promise.resolve(1);
const date = new Date(0);
const detached = {
  'Map.get detached': () => { const get = map.get; return get('a'); },
  'Set.has detached': () => { const has = set.has; return has(1); },
  'Promise.then detached': () => { const then = p.then; return then(() => {}); },
  'Date.getTime on object': () => Date.prototype.getTime.call({}),
  'Error.toString on number': () => Error.prototype.toString.call(1),
  'Array.concat on null': () => Array.prototype.concat.call(null, [1]),
  'Array.map on undefined': () => Array.prototype.map.call(undefined, (x) => x),
  'String.trim on null': () => String.prototype.trim.call(null),
  'Number.toFixed on string': () => Number.prototype.toFixed.call('1.5', 1),
  'RegExp.exec on object': () => RegExp.prototype.exec.call({}, 'x'),
  'Function.bind on object': () => Function.prototype.bind.call({}),
  'Symbol.toString on string': () => Symbol.prototype.toString.call('s'),
  'BigInt.toString on number': () => BigInt.prototype.toString.call(1),

  'Promise.resolve unbound': () => { const r = Promise.resolve; return r(1); },
};
for (const [label, fn] of Object.entries(detached)) {
  try {
    console.log(label.padEnd(26), 'ok', fn());
  } catch (e) {
    console.log(label.padEnd(26), `${e.name}: ${e.message}`);
  }
}
const { get } = map;
get('a');
