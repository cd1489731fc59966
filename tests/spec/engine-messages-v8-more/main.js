// More engine error messages in V8's words: Array#with index, unaligned typed arrays, atob, duplicate group
// names, JSON.parse of an object, defineProperty on a non-extensible object, Array.from(null), new (expr)(), ...
const t = (f) => { try { f(); console.log('no error'); } catch (e) { console.log(e.name, '|', e.message, '|', e.code); } };
t(() => [1, 2].with(5, 0));
t(() => new Uint32Array(new ArrayBuffer(5)));
t(() => atob('***'));
t(() => new RegExp('(?<n>a)(?<n>b)'));
t(() => JSON.parse({}));
t(() => JSON.parse(undefined));
t(() => Object.defineProperty(Object.freeze({}), 'a', { value: 1 }));
t(() => Array.from(null));
t(() => new (() => {})());
t(() => Promise.prototype.then.call(1));
t(() => [].reduce((a, b) => a + b));
t(() => new WeakRef(1));
t(() => Symbol.keyFor('x'));
t(() => 2n ** -1n);
t(() => Object.freeze(new Uint8Array(2)));
t(() => new Set(1));
t(() => structuredClone(() => {}));
t(() => BigInt(1.5));
t(() => BigInt('x'));
t(() => (1).toFixed(101));
t(() => new Array(-1));
t(() => 'abc'.localeCompare());
t(() => Reflect.ownKeys(1));
t(() => new Proxy({}, null));

t(() => Object.defineProperty(Object.freeze({}), 'a', { value: 1 }));
const o = Object.freeze({ b: 1 });
t(() => Object.defineProperty(o, 'a', { value: 1 }));
t(() => Object.defineProperty(o, 'b', { value: 2 }));
const s2 = { c: 1 }; Object.seal(s2);
t(() => Object.defineProperty(s2, 'z', { value: 1 }));
const n = {}; Object.defineProperty(n, 'x', { value: 1 });
t(() => Object.defineProperty(n, 'x', { value: 2 }));
