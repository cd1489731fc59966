// localeCompare with locales and options in a sort comparator, the options changing between sorts (and an
// options object whose values change between calls).
const names = ['émile', 'Zoë', 'adam', 'Émile', 'zoe', 'Adam', 'item10', 'item2', 'Item1'];
console.log([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
console.log([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'accent' })));
console.log([...names].sort((a, b) => a.localeCompare(b, 'en', { numeric: true, caseFirst: 'upper' })));
console.log([...names].sort((a, b) => a.localeCompare(b, undefined, { numeric: true })));
const opts = { sensitivity: 'base' };
console.log('a'.localeCompare('A', 'en', opts), 'a'.localeCompare('á', 'en', opts));
opts.sensitivity = 'variant';
console.log('a'.localeCompare('A', 'en', opts), 'a'.localeCompare('á', 'en', opts));
try { 'a'.localeCompare('b', 'en', { sensitivity: 'loud' }); } catch (e) { console.log(e.name, e.message); }
