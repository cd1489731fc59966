// V8's messages for a few engine errors Boa words its own way.
const t = (label, f) => { try { f(); } catch (e) { console.log(label.padEnd(14), e.constructor.name, e.message); } };
t('yield* 5', () => [...(function* () { yield* 5; })()]);
t('yield* n', () => { const n = 7; [...(function* () { yield* n; })()]; });
t('yield* {}', () => { const o = {}; [...(function* () { yield* o; })()]; });
t('no next', () => { for (const x of { [Symbol.iterator]() { return {}; } }) console.log(x); });
t('bad hint', () => new Date(0)[Symbol.toPrimitive]('bogus'));
t('no hint', () => new Date(0)[Symbol.toPrimitive]());
t('WeakMap recv', () => WeakMap.prototype.get.call(new Map(), {}));
t('WeakSet recv', () => WeakSet.prototype.has.call(new Set(), {}));
t('String.raw', () => String.raw(null));
t('revoked call', () => { const r = Proxy.revocable(function () {}, {}); r.revoke(); r.proxy(); });
t('revoked new', () => { const r = Proxy.revocable(function () {}, {}); r.revoke(); new r.proxy(); });
t('revoked keys', () => { const r = Proxy.revocable({}, {}); r.revoke(); Object.keys(r.proxy); });
console.log(Symbol.keyFor(Symbol.dispose), Symbol.keyFor(Symbol.asyncDispose), Symbol.for('nodejs.dispose') === Symbol.dispose);
console.log(Proxy.prototype, 'prototype' in Proxy, typeof Symbol.for, Symbol.keyFor(Symbol.for('app')));
const gen = (function* () { yield 1; yield* 3; })();
console.log(gen.next());
gen.next();
