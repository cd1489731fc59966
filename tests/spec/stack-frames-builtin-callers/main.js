// V8's frames for built-ins that call user code: Array.map (<anonymous>), Map.forEach, new Promise ...
const f = (label) => function () { console.log(label, new Error().stack.split('\n')[2].split(__dirname).join('<dir>')); return 1; };
[1].filter(f('filter')); [1].reduce(f('reduce'), 0); [1].some(f('some')); [1].find(f('find')); [1, 2].sort(f('sort'));
new Set([1]).forEach(f('setForEach')); Array.from([1], f('from')); 'ab'.replace('a', f('replace')); 'ab'.replaceAll('a', f('replaceAll'));
JSON.stringify({ a: 1 }, f('stringify')); [[1]].flatMap(f('flatMap')); [1].findIndex(f('findIndex'));
const m = new Map([[1, 1]]); m.forEach(f('mapForEach')); [1].every(f('every')); new Array(1).fill(0).map(f('map'));
const scores = new Map([['a', 1]]);
scores.forEach(f('named map forEach'));
Reflect.apply(f('reflect'), null, []); f('call').call(null); f('apply').apply(null, []);
function make() { return new Promise((resolve) => { console.log('executor', new Error('x').stack.split('\n')[2].split(__dirname).join('<dir>')); resolve(); }); }
make();
new Promise(() => { null.boom; });
