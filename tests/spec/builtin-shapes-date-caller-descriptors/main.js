// Shapes of built-ins as node shows them: Date from an array, sloppy functions' caller/arguments, accessor
// descriptors of built-ins, RegExp.prototype.
console.log(new Date([2020, 1, 2]).toISOString(), new Date(['2021-03-04']).toISOString(), new Date([0]).getUTCFullYear());
console.log(new Date({ valueOf: () => 86400000 }).toISOString(), new Date({ toString: () => '2022-05-06' }).toISOString());
function legacy() {}
console.log(legacy.caller, legacy.arguments);
for (const f of [() => {}, class {}, function* gen() {}, function strict() { 'use strict'; }]) {
  try { console.log(f.caller); } catch (e) { console.log(e.constructor.name, e.message); }
}
console.log(Object.getOwnPropertyDescriptor(Map.prototype, 'size'));
console.log(Reflect.getOwnPropertyDescriptor(RegExp.prototype, 'flags'));
console.log(Object.getOwnPropertyDescriptors(Set.prototype).size);
console.log(Object.getOwnPropertyDescriptor({ get x() { return 1; } }, 'x'));
console.log(RegExp.prototype, Object.keys(RegExp.prototype));
