// console.log of arrays (holes, long arrays, extra props), Maps, Sets, typed arrays and nested collections.
console.log([1, 2, 3], [], [[]], ['a', 'b']);
console.log([1, , 3, , , 6]);
console.log(Array.from({ length: 120 }, (_, i) => i));
console.log(Array.from({ length: 30 }, (_, i) => 'item' + i));
const arr = [1, 2];
arr.extra = 'prop';
console.log(arr);
console.log(new Map([['a', 1], ['b', { nested: true }], [{ k: 1 }, [1, 2]]]));
console.log(new Set([1, 'two', [3], { four: 4 }]));
console.log(new Map(), new Set());
console.log({ m: new Map([[1, new Set([2, 3])]]), s: new Set([new Map([['x', 'y']])]) });
console.log(new Uint8Array([1, 2, 255]), new Float64Array(2));
console.log([undefined, null, NaN, -0, 0, Infinity, 1e21, 123456789012345680000]);
console.log(new Array(5), [1, 2, 3].keys(), new Map([[1, 2]]).entries());
