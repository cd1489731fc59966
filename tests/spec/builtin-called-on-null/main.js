// Built-in methods borrowed with call/apply on null or undefined: V8's text depends on the method.
const join = [].join;
const attempts = [
  () => [].push.call(null, 1),
  () => Array.prototype.pop.call(undefined),
  () => join.call(undefined),
  () => [].map.call(null, (x) => x),
  () => Array.prototype.forEach.call(null, () => {}),
  () => [].indexOf.apply(undefined, [1]),
  () => ''.trim.call(null),
  () => String.prototype.toUpperCase.call(undefined),
  () => ''.trimStart.call(null),
  () => Object.prototype.hasOwnProperty.call(null, 'x'),
];
for (const f of attempts) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.constructor.name, e.message); }
}
[].slice.call(null, 1);
