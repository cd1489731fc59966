// "is not a function" callees printed as V8's CallPrinter prints them: computed keys in parentheses, literals
// normalised, constructed objects and function literals as (intermediate value).
const t = (label, f) => { try { f(); console.log(label, 'no error'); } catch (e) { console.log(label, e.name, '|', e.message); } };
const obj = {};
const k = 'z';
t('computed-concat', () => obj['computed' + 1]());
t('computed-var', () => obj[k + 1]());
t('computed-name', () => obj[k]());
t('computed-folded', () => obj[1 + 2]());
t('computed-call', () => obj[k.toUpperCase()]());
t('computed-string', () => obj['x-y']());
t('computed-negative', () => obj[-1]());
t('computed-unary', () => obj[-k]());
t('computed-nested', () => obj[(k * 2) + 1]());
t('computed-chain', () => obj[k + 1 + 2]());
t('array-literal', () => [1, 2].mapp());
t('array-nested', () => [1, 'a', [3, 4], { b: 2 }].mapp());
t('object-literal', () => ({ a: 1 }).mapp());
t('new-class', () => new (class A {})().m2());
t('new-date', () => new Date().m2());
t('new-parens', () => (new Map()).foo());
t('arrow-call', () => (() => {})()());
t('function-call', () => (function () {})()());
t('string-method', () => 'abc'.foo());
t('template-method', () => `abc`.foo());
t('number-method', () => (1).foo());
t('logical', () => (obj.a || obj.b)());
t('optional', () => obj?.foo());
t('call-result', () => [].map((x) => x)());
t('conditional', () => obj[k ? 1 : 2]());
let i = 0;
t('template-key', () => obj[`a${k}b${i}`]());
t('template-plain-key', () => obj[`x`]());
t('template-base', () => `a${k}`.foo());
t('update-key', () => obj[i++]());
class Base { m() { return super.nope(); } }
t('super-method', () => new Base().m());
t('member-chain', () => obj.a?.b.c);
t('await-call', () => (async () => { await obj.nope(); })().catch((e) => console.log('async', e.message)));
