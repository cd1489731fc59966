// An uncaught "is not iterable" at a module's top level: the for-of over a plain object, not the earlier
// for-of over Object.keys() nor a spread inside a function that never ran.
function spreadIt(x) { return [...x]; }
const scores = { alice: 90, bob: 72 };
console.log('start');
for (const k of Object.keys(scores)) console.log(k, scores[k]);
const names = ['a', 'b'];
for (const n of names) console.log(n);
for (const s of scores) console.log(s);
console.log(spreadIt);
