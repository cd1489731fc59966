// Array sort around the comparator: holes and undefined, array-likes, mutation, throws, toString calls, typed arrays.
const holes = [5, , 3, undefined, 1, , undefined, 2];
holes.sort((a, b) => {
  console.log('cmp', a, b);
  return a - b;
});
console.log(holes, holes.length, Object.keys(holes).join(','));
console.log([5, , 3, undefined, 1].toSorted(), [, 'b', undefined, 'a'].sort());

console.log(Array.prototype.sort.call({ length: 3, 0: 'b', 2: 'a' }));
console.log(Array.prototype.toSorted.call({ length: 3, 0: 'b', 2: 'a' }));
console.log(Array.prototype.sort.call('a'), Array.prototype.toSorted.call('cba'));

const proxy = new Proxy([3, , 1], {
  has(t, k) {
    console.log('has', k);
    return k in t;
  },
  set(t, k, v) {
    console.log('set', k, v);
    t[k] = v;
    return true;
  },
  deleteProperty(t, k) {
    console.log('delete', k);
    return delete t[k];
  },
});
proxy.sort();

const mutated = [4, 3, 2, 1, 0];
mutated.sort((a, b) => {
  mutated.push(9);
  mutated[0] = 100;
  return a - b;
});
console.log(mutated.join(','), mutated.length);

const victim = [5, 4, 3, 2, 1];
let count = 0;
try {
  victim.sort((a, b) => {
    if (++count === 4) throw new Error(`stop at ${a},${b}`);
    return a - b;
  });
} catch (e) {
  console.log(e.message, '-', victim.join(','));
}

const labelled = [30, 4, 100, 21].map((v) => ({
  v,
  toString() {
    console.log('toString', v);
    return String(v);
  },
}));
console.log(labelled.sort().map((o) => o.v).join(','));
console.log([10, 9, 1, 100, -1, 2.5, 'x', null, true].sort().join(','));

for (const bad of [null, 1, 'x', {}]) {
  try {
    [2, 1].sort(bad);
  } catch (e) {
    console.log(e.name, e.message);
  }
}

const ints = new Int32Array([5, -2, 9, 0, 3, 3, 1, -7, 8, 2, 11, 4]);
const order = [];
const sorted = ints.toSorted((a, b) => {
  order.push(`${a}/${b}`);
  return a - b;
});
console.log(sorted.join(','), ints.join(','), order.join(' '));
