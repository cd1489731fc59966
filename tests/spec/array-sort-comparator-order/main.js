// Array.prototype.sort and toSorted call the comparator in V8's TimSort order: logged pairs, call counts, stability.
let seed = 2024;
function next() {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed;
}

[5, 3, 8, 1].sort((a, b) => {
  console.log('compare', a, b);
  return a - b;
});

for (const n of [6, 17, 33]) {
  const arr = Array.from({ length: n }, () => next() % 50);
  const pairs = [];
  arr.sort((a, b) => {
    pairs.push(`${a}:${b}`);
    return a - b;
  });
  console.log(`n=${n} calls=${pairs.length}`);
  console.log(pairs.join(' '));
  console.log(arr.join(','));
}

for (const n of [10, 40, 100, 1000]) {
  const arr = Array.from({ length: n }, () => next() % 10000);
  let calls = 0;
  arr.sort((a, b) => {
    calls++;
    return a - b;
  });
  let copyCalls = 0;
  arr.toSorted((a, b) => {
    copyCalls++;
    return b - a;
  });
  console.log(`sort ${n}: ${calls} calls, toSorted of the sorted copy descending: ${copyCalls} calls`);
}

const people = Array.from({ length: 70 }, (_, i) => ({ name: `p${i}`, age: 20 + (next() % 6) }));
const byAge = people.toSorted((a, b) => a.age - b.age);
console.log(byAge.map((p) => `${p.age}/${p.name}`).join(' '));
console.log('original untouched:', people[0].name, people[69].name);

const words = ['pear', 'Apple', 'banana', 'apple', 'cherry', 'Banana'];
const seen = [];
words.sort((a, b) => {
  seen.push(`${a}-${b}`);
  return a.localeCompare(b, 'en');
});
console.log(words.join(' '), '|', seen.join(' '));

console.log([3, 1, 2, 5, 4].sort((a, b) => a > b).join(','));
console.log([3, 1, 2, 5, 4].sort(() => NaN).join(','));
console.log([3, 1, 2, 5, 4].sort(() => -1).join(','));
console.log([3, 1, 2, 5, 4].sort((a, b) => ({ valueOf: () => b - a })).join(','));
