// Non-iterables in V8's words: built-ins name the type (and a number's or boolean's value), spread and for-of
// name the expression, for-await says "async iterable", entries that are not objects, Symbol.iterator reads.
const t = (label, f) => { try { f(); console.log(label, 'no error'); } catch (e) { console.log(label, e.name, '|', e.message); } };
const obj = { a: 1 };
const seven = 7;
t('map-object', () => new Map({ a: 1 }));
t('map-var', () => new Map(obj));
t('set-number', () => new Set(5));
t('set-bound-number', () => new Set(seven));
t('set-boolean', () => new Set(true));
t('weakset-fn', () => new WeakSet(function () {}));
t('fromEntries-object', () => Object.fromEntries({}));
t('fromEntries-number', () => Object.fromEntries(5));
t('fromEntries-null', () => Object.fromEntries(null));
t('map-entry', () => new Map([1, 2]));
t('map-entry-later', () => new Map([[1, 2], 'ab']));
t('weakmap-entry', () => new WeakMap([null]));
t('fromEntries-entry', () => Object.fromEntries([1]));
function spreadEmpty() { return [...{}]; }
function spreadLiteral() { return [...{ a: 1 }]; }
function spreadTwo() { return [...{ a: 1, b: 2 }]; }
t('spread-empty', spreadEmpty);
t('spread-literal', spreadLiteral);
t('spread-two', spreadTwo);
t('spread-number', () => [...5]);
t('spread-var', () => [...obj]);
try { [...{}]; } catch (e) { console.log('top-level', e.message); }
let u;
const n = null;
t('iterator-undefined', () => u[Symbol.iterator]);
t('iterator-null', () => n[Symbol.iterator]);
t('async-iterator-undefined', () => u[Symbol.asyncIterator]);
Promise.all(5).catch((e) => console.log('Promise.all', e.message));
Promise.race({}).catch((e) => console.log('Promise.race', e.message));
(async () => {
  try {
    for await (const x of 123) console.log(x);
  } catch (e) {
    console.log('for-await', e.message);
  }
})();
