// Proxies and receivers in V8's words: revoked proxies name the trap, a strict set trap returning false,
// builtin methods on the wrong receiver (a proxy shows as its target), frozen arrays, primitives that cannot
// be made, bad descriptors, promise cycles, running generators.
'use strict';
const t = (label, f) => { try { f(); console.log(label, 'no error'); } catch (e) { console.log(label, e.name, '|', e.message); } };
const { proxy: revoked, revoke } = Proxy.revocable({}, {});
revoke();
t('revoked-get', () => revoked.x);
t('revoked-set', () => { revoked.x = 1; });
t('revoked-has', () => 'x' in revoked);
t('revoked-delete', () => delete revoked.x);
t('revoked-keys', () => Object.keys(revoked));
t('revoked-proto', () => Object.getPrototypeOf(revoked));
const refusing = new Proxy({}, { set() { return false; } });
t('set-trap-false', () => { refusing.q = 1; });
class K {}
t('map-get-array', () => Map.prototype.get.call([], 1));
t('map-get-object', () => Map.prototype.get.call({}, 1));
t('map-get-number', () => Map.prototype.get.call(1, 1));
t('map-get-instance', () => Map.prototype.get.call(new K(), 1));
t('set-add-map', () => Set.prototype.add.call(new Map(), 1));
t('proxy-map-set', () => new Proxy(new Map(), {}).set(1, 2));
t('proxy-set-add', () => new Proxy(new Set(), {}).add(1));
t('proxy-date', () => new Proxy(new Date(0), {}).getTime());
t('frozen-pop', () => Object.freeze([1]).pop());
t('frozen-splice', () => Object.freeze([1, 2]).splice(0, 1));
t('frozen-shift', () => Object.freeze([1, 2]).shift());
const frozen = Object.freeze([1]);
t('frozen-delete', () => { delete frozen[0]; });
t('to-primitive', () => ({ toString() { return {}; }, valueOf() { return {}; } }) + 1);
t('to-primitive-symbol', () => ({ [Symbol.toPrimitive]() { return {}; } }) + 1);
t('descriptor-both', () => Object.defineProperty({}, 'x', { get() {}, value: 1 }));
t('descriptor-both-writable', () => Object.defineProperties({}, { x: { get() {}, writable: true } }));
t('descriptor-getter', () => Object.defineProperty({}, 'x', { get: 1 }));
function* gen() { yield it.next(); }
const it = gen();
t('generator-running', () => it.next());
const p = Promise.resolve().then(() => p);
p.catch((e) => console.log('promise-cycle', e.name, '|', e.message));
