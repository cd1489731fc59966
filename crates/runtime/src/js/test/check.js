'use strict';
// Compares Looplab's inspect.js / console.js against the real Node 20 util.inspect,
// util.format and console on a large corpus.  Run: node crates/runtime/src/js/test/check.js
// (it re-launches itself with --expose-internals to read promise/proxy/iterator internals).

const { spawnSync } = require('child_process');

let internals;
try {
  internals = require('internal/test/binding');
} catch (e) {
  internals = undefined;
}
if (internals === undefined) {
  const r = spawnSync(process.execPath, ['--expose-internals', '--no-warnings', __filename, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  process.exit(r.status === null ? 1 : r.status);
}

const fs = require('fs');
const path = require('path');
const vm = require('vm');
const util = require('util');
const { Console } = require('console');
const { formatTime: nodeFormatTime } = require('internal/console/constructor');

const ub = internals.internalBinding('util');
const { kPending, kRejected } = ub.constants;

const builtinIds = process.binding('natives');
const natives = {
  promiseState(p) {
    const d = ub.getPromiseDetails(p);
    if (d === undefined) return undefined;
    const state = d[0] === kPending ? 'pending' : d[0] === kRejected ? 'rejected' : 'fulfilled';
    return { state, value: d[1] };
  },
  proxyTarget(v) {
    const d = ub.getProxyDetails(v, true);
    if (d === undefined) return undefined;
    if (d === null) return { target: null, handler: null };
    return { target: d[0], handler: d[1] };
  },
  isBuffer: (v) => Buffer.isBuffer(v),
  cwd: () => process.cwd(),
  isBuiltinModule: (id) => Object.prototype.hasOwnProperty.call(builtinIds, id),
  previewEntries: (v, isIterator) => (isIterator ? ub.previewEntries(v, true) : ub.previewEntries(v)),
};

const dir = path.join(__dirname, '..');
// A script whose parts sit in a directory (inspect/) is those files joined in name order, as js-vendor/build.mjs
// builds it.
const readScript = (file) => {
  const parts = path.join(dir, file.replace(/\.js$/, ''));
  if (!fs.existsSync(parts)) return fs.readFileSync(path.join(dir, file), 'utf8');
  return fs.readdirSync(parts).filter((f) => f.endsWith('.js')).sort()
    .map((f) => fs.readFileSync(path.join(parts, f), 'utf8')).join('');
};
const load = (file) => vm.runInThisContext(readScript(file), { filename: file });
const mine = load('inspect.js')(natives);
const consoleFactory = load('console.js');

let passed = 0;
let failed = 0;
const filter = process.argv[2];

function report(name, expected, actual) {
  if (expected === actual) {
    passed++;
    return;
  }
  failed++;
  console.log(`--- MISMATCH: ${name}`);
  console.log('expected (node):');
  console.log(expected);
  console.log('actual (looplab):');
  console.log(actual);
}

function run(name, fn) {
  if (filter && !name.includes(filter)) return;
  let expected;
  let actual;
  try {
    [expected, actual] = fn();
  } catch (e) {
    failed++;
    console.log(`--- ERROR: ${name}\n${e && e.stack}`);
    return;
  }
  report(name, expected, actual);
}

// inspect(value, opts) on both sides
function I(name, make, opts) {
  run(`inspect ${name}${opts ? ` ${JSON.stringify(opts)}` : ''}`, () => {
    const v = make();
    if (opts === undefined) return [util.inspect(v), mine.inspect(v)];
    return [util.inspect(v, opts), mine.inspect(v, opts)];
  });
}

// format(...args)
function F(name, makeArgs) {
  run(`format ${name}`, () => {
    const args = makeArgs();
    return [util.format(...args), mine.format(...args)];
  });
}

function FW(name, opts, makeArgs) {
  run(`formatWithOptions ${name}`, () => {
    const args = makeArgs();
    return [util.formatWithOptions(opts, ...args), mine.formatWithOptions(opts, ...args)];
  });
}

// Runs `script(console)` against a real Console and against ours; compares the
// sequence of (fd, text) writes plus warnings.
function C(name, script, extra = {}) {
  run(`console ${name}`, () => {
    const realLog = [];
    const stdout = { write: (s) => { realLog.push(`[1]${s}`); return true; } };
    const stderr = { write: (s) => { realLog.push(`[2]${s}`); return true; } };
    const real = new Console({ stdout, stderr, ignoreErrors: false, colorMode: false });
    const origEmit = process.emitWarning;
    process.emitWarning = (msg) => { realLog.push(`[warning]${msg}\n`); };
    try {
      script(real, 'real');
    } finally {
      process.emitWarning = origEmit;
    }

    const myLog = [];
    let clock = extra.clock ? extra.clock.slice() : [0];
    const myNatives = {
      write: (fd, s) => { myLog.push(`[${fd}]${s}`); },
      now: () => (clock.length > 1 ? clock.shift() : clock[0]),
      warning: (msg) => { myLog.push(`[warning]${msg}\n`); },
      stackLines: () => extra.stack || [],
    };
    const { createConsole } = consoleFactory(myNatives, mine);
    const my = createConsole();
    script(my, 'mine');

    let expected = realLog.join('');
    if (extra.normalizeReal) expected = extra.normalizeReal(expected);
    return [expected, myLog.join('')];
  });
}

// ---------------------------------------------------------------------------
// Corpus
// ---------------------------------------------------------------------------

// Primitives
const primitives = [
  ['undefined', () => undefined], ['null', () => null], ['true', () => true], ['false', () => false],
  ['0', () => 0], ['-0', () => -0], ['1.5', () => 1.5], ['-42', () => -42], ['NaN', () => NaN],
  ['Infinity', () => Infinity], ['-Infinity', () => -Infinity], ['1e21', () => 1e21], ['1e-7', () => 1e-7],
  ['MAX_SAFE', () => Number.MAX_SAFE_INTEGER], ['bigint', () => 1n], ['neg bigint', () => -123456789012345678901234567890n],
  ['symbol', () => Symbol('foo')], ['symbol empty', () => Symbol()], ['symbol for', () => Symbol.for('bar')],
  ['symbol iterator', () => Symbol.iterator], ['symbol desc quote', () => Symbol("it's")],
  ['empty string', () => ''], ['string', () => 'hello'], ['string with single quote', () => "it's"],
  ['string with both quotes', () => 'it\'s "x"'], ['string with all quotes', () => 'it\'s "x" `y`'],
  ['string with all quotes and ${', () => 'it\'s "x" ${y}'],
  ['string escapes', () => 'a\nb\tc\\d\u0001\u001f\u007f\u0085'], ['string \\b\\f\\r\\v', () => '\b\f\r\v\0'],
  ['lone surrogate', () => 'a\ud800b\udc00c'], ['surrogate pair', () => 'x\ud83d\ude00y'],
  ['unicode', () => 'héllo wörld ✓ 日本'], ['long string', () => 'x'.repeat(100)],
  ['long string newlines', () => 'line one is here\nline two is here\nline three is longer than the others\n' + 'z'.repeat(50)],
  ['long string single quote', () => "it's ".repeat(30)],
  ['string 16 chars w newline', () => 'abcdefgh\nijklmno'],
  ['long string trailing newline', () => 'a'.repeat(90) + '\n'],
  ['long string escapes > 100', () => ('\u0001ab\'c' + 'x'.repeat(10)).repeat(10)],
];
for (const [n, m] of primitives) I(n, m);

I('numericSeparator int', () => 1234567, { numericSeparator: true });
I('numericSeparator float', () => 1234567.891234, { numericSeparator: true });
I('numericSeparator neg', () => -1234.5, { numericSeparator: true });
I('numericSeparator small', () => 123, { numericSeparator: true });
I('numericSeparator bigint', () => 12345678901234567890n, { numericSeparator: true });
I('numericSeparator NaN', () => NaN, { numericSeparator: true });
I('numericSeparator 1e21', () => 1e21, { numericSeparator: true });
I('numericSeparator array', () => [1000, 20000, 300000.5], { numericSeparator: true });
I('maxStringLength', () => 'abcdefghij', { maxStringLength: 4 });
I('maxStringLength 1 left', () => 'abcde', { maxStringLength: 4 });
I('maxStringLength in obj', () => ({ s: 'x'.repeat(50) }), { maxStringLength: 10 });
I('maxStringLength null', () => 'x'.repeat(20), { maxStringLength: null });

// Plain objects
I('empty object', () => ({}));
I('simple object', () => ({ a: 1, b: 'two', c: true }));
I('nested', () => ({ a: { b: { c: { d: 1 } } } }));
I('nested arrays', () => ({ a: [1, [2, [3, [4]]]] }));
I('nested depth 0', () => ({ a: { b: 1 } }), { depth: 0 });
I('nested depth null', () => ({ a: { b: { c: { d: { e: 1 } } } } }), { depth: null });
I('nested depth Infinity', () => ({ a: { b: { c: { d: { e: 1 } } } } }), { depth: Infinity });
I('nested depth 5 deep', () => ({ l1: { l2: { l3: { l4: { l5: { l6: 'x' } } } } } }), { depth: 5 });
I('quoted keys', () => ({ 'a-b': 1, 'c d': 2, '1x': 3, valid_key: 4, $dollar: 5, "it's": 6, '': 7 }));
I('numeric keys', () => ({ 1: 'a', 2: 'b', 10: 'c' }));
I('symbol keys', () => ({ [Symbol('s')]: 1, [Symbol.for('t')]: 2, [Symbol()]: 3 }));
I('symbol key escape', () => ({ [Symbol('a\nb')]: 1 }));
I('__proto__ key', () => JSON.parse('{"__proto__": 1, "a": 2}'));
I('getters setters', () => ({ get a() { return 1; }, set b(v) {}, get c() { return 2; }, set c(v) {} }));
I('getters option', () => ({ get a() { return 1; }, get o() { return { x: 1 }; }, get n() { return null; }, set s(v) {} }), { getters: true });
I('getters get', () => ({ get a() { return 1; }, get b() { return 2; }, set b(v) {} }), { getters: 'get' });
I('getters set', () => ({ get a() { return 1; }, get b() { return 2; }, set b(v) {} }), { getters: 'set' });
I('getter throws', () => ({ get a() { throw new Error('boom'); } }), { getters: true });
I('undefined values', () => ({ a: undefined, b: null }));
I('non-enumerable hidden', () => Object.defineProperty({ a: 1 }, 'hidden', { value: 2, enumerable: false }));
I('non-enumerable showHidden', () => Object.defineProperty({ a: 1 }, 'hidden', { value: 2, enumerable: false }), { showHidden: true });
I('sorted', () => ({ c: 1, a: 2, b: 3 }), { sorted: true });
I('sorted fn', () => ({ c: 1, a: 2, b: 3 }), { sorted: (a, b) => (a < b ? 1 : -1) });
I('sorted map', () => new Map([['c', 1], ['a', 2]]), { sorted: true });
I('sorted array extras', () => Object.assign([3, 1, 2], { z: 1, y: 2 }), { sorted: true });
I('null prototype', () => Object.create(null));
I('null prototype props', () => Object.assign(Object.create(null), { a: 1, b: { c: 2 } }));
I('prototype without constructor', () => Object.create(Object.create(null)));
I('object with constructor prop', () => ({ constructor: 'x' }));
I('toStringTag', () => ({ [Symbol.toStringTag]: 'foo' }));
I('toStringTag non-enum', () => Object.defineProperty({}, Symbol.toStringTag, { value: 'foo' }));
I('toStringTag proto', () => { class Foo { get [Symbol.toStringTag]() { return 'Bar'; } } return new Foo(); });
I('toStringTag proto same', () => { class Foo { get [Symbol.toStringTag]() { return 'Foo'; } } return new Foo(); });
I('toStringTag with props', () => { class Foo { get [Symbol.toStringTag]() { return 'Tag'; } } const f = new Foo(); f.a = 1; return f; });
I('toStringTag plain obj proto', () => Object.create({ [Symbol.toStringTag]: 'Proto' }));
I('toStringTag null proto', () => { const o = Object.create(null); Object.defineProperty(o, Symbol.toStringTag, { value: 'T' }); return o; });

// Breaking around 72/80 columns
for (let n = 1; n <= 12; n++) {
  I(`object ${n} keys`, () => { const o = {}; for (let i = 0; i < n; i++) o[`key${i}`] = i * 111; return o; });
}
for (let len = 55; len <= 80; len += 3) {
  I(`object value len ${len}`, () => ({ a: 'x'.repeat(len - 10), b: 1 }));
  I(`array strs len ${len}`, () => ['y'.repeat(len - 20), 'z'.repeat(5)]);
}
for (let w = 5; w <= 40; w += 5) {
  I(`nested break ${w}`, () => ({ outer: { inner: 'q'.repeat(w), more: { deep: 'r'.repeat(w) } }, tail: [1, 2, 3] }));
}
I('compact false', () => ({ a: 1, b: { c: [1, 2] } }), { compact: false });
I('compact true', () => ({ a: 1, b: { c: [1, 2] } }), { compact: true });
I('compact true long', () => ({ a: 'x'.repeat(40), b: 'y'.repeat(40), c: { d: 'z'.repeat(70) } }), { compact: true });
I('compact true circular', () => { const o = { a: 1 }; o.self = o; return o; }, { compact: true });
I('compact 1', () => ({ a: { b: { c: 1 } }, d: 2 }), { compact: 1 });
I('compact 0', () => ({ a: [1, 2, 3, 4, 5, 6, 7, 8] }), { compact: 0 });
I('compact 5', () => ({ a: { b: { c: { d: {} } } } }), { compact: 5, depth: 10 });
I('breakLength 40', () => ({ alpha: 'aaaa', beta: 'bbbb', gamma: 'cccc', delta: 'dddd' }), { breakLength: 40 });
I('breakLength Infinity', () => ({ a: 'x'.repeat(100), b: [1, 2, 3], c: { d: 'y'.repeat(60) } }), { breakLength: Infinity });
I('breakLength 120 nested', () => ({ aaa: { bbb: { ccc: 'x'.repeat(30) } }, ddd: 'y'.repeat(40) }), { breakLength: 120 });
I('deep mixed', () => ({ users: [{ name: 'alice', tags: ['a', 'b'], meta: { age: 30, roles: ['admin'] } }, { name: 'bob', tags: [], meta: { age: 25, roles: [] } }] }));
I('deep mixed depth 4', () => ({ users: [{ name: 'alice', tags: ['a', 'b'], meta: { age: 30, roles: ['admin'] } }] }), { depth: 4 });
I('config-like', () => ({ server: { host: 'localhost', port: 8080, tls: { enabled: false, cert: null } }, db: { url: 'postgres://user@host/db', pool: { min: 2, max: 10 } }, features: ['a', 'b', 'c'] }));

// Circular
I('circular self', () => { const o = { a: 1 }; o.self = o; return o; });
I('circular nested', () => { const o = { a: { b: {} } }; o.a.b.root = o; return o; });
I('circular two', () => { const a = { name: 'a' }; const b = { name: 'b', a }; a.b = b; a.arr = [a, b]; return a; });
I('circular two refs', () => { const x = { n: 1 }; const y = { n: 2 }; x.y = y; y.y = y; y.x = x; return x; });
I('circular array', () => { const a = [1, 2]; a.push(a); return a; });
I('circular map', () => { const m = new Map(); m.set('self', m); return m; });
I('circular set', () => { const s = new Set(); s.add(s); return s; });
I('non circular shared', () => { const shared = { x: 1 }; return { a: shared, b: shared }; });

// Arrays
I('empty array', () => []);
I('array simple', () => [1, 2, 3]);
I('array mixed', () => [1, 'two', { three: 3 }, [4], null, undefined]);
I('array holes', () => [1, , 3]); // eslint-disable-line no-sparse-arrays
I('array holes many', () => [, , , 1, , , ]); // eslint-disable-line no-sparse-arrays
I('array sparse big', () => { const a = []; a[5] = 1; a[100] = 2; return a; });
I('array new Array(5)', () => new Array(5));
I('array new Array(1)', () => new Array(1));
I('array holes maxArrayLength', () => { const a = [1, , 3, , 5]; return a; }, { maxArrayLength: 2 }); // eslint-disable-line no-sparse-arrays
I('array extra props', () => Object.assign([1, 2], { foo: 'bar', 'a-b': 1 }));
I('array only extra props', () => Object.assign([], { foo: 'bar' }));
I('array symbol prop', () => Object.assign([1], { [Symbol('s')]: 2 }));
I('array length 101', () => Array.from({ length: 101 }, (_, i) => i));
I('array length 150', () => Array.from({ length: 150 }, (_, i) => i));
I('array length 102 strs', () => Array.from({ length: 102 }, (_, i) => `s${i}`));
I('maxArrayLength 3', () => [1, 2, 3, 4, 5], { maxArrayLength: 3 });
I('maxArrayLength 0', () => [1, 2, 3], { maxArrayLength: 0 });
I('maxArrayLength null', () => Array.from({ length: 120 }, (_, i) => i % 10), { maxArrayLength: null });
I('maxArrayLength -1', () => [1, 2], { maxArrayLength: -1 });
I('maxArrayLength set', () => new Set([1, 2, 3, 4]), { maxArrayLength: 2 });
I('maxArrayLength map', () => new Map([[1, 2], [3, 4], [5, 6]]), { maxArrayLength: 1 });
I('array subclass', () => { class MyArr extends Array {} return MyArr.from([1, 2]); });
I('array subclass empty', () => { class MyArr extends Array {} return new MyArr(); });
I('array null proto', () => { const a = [1, 2]; Object.setPrototypeOf(a, null); return a; });
I('array toStringTag', () => { const a = [1]; Object.defineProperty(a, Symbol.toStringTag, { value: 'Tagged' }); return a; });
I('nested arrays deep', () => [[[[[1]]]]]);
I('array of objects', () => [{ a: 1 }, { b: 2 }, { c: 3 }]);
I('array of arrays matrix', () => [[1, 2, 3], [4, 5, 6], [7, 8, 9]]);
I('array objects long', () => Array.from({ length: 8 }, (_, i) => ({ id: i, name: `item${i}` })));

// Grouping
for (const n of [6, 7, 8, 10, 16, 20, 26, 27, 30, 50, 64, 99, 100]) {
  I(`numbers ${n}`, () => Array.from({ length: n }, (_, i) => i));
  I(`squares ${n}`, () => Array.from({ length: n }, (_, i) => i * i));
}
for (const n of [7, 12, 25, 40, 80]) {
  I(`strings ${n}`, () => Array.from({ length: n }, (_, i) => `item-${i}`));
  I(`varied strings ${n}`, () => Array.from({ length: n }, (_, i) => 'w'.repeat((i * 7) % 13 + 1)));
}
I('floats grouping', () => Array.from({ length: 30 }, (_, i) => Math.round(Math.sin(i) * 10000) / 100));
I('negatives grouping', () => Array.from({ length: 25 }, (_, i) => (i % 2 ? -i : i) * 37));
I('bigint grouping', () => Array.from({ length: 12 }, (_, i) => BigInt(i) ** 5n));
I('mixed grouping', () => Array.from({ length: 20 }, (_, i) => (i % 3 ? i : `s${i}`)));
I('booleans grouping', () => Array.from({ length: 20 }, (_, i) => i % 2 === 0));
I('one long entry no group', () => [...Array.from({ length: 10 }, (_, i) => i), 'x'.repeat(60)]);
I('grouping nested in object', () => ({ data: Array.from({ length: 30 }, (_, i) => i * 3) }));
I('grouping nested deep', () => ({ a: { b: Array.from({ length: 40 }, (_, i) => `k${i}`) } }));
I('grouping with more items', () => Array.from({ length: 130 }, (_, i) => i * 11));
I('grouping compact 1', () => Array.from({ length: 30 }, (_, i) => i), { compact: 1 });
I('grouping breakLength 40', () => Array.from({ length: 30 }, (_, i) => i), { breakLength: 40 });
I('grouping cjk', () => Array.from({ length: 12 }, (_, i) => '日本語'.repeat((i % 3) + 1)));
I('array of 7 objects', () => Array.from({ length: 7 }, (_, i) => ({ i })));
I('array 7 short arrays', () => Array.from({ length: 7 }, (_, i) => [i, i + 1]));
I('typed array grouping', () => new Uint8Array(Array.from({ length: 40 }, (_, i) => i * 6)));
I('typed array 200', () => new Uint16Array(200));

// Map / Set
I('empty map', () => new Map());
I('empty set', () => new Set());
I('map', () => new Map([['a', 1], ['b', 2]]));
I('map objects', () => new Map([[{ k: 1 }, { v: [1, 2] }], ['x', new Map([[1, { deep: { deeper: 1 } }]])]]));
I('map long', () => new Map(Array.from({ length: 10 }, (_, i) => [`key${i}`, { value: i }])));
I('set', () => new Set([1, 'a', { b: 2 }]));
I('set long', () => new Set(Array.from({ length: 30 }, (_, i) => i)));
I('map with props', () => Object.assign(new Map([[1, 2]]), { extra: true }));
I('empty map with props', () => Object.assign(new Map(), { extra: true }));
I('set subclass', () => { class MySet extends Set {} return new MySet([1]); });
I('map subclass', () => { class MyMap extends Map {} return new MyMap([[1, 2]]); });
I('map null proto', () => { const m = new Map([[1, 2]]); Object.setPrototypeOf(m, null); return m; });
I('set null proto', () => { const m = new Set([1]); Object.setPrototypeOf(m, null); return m; });
I('map nested depth', () => ({ a: { b: new Map([[1, 2]]) } }));
I('map too deep', () => ({ a: { b: { c: new Map([[1, 2]]) } } }));
I('set too deep', () => ({ a: { b: { c: new Set([1]) } } }));
I('weakmap', () => new WeakMap());
I('weakset', () => new WeakSet());
I('weakmap showHidden', () => { const k = { k: 1 }; globalThis.__keep = k; return new WeakMap([[k, 'v']]); }, { showHidden: true });
I('weakset showHidden', () => { const k = { k: 2 }; globalThis.__keep2 = k; return new WeakSet([k]); }, { showHidden: true });
I('map iterator', () => new Map([['a', 1], ['b', 2]]).keys());
I('map entries iterator', () => new Map([['a', 1], ['b', 2]]).entries());
I('map values iterator', () => new Map([['a', { x: 1 }]]).values());
I('set iterator', () => new Set([1, 2, 3]).values());
I('set entries iterator', () => new Set([1, 2]).entries());
I('array iterator', () => [1, 2][Symbol.iterator]());
I('string iterator', () => 'ab'[Symbol.iterator]());
I('generator object', () => (function* g() { yield 1; })());
I('async generator object', () => (async function* ag() { yield 1; })());

// Classes and instances
I('class instance', () => { class Foo { constructor() { this.x = 1; } } return new Foo(); });
I('class instance empty', () => { class Foo {} return new Foo(); });
I('class instance nested', () => { class Point { constructor(x, y) { this.x = x; this.y = y; } } return { p: new Point(1, 2), list: [new Point(3, 4)] }; });
I('class', () => class A {});
I('class extends', () => { class A {} return class B extends A {}; });
I('class anonymous', () => (0, class {}));
I('class extends anonymous base', () => { const Base = (0, class {}); return class D extends Base {}; });
I('class with static', () => { class S { static x = 1; } return S; });
I('class extends null', () => class N extends null {});
I('class extends Error', () => class MyErr extends Error {});
I('class deep', () => ({ a: { b: { C: class C {} } } }));
I('instance of anonymous class', () => new (class {})());
I('class instance toStringTag', () => { class Foo { get [Symbol.toStringTag]() { return 'X'; } } return { f: new Foo() }; });
I('object with proto class', () => { class Animal {} class Dog extends Animal { constructor() { super(); this.name = 'rex'; } } return new Dog(); });
I('Object.create(proto)', () => Object.create({ inherited: 1 }));
I('showHidden proto props', () => { class A { constructor() { this.a = 1; } } A.prototype.shared = 2; return new A(); }, { showHidden: true });
I('instance too deep', () => { class Foo { constructor() { this.x = 1; } } return { a: { b: { c: new Foo() } } }; });
I('empty instance too deep', () => { class Foo {} return { a: { b: { c: new Foo() } } }; });
I('null proto too deep', () => ({ a: { b: { c: Object.assign(Object.create(null), { x: 1 }) } } }));

// Functions
I('function', () => function f() {});
I('anon function', () => (0, function () {}));
I('arrow', () => () => {});
I('named arrow', () => { const arrow = () => {}; return arrow; });
I('async function', () => async function af() {});
I('async arrow', () => async () => {});
I('generator function', () => function* g() {});
I('async generator function', () => async function* ag() {});
I('function with props', () => Object.assign(function withProps() {}, { a: 1, b: 'x' }));
I('function in object', () => ({ fn() {}, arrow: () => 1, async am() {}, *gen() {} }));
I('bound function', () => function b() {}.bind(null));
I('builtin function', () => Math.max);
I('builtin ctor', () => Object);
I('function null proto', () => { const f = function np() {}; Object.setPrototypeOf(f, null); return f; });
I('function toStringTag', () => { const f = function t() {}; f[Symbol.toStringTag] = 'T'; return f; });
I('function name non-string', () => { const f = function () {}; Object.defineProperty(f, 'name', { value: 'renamed' }); return f; });
I('function deep', () => ({ a: { b: { c: function deep() {} } } }));
I('function with props deep', () => ({ a: { b: { c: Object.assign(function wp() {}, { x: 1 }) } } }));
I('showHidden function', () => function sh(a, b) {}, { showHidden: true });

// Errors
const mkErr = (...a) => { const e = new Error(...a); return e; };
I('error', () => mkErr('boom'));
I('error no message', () => new Error());
I('type error', () => new TypeError('bad type'));
I('range error', () => new RangeError('bad range'));
I('error with props', () => Object.assign(new Error('with code'), { code: 'E_CODE', errno: 42 }));
I('error no stack', () => { const e = new Error('nostack'); e.stack = undefined; return e; });
I('error stack deleted', () => { const e = new Error('del'); delete e.stack; return e; });
I('error stack non-standard', () => { const e = new Error('x'); e.stack = 'custom stack text'; return e; });
I('error stack only header', () => { const e = new Error('hdr'); e.stack = 'Error: hdr'; return e; });
I('error name changed', () => { const e = new Error('msg'); e.name = 'CustomName'; return e; });
I('error name changed stack', () => { const e = new Error('msg'); e.name = 'FooError'; e.stack = 'FooError: msg\n    at foo (file.js:1:1)'; return e; });
I('error subclass', () => { class MyError extends Error {} return new MyError('sub'); });
I('error subclass named', () => { class MyError extends Error { constructor(m) { super(m); this.name = 'MyError'; } } return new MyError('named'); });
I('error cause', () => new Error('outer', { cause: new Error('inner') }));
I('error cause primitive', () => new Error('outer', { cause: 'just a string' }));
I('error cause undefined', () => new Error('outer', { cause: undefined }));
I('error cause object', () => new Error('outer', { cause: { code: 1 } }));
I('aggregate error', () => new AggregateError([new Error('e1'), new TypeError('e2')], 'multi'));
I('error in object', () => ({ err: new Error('nested') }));
I('error in array', () => [new Error('in array')]);
I('error depth', () => ({ a: { b: { c: new Error('deep') } } }));
I('error null proto', () => { const e = new Error('np'); Object.setPrototypeOf(e, null); return e; });
I('error message multiline', () => new Error('line1\nline2'));
I('error stack fake frames', () => { const e = new Error('f'); e.stack = 'Error: f\n    at a (x.js:1:1)\n    at b (y.js:2:2)'; return e; });
I('error stack fake frames nested', () => { const e = new Error('f'); e.stack = 'Error: f\n    at a (x.js:1:1)\n    at b (y.js:2:2)'; return { wrap: { e } }; });
I('error name prop enumerable', () => { const e = new Error('m'); e.name = 'TypeError'; return e; });
I('error showHidden', () => new Error('hidden'), { showHidden: true });
I('error custom toStringTag', () => { const e = new Error('tag'); Object.defineProperty(e, Symbol.toStringTag, { value: 'Tagged' }); return e; });
I('error-like object', () => ({ name: 'Error', message: 'not real' }));
I('error stack not string', () => { const e = new Error('x'); e.stack = 42; return e; });
I('error with empty message prop', () => { const e = new Error(''); e.extra = 1; return e; });
I('error stack frames fake cause', () => {
  const c = new Error('c'); c.stack = 'Error: c\n    at a (x.js:1:1)\n    at b (x.js:2:1)\n    at c (x.js:3:1)\n    at d (x.js:4:1)\n    at e (x.js:5:1)';
  const e = new Error('e', { cause: c }); e.stack = 'Error: e\n    at z (x.js:9:1)\n    at b (x.js:2:1)\n    at c (x.js:3:1)\n    at d (x.js:4:1)\n    at e (x.js:5:1)';
  return e;
});

// Dates, regexps, boxed
I('date', () => new Date(0));
I('date 2', () => new Date('2020-05-17T12:34:56.789Z'));
I('invalid date', () => new Date(NaN));
I('date with props', () => Object.assign(new Date(0), { foo: 1 }));
I('date subclass', () => { class MyDate extends Date {} return new MyDate(0); });
I('date in object', () => ({ when: new Date(86400000) }));
I('regexp', () => /ab+c/gi);
I('regexp escapes', () => /a\/b[\]]\n/u);
I('regexp with props', () => Object.assign(/x/, { foo: 1 }));
I('regexp subclass', () => { class MyRe extends RegExp {} return new MyRe('x', 'g'); });
I('regexp deep', () => ({ a: { b: { c: Object.assign(/x/, { p: 1 }) } } }));
I('regexp null proto', () => { const r = /np/; Object.setPrototypeOf(r, null); return r; });
I('boxed number', () => new Number(3));
I('boxed -0', () => new Number(-0));
I('boxed string', () => new String('x'));
I('boxed string props', () => Object.assign(new String('ab'), { extra: 1 }));
I('boxed boolean', () => new Boolean(false));
I('boxed bigint', () => Object(5n));
I('boxed symbol', () => Object(Symbol('boxed')));
I('boxed subclass', () => { class N extends Number {} return new N(5); });
I('boxed string long', () => new String('y'.repeat(100)));
I('boxed null proto', () => { const n = new Number(1); Object.setPrototypeOf(n, null); return n; });

// Promises
I('promise resolved', () => Promise.resolve(1));
I('promise resolved object', () => Promise.resolve({ a: [1, 2] }));
I('promise pending', () => new Promise(() => {}));
I('promise rejected', () => { const p = Promise.reject(new Error('nope')); p.catch(() => {}); return p; });
I('promise rejected primitive', () => { const p = Promise.reject(3); p.catch(() => {}); return p; });
I('promise with props', () => Object.assign(Promise.resolve(2), { x: 1 }));
I('promise in object', () => ({ p: Promise.resolve('v') }));
I('promise subclass', () => { class MyP extends Promise {} return MyP.resolve(1); });
I('promise of promise', () => Promise.resolve(new Promise(() => {})));
I('promise deep', () => ({ a: { b: { c: Promise.resolve(1) } } }));

// Proxies
I('proxy object', () => new Proxy({ a: 1 }, {}));
I('proxy with traps', () => new Proxy({ a: 1 }, { get() { return 'trapped'; }, ownKeys() { return []; } }));
I('proxy array', () => new Proxy([1, 2, 3], {}));
I('proxy function', () => new Proxy(function pf() {}, {}));
I('proxy showProxy', () => new Proxy({ a: 1 }, { get() { return 1; } }), { showProxy: true });
I('proxy showProxy deep', () => ({ a: { b: { c: new Proxy({}, {}) } } }), { showProxy: true });
I('revoked proxy', () => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy; });
I('proxy in object', () => ({ p: new Proxy({ x: 1 }, {}) }));
I('proxy of proxy', () => new Proxy(new Proxy({ inner: 1 }, {}), {}));

// Typed arrays, buffers, DataView
I('uint8array', () => new Uint8Array([1, 2, 3]));
I('empty uint8array', () => new Uint8Array(0));
I('int16array', () => new Int16Array([-1, 2, -3]));
I('float32array', () => new Float32Array([1.5, -0, NaN]));
I('float64array', () => new Float64Array([0.1, 0.2]));
I('bigint64array', () => new BigInt64Array([1n, -2n]));
I('biguint64array', () => new BigUint64Array([2n ** 64n - 1n]));
I('uint8clamped', () => new Uint8ClampedArray([300, -5]));
I('typed array 101', () => new Int32Array(101));
I('typed array props', () => Object.assign(new Uint8Array(2), { foo: 'bar' }));
I('typed array showHidden', () => new Uint8Array([1, 2]), { showHidden: true });
I('typed subclass', () => { class MyU8 extends Uint8Array {} return new MyU8(2); });
I('typed null proto', () => { const t = new Uint8Array([5]); Object.setPrototypeOf(t, null); return t; });
I('arraybuffer', () => new Uint8Array([1, 2]).buffer);
I('arraybuffer empty', () => new ArrayBuffer(0));
I('arraybuffer long', () => new ArrayBuffer(120));
I('arraybuffer maxArrayLength', () => new ArrayBuffer(10), { maxArrayLength: 4 });
I('arraybuffer props', () => Object.assign(new ArrayBuffer(2), { x: 1 }));
I('arraybuffer in object', () => ({ buf: new ArrayBuffer(3) }));
I('shared arraybuffer', () => new SharedArrayBuffer(4));
I('dataview', () => new DataView(new ArrayBuffer(4), 1, 2));
I('dataview nested', () => ({ dv: new DataView(new ArrayBuffer(2)) }));
I('typed deep', () => ({ a: { b: { c: new Uint8Array(2) } } }));

// Custom inspect
const custom = Symbol.for('nodejs.util.inspect.custom');
I('custom string', () => ({ [custom]() { return 'CUSTOM'; } }));
I('custom object', () => ({ [custom]() { return { replaced: true }; } }));
I('custom returns this', () => { const o = { a: 1, [custom]() { return this; } }; return o; });
I('custom multiline nested', () => ({ wrap: { [custom]() { return 'line1\nline2'; } } }));
I('custom depth arg', () => ({ a: { b: { [custom](depth) { return `depth=${depth}`; } } } }));
I('custom options arg', () => ({ [custom](depth, options) { return `bl=${options.breakLength} c=${options.compact} d=${options.depth} keys=${Object.keys(options).sort().join(',')}`; } }));
I('custom user option passthrough', () => ({ [custom](depth, options) { return `foo=${options.foo}`; } }), { foo: 'bar' });
I('custom uses inspect arg', () => ({ [custom](depth, options, insp) { return `X<${insp({ a: [1, 2] }, options)}>`; } }));
I('custom stylize', () => ({ [custom](depth, options) { return options.stylize('styled', 'special'); } }));
I('customInspect false', () => ({ a: 1, [custom]() { return 'no'; } }), { customInspect: false });
I('custom on class proto', () => { class C { [custom]() { return 'C!'; } } return [new C(), new C()]; });
I('custom prototype object skipped', () => { class C { [custom]() { return 'C!'; } } return C.prototype; });
I('custom returns primitive number', () => ({ [custom]() { return 42; } }));
I('custom in array', () => [1, { [custom]() { return 'c'; } }, 3]);
I('custom on function', () => Object.assign(function cf() {}, { [custom]() { return 'fn-custom'; } }));

// Arguments, misc builtins
I('arguments', () => (function () { return arguments; })(1, 'two'));
I('arguments empty', () => (function () { return arguments; })());
I('Math', () => Math);
I('JSON', () => JSON);
I('Reflect', () => Reflect);
I('Atomics-ish', () => ({ atomics: typeof Atomics }));
I('Symbol.prototype', () => Symbol.prototype);
I('Object.prototype', () => Object.prototype);
I('Array.prototype', () => Array.prototype);
I('frozen', () => Object.freeze({ a: 1 }));
I('globalThis-free big object', () => { const o = {}; for (let i = 0; i < 30; i++) o[`prop${i}`] = i % 2 ? `v${i}` : i; return o; });
I('object with many nested', () => ({ a: [{ b: { c: [1, 2, { d: 'e' }] } }], f: new Map([['g', new Set([1])]]) }));
I('object with long key', () => ({ ['k'.repeat(90)]: 1 }));
I('object key escapes', () => ({ 'a\nb': 1, 'tab\t': 2, "q'": 3 }));
I('non-enumerable key escape', () => Object.defineProperty({}, "it's\n", { value: 1 }), { showHidden: true });
I('showHidden array', () => [1, 2], { showHidden: true });
I('showHidden object', () => ({ a: 1 }), { showHidden: true });
I('showHidden map', () => new Map([[1, 2]]), { showHidden: true });
I('showHidden class instance', () => { class K { constructor() { this.v = 1; } } return new K(); }, { showHidden: true });
I('showHidden error in obj', () => ({ e: new RangeError('r') }), { showHidden: true });
I('colors', () => ({ n: 1, s: 'str', b: true, u: undefined, nl: null, sym: Symbol('s'), d: new Date(0), r: /x/, big: 2n, f() {} }), { colors: true });
I('colors array grouping', () => Array.from({ length: 30 }, (_, i) => i), { colors: true });
I('colors nested', () => ({ a: { b: { c: { d: 1 } } }, circ: (() => { const o = {}; o.o = o; return o; })() }), { colors: true });
I('colors error', () => { const e = new Error('c'); e.stack = 'Error: c\n    at x (file.js:1:1)\n    at Module._compile (node:internal/modules/cjs/loader:1:1)\n    at node:fs:1:1\n    at y (/a/node_modules/pkg/index.js:1:1)\n    at z (/a/node_modules/@scope/pkg/node_modules/dep/x.js:1:1)\n    at w (' + process.cwd() + '/src/file.js:1:1)\n    at ' + process.cwd() + '/top.js:2:2\n    at u (file://' + process.cwd() + '/esm.mjs:3:3)'; return e; }, { colors: true });
I('legacy args showHidden', () => ({ a: 1 }), true);
run('inspect legacy depth', () => { const v = { a: { b: { c: { d: {} } } } }; return [util.inspect(v, false, 0), mine.inspect(v, false, 0)]; });
run('inspect legacy colors', () => { const v = { a: 1, s: 'x' }; return [util.inspect(v, false, null, true), mine.inspect(v, false, null, true)]; });
run('inspect defaultOptions', () => [JSON.stringify(util.inspect.defaultOptions), JSON.stringify(mine.inspect.defaultOptions)]);
run('inspect custom symbol', () => [String(util.inspect.custom), String(mine.inspect.custom)]);
run('stripVTControlCharacters', () => { const s = '\u001b[31mred\u001b[39m \u001b]8;;http://x\u0007link\u001b]8;;\u0007 \u001b[1;2Hz'; return [util.stripVTControlCharacters(s), mine.stripVTControlCharacters(s)]; });
run('isError', () => [String([util.isError(new Error()), util.isError({}), util.isError(Object.create(Error.prototype))]), String([mine.isError(new Error()), mine.isError({}), mine.isError(Object.create(Error.prototype))])]);

// Strings inside containers: line breaks of long strings
I('long string in object', () => ({ text: 'lorem ipsum dolor sit amet '.repeat(5) }));
I('long string multiline in object', () => ({ text: 'first line of text here\nsecond line of text here\nthird line of text here too' }));
I('long string in array', () => ['short', 'lorem ipsum dolor sit amet '.repeat(4)]);
I('long string multiline top', () => 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\nbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\ncccc');
I('string exactly 76', () => 'x'.repeat(76));
I('string exactly 77', () => 'x'.repeat(77));
I('string in nested 70', () => ({ a: { b: 'x'.repeat(70) } }));

// Module-namespace-like / misc
I('object with null and undefined', () => ({ n: null, u: undefined, arr: [null, undefined] }));
I('date-like invalid in array', () => [new Date(NaN)]);
I('number keys order', () => ({ b: 1, 2: 'two', a: 3, 1: 'one' }));
I('array with negative index key', () => Object.assign([1], { '-1': 'neg' }));
I('array with big index', () => { const a = [1]; a[4294967295] = 'x'; return a; });

// More edge cases
I('negative zero in array', () => [-0, 0, -0.5]);
I('huge string default max', () => 'x'.repeat(10005));
I('unicode keys', () => ({ 'ключ': 1, 'clé': 2, '日本': 3 }));
I('non-enumerable symbol', () => Object.defineProperty({}, Symbol('hid'), { value: 1, enumerable: false }), { showHidden: true });
I('accessor symbol', () => ({ get [Symbol('g')]() { return 1; } }));
I('object with toString', () => ({ toString() { return 'x'; } }));
I('emoji string array grouping', () => Array.from({ length: 10 }, (_, i) => '😀'.repeat(i % 3 + 1)));
I('class with toStringTag static', () => { class T { static get [Symbol.toStringTag]() { return 'Static'; } } return T; });
I('object tag and null proto', () => { const o = Object.create(null); o[Symbol.toStringTag] = 'X'; return o; });
I('array with -0 grouping', () => [-0, 1, 2, 3, 4, 5, 6, 7]);
I('bigint typed grouping', () => new BigInt64Array(Array.from({ length: 10 }, (_, i) => BigInt(i * 1000))));
I('float typed grouping', () => new Float64Array(Array.from({ length: 20 }, (_, i) => i / 3)));
I('set of arrays', () => new Set([[1, 2], [3, 4]]));
I('map of maps', () => new Map([['a', new Map([['b', new Map([['c', new Map([['d', 1]])]])]])]]));
I('array of maps', () => [new Map([[1, 2]]), new Set(['x'])]);
I('nested 4 levels mix', () => ({ l1: [{ l2: new Map([['l3', { l4: [1, 2] }]]) }] }));
I('nested 4 levels depth 3', () => ({ l1: [{ l2: new Map([['l3', { l4: [1, 2] }]]) }] }), { depth: 3 });
I('object 72 chars', () => ({ aaaaaaaa: 'bbbbbbbbbbbbbbbb', cccccccc: 'dddddddddddddddd', eeeeee: 'fffffff' }));
I('object 76 chars', () => ({ aaaaaaaa: 'bbbbbbbbbbbbbbbb', cccccccc: 'dddddddddddddddd', eeeeee: 'fffffffffff' }));
I('object with 4 short entries nested', () => ({ a: { b: 1, c: 2, d: 3, e: 4 }, f: { g: { h: { i: 1 } } } }));
I('array 6 items', () => ['aaaaaaaaaaaa', 'bbbbbbbbbbbb', 'cccccccccccc', 'dddddddddddd', 'eeeeeeeeeeee', 'ffffffffffff']);
I('array 7 long items', () => Array.from({ length: 7 }, (_, i) => `${i}`.repeat(15)));
I('array 27 two-char', () => Array.from({ length: 27 }, (_, i) => String.fromCharCode(97 + (i % 26)).repeat(2)));
I('object many short keys', () => Object.fromEntries(Array.from({ length: 26 }, (_, i) => [String.fromCharCode(97 + i), i])));
I('weakref', () => new WeakRef({}));
I('date -0 time', () => new Date(-1));
I('date far', () => new Date(8.64e15));
I('regexp sticky unicode', () => /x/suy);
I('regexp with slash class', () => new RegExp('[/]a/b'));
I('regexp escaped slash', () => /https?:\/\/example\.com\//);
I('arguments with extra', () => (function () { arguments.extra = 1; return arguments; })(1));
I('boxed string in object', () => ({ s: new String('abc') }));
I('frozen array', () => Object.freeze([1, 2]));
I('object with number-like keys', () => ({ '01': 1, '1.5': 2, '-1': 3, 1e3: 4 }));
I('array with named and holes', () => { const a = [1, , 3]; a.name = 'n'; return a; }); // eslint-disable-line no-sparse-arrays
I('object literal with __proto__ null', () => ({ __proto__: null, a: 1 }));
I('getter on class instance', () => { class G { constructor() { Object.defineProperty(this, 'v', { get: () => 5, enumerable: true }); } } return new G(); }, { getters: true });
I('getter returns object long', () => ({ get big() { return { a: 'x'.repeat(50), b: 'y'.repeat(50) }; } }), { getters: true });
I('class instance with symbol tag and props', () => { class P { constructor() { this.x = 1; } get [Symbol.toStringTag]() { return 'Pt'; } } return [new P()]; });
I('error with cause nested in obj', () => { const e = new Error('o', { cause: 'c' }); e.stack = 'Error: o\n    at f (a.js:1:1)'; return { err: e }; });
I('error in map', () => { const e = new TypeError('t'); e.stack = 'TypeError: t\n    at g (b.js:2:2)'; return new Map([['e', e]]); });
I('error stack with message in frames', () => { const e = new Error('at'); e.stack = 'Error: at\n    at at (at.js:1:1)'; return e; });
I('error message not in stack', () => { const e = new Error('m1'); e.stack = 'Error: other\n    at x (x.js:1:1)'; e.message = 'changed'; return e; });
I('error name in stack differs', () => { const e = new RangeError('r'); e.name = 'Other'; return [e.stack.split('\n')[0], e.name]; });
I('error name non-Error suffix', () => { const e = new Error('x'); e.name = 'Oops'; e.stack = 'Oops: x\n    at f (f.js:1:1)'; return e; });
I('error subclass with stack header', () => { class ValidationError extends Error {} const e = new ValidationError('v'); e.stack = 'Error: v\n    at f (f.js:1:1)'; return e; });
I('error subclass name set', () => { class HttpError extends Error { constructor() { super('h'); this.name = 'HttpError'; this.status = 404; } } const e = new HttpError(); e.stack = 'HttpError: h\n    at f (f.js:1:1)'; return e; });
I('aggregate fake stacks', () => { const a = new Error('a'); a.stack = 'Error: a\n    at a (a.js:1:1)'; const e = new AggregateError([a, 'str'], 'agg'); e.stack = 'AggregateError: agg\n    at m (m.js:1:1)'; return e; });
I('error too deep', () => { const e = new Error('deep'); e.stack = 'Error: deep\n    at d (d.js:1:1)'; e.code = 'X'; return { a: { b: { c: { e } } } }; });
I('object containing error indented', () => { const e = new Error('ind'); e.stack = 'Error: ind\n    at d (d.js:1:1)\n    at e (e.js:2:2)'; return { level1: { level2: e } }; });

I('null proto chain with tag', () => { const p = Object.create(null); Object.defineProperty(p, Symbol.toStringTag, { value: 'PT' }); return Object.create(p); });
I('null proto chain with tag props', () => { const p = Object.create(null); p[Symbol.toStringTag] = 'PT'; const o = Object.create(p); o.a = 1; return o; });
I('anon ctor chain', () => { const F = function () {}; Object.defineProperty(F, 'name', { value: '' }); const o = new F(); return o; });
I('proto chain no ctor but deeper ctor', () => { const p = Object.create(null); p.constructor = function Named() {}; const mid = Object.create(p); return Object.create(mid); });
I('null proto with own tag non-enum', () => { const o = Object.create(null); Object.defineProperty(o, Symbol.toStringTag, { value: 'NT' }); o.x = 1; return o; });
I('array-like null proto map with tag', () => { const m = new Map([[1, 1]]); Object.setPrototypeOf(m, null); m[Symbol.toStringTag] = 'MT'; return m; });

// Inspection via util.inspect on values containing buffers (Buffer has its own custom inspect)
I('buffer', () => Buffer.from('hi'));

// Seeded random structures: exercises line breaking / grouping / depth combinations.
{
  let seed = 12345;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
  const words = ['a', 'id', 'name', 'value', 'longerKeyName', 'x-y', 'with space', 'k1', 'data', 'items'];
  function gen(depth) {
    const r = rnd();
    if (depth > 4 || r < 0.35) {
      return pick([
        () => Math.floor(rnd() * 1000),
        () => Math.round(rnd() * 1e6) / 100,
        () => 'str'.repeat(1 + Math.floor(rnd() * 8)),
        () => pick([true, false, null, undefined]),
        () => BigInt(Math.floor(rnd() * 1e9)),
        () => -Math.floor(rnd() * 50),
        () => 'q'.repeat(Math.floor(rnd() * 90)),
      ])();
    }
    if (r < 0.6) {
      const o = {};
      const n = Math.floor(rnd() * 7);
      for (let i = 0; i < n; i++) o[pick(words) + (i ? i : '')] = gen(depth + 1);
      return o;
    }
    if (r < 0.85) {
      const n = Math.floor(rnd() * (rnd() < 0.3 ? 40 : 8));
      const allNum = rnd() < 0.4;
      return Array.from({ length: n }, () => (allNum ? Math.floor(rnd() * 10 ** Math.floor(rnd() * 5)) : gen(depth + 1)));
    }
    if (r < 0.93) {
      const m = new Map();
      const n = Math.floor(rnd() * 5);
      for (let i = 0; i < n; i++) m.set(pick(words) + i, gen(depth + 1));
      return m;
    }
    const st = new Set();
    const n = Math.floor(rnd() * 9);
    for (let i = 0; i < n; i++) st.add(gen(depth + 1));
    return st;
  }
  for (let i = 0; i < 250; i++) {
    const v = gen(0);
    const opts = pick([undefined, undefined, { depth: 4 }, { breakLength: 60 }, { compact: 1 }, { compact: false }, { depth: null, breakLength: 100 }, { compact: true }, { sorted: true }]);
    I(`fuzz ${i}`, () => v, opts);
  }
}

// ---------------------------------------------------------------------------
// format
// ---------------------------------------------------------------------------
F('no args', () => []);
F('single string', () => ['hello']);
F('single string with %s', () => ['%s']);
F('string + extra', () => ['a', 'b', 1]);
F('%s string', () => ['hi %s!', 'there']);
F('%s number', () => ['%s', 42]);
F('%s -0', () => ['%s', -0]);
F('%s bigint', () => ['%s', 5n]);
F('%s object', () => ['%s', { a: { b: { c: 1 } } }]);
F('%s array', () => ['%s', [1, [2, [3]]]]);
F('%s null undefined', () => ['%s %s', null, undefined]);
F('%s symbol', () => ['%s', Symbol('x')]);
F('%s error', () => ['%s', new Error('fmt err')]);
F('%s class instance toString', () => { class T { toString() { return 'custom toString'; } } return ['%s', new T()]; });
F('%s own toString', () => ['%s', { toString() { return 'own'; } }]);
F('%s toPrimitive', () => ['%s', { [Symbol.toPrimitive]() { return 'prim'; } }]);
F('%s date', () => ['%s', new Date(0)]);
F('%s function', () => ['%s', function foo() {}]);
F('%s class instance', () => { class Foo { constructor() { this.a = 1; } } return ['%s', new Foo()]; });
F('%s null proto', () => ['%s', Object.create(null)]);
F('%s map', () => ['%s', new Map([[1, { a: 1 }]])]);
F('%d', () => ['%d', 42.5]);
F('%d string', () => ['%d', '42']);
F('%d bigint', () => ['%d', 1n]);
F('%d symbol', () => ['%d', Symbol('s')]);
F('%d object', () => ['%d', {}]);
F('%d -0', () => ['%d', -0]);
F('%d empty string', () => ['%d', '']);
F('%i', () => ['%i', 42.9]);
F('%i string', () => ['%i', '0x10']);
F('%i bigint', () => ['%i', 7n]);
F('%i symbol', () => ['%i', Symbol()]);
F('%f', () => ['%f', '3.14abc']);
F('%f symbol', () => ['%f', Symbol()]);
F('%f number', () => ['%f', 1e21]);
F('%j', () => ['%j', { a: [1, 'x'] }]);
F('%j circular', () => { const o = {}; o.o = o; return ['%j', o]; });
F('%j undefined', () => ['%j', undefined]);
F('%j toJSON', () => ['%j', { toJSON() { return 'J'; } }]);
F('%o', () => ['%o', { a: [1, 2], f() {} }]);
F('%o array', () => ['%o', [1, 2, 3]]);
F('%o nested', () => ['%o', { a: { b: { c: { d: { e: 1 } } } } }]);
F('%O', () => ['%O', { a: { b: { c: { d: 1 } } } }]);
F('%c', () => ['%cstyled', 'color: red']);
F('%%', () => ['100%% sure', 1]);
F('%% alone', () => ['%%']);
F('%% no args', () => ['a %% b']);
F('missing args', () => ['%s and %s', 'one']);
F('unknown placeholder', () => ['%x %s', 'a']);
F('trailing percent', () => ['50%', 1]);
F('percent at end with args', () => ['%s%', 'a']);
F('extra args objects', () => ['%s', 'a', { b: 1 }, [2]]);
F('first arg number', () => [1, 2, 3]);
F('first arg object', () => [{ a: 1 }, 'str', 5]);
F('first arg undefined', () => [undefined]);
F('first arg null + str', () => [null, 'x']);
F('multiple', () => ['%s:%d:%i:%f:%j:%%', 'a', 1.5, 2.5, '3.5', [4]]);
F('no placeholders + extra', () => ['plain', 'extra', 2]);
F('symbol first', () => [Symbol('first'), 'x']);
F('%s proxy', () => ['%s', new Proxy({ a: 1 }, {})]);
F('%s array subclass', () => { class A extends Array {} return ['%s', A.from([1])]; });
F('%s number keyed', () => ['%s', { toString: 5 }]);
F('%s deep array', () => ['%s', { arr: [[1, 2], [3, 4]] }]);
F('%s object with Symbol.toStringTag', () => ['%s', { [Symbol.toStringTag]: 'X', a: 1 }]);
F('string with newline', () => ['a\nb', { c: 1 }]);
F('%s string with quotes', () => ['%s', "it's"]);
F('extra string not quoted', () => ['x', "it's"]);
FW('colors', { colors: true }, () => ['%s %d', 'a', 1, { b: 2 }]);
FW('numericSeparator', { numericSeparator: true }, () => ['%d %i %f %s', 1234567, 7654321.5, 12345.678, 1000000]);
FW('depth 0', { depth: 0 }, () => [{ a: { b: 1 } }]);
FW('compact false', { compact: false }, () => ['%O', { a: 1 }]);
FW('breakLength 20', { breakLength: 20 }, () => [{ alpha: 1, beta: 2, gamma: 3 }]);

// ---------------------------------------------------------------------------
// console
// ---------------------------------------------------------------------------
C('log basic', (c) => { c.log('hello'); c.log(1, 'two', { three: 3 }); c.log(); });
C('log format', (c) => { c.log('%s is %d years', 'Bob', 42); c.log('%o', [1]); c.log('%j', { a: 1 }); });
C('info debug', (c) => { c.info('info', 1); c.debug('debug', [1, 2]); });
const sharedErr = new Error('to stderr');
C('warn error', (c) => { c.warn('warning!', { a: 1 }); c.error(sharedErr); c.error('plain'); });
C('log big object', (c) => c.log({ a: Array.from({ length: 40 }, (_, i) => i), b: 'x'.repeat(70), c: { d: { e: { f: 1 } } } }));
C('log map of objects', (c) => c.log(new Map([['a', { x: 1, y: [1, 2] }], ['b', { x: 2, y: [] }]])));
C('dir', (c) => { c.dir({ a: { b: { c: { d: 1 } } } }); c.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 }); });
C('dir custom inspect ignored', (c) => c.dir({ x: 1, [Symbol.for('nodejs.util.inspect.custom')]() { return 'CUSTOM'; } }));
C('dir depth null', (c) => c.dir({ a: { b: { c: { d: {} } } } }, { depth: null }));
C('group', (c) => {
  c.log('level 0');
  c.group('Group A');
  c.log('level 1');
  c.log({ multi: 'x'.repeat(60), line: 'y'.repeat(30) });
  c.group();
  c.warn('level 2 warn\nsecond line');
  c.groupEnd();
  c.groupCollapsed('collapsed', 1);
  c.error('in collapsed');
  c.groupEnd();
  c.groupEnd();
  c.groupEnd();
  c.log('back to 0');
});
C('count', (c) => {
  c.count(); c.count(); c.count('x'); c.count('default'); c.countReset(); c.count(); c.countReset('nope'); c.count(1); c.count('1');
});
C('assert', (c) => {
  c.assert(true, 'not shown');
  c.assert(false);
  c.assert(false, 'with message %s', 'formatted');
  c.assert(0, { obj: 1 });
  c.assert(null, 42, 'x');
  c.assert('', 'empty string is falsy');
});
C('table array of objects', (c) => c.table([{ a: 1, b: 'Y' }, { a: 'Z', b: 2 }]));
C('table primitives', (c) => c.table([1, 'two', null, undefined, true]));
C('table mixed', (c) => c.table([{ a: 1 }, 5, 'str', { b: { nested: true } }]));
C('table object of objects', (c) => c.table({ r1: { c1: 1, c2: 2 }, r2: { c2: 3, c3: [1, 2, 3, 4] } }));
C('table properties filter', (c) => c.table([{ a: 1, b: 2, c: 3 }, { a: 4, b: 5 }], ['a', 'c']));
C('table properties with primitive rows', (c) => c.table([1, { a: 2 }], ['a']));
C('table map', (c) => c.table(new Map([['k1', { v: 1 }], [{ o: 1 }, 'v2']])));
C('table set', (c) => c.table(new Set([1, 'a', { b: 2 }])));
C('table map iterator', (c) => c.table(new Map([['a', 1], ['b', 2]]).entries()));
C('table map keys iterator', (c) => c.table(new Map([['a', 1], ['b', 2]]).keys()));
C('table set iterator', (c) => c.table(new Set(['x', 'y']).values()));
C('table non-object', (c) => { c.table(5); c.table('str'); c.table(null); });
C('table empty', (c) => { c.table([]); c.table({}); });
C('table nested arrays', (c) => c.table([[1, 2], [3, 4, 5]]));
C('table typed array', (c) => c.table(new Uint8Array([1, 2])));
C('table wide values', (c) => c.table([{ name: 'a very long name here', n: 1 }, { name: 'short', n: 123456 }]));
C('table unicode', (c) => c.table([{ k: '日本語' }, { k: 'abc' }]));
C('table emoji', (c) => c.table([{ k: '😀x' }, { k: 'é' }, { k: 'abc' }]));
C('table in group', (c) => { c.group('g'); c.table([{ a: 1 }]); c.groupEnd(); });
C('table object with many keys', (c) => c.table([{ o: { a: 1, b: 2, c: 3 } }, { o: [1, 2, 3, 4, 5] }]));
C('table strings', (c) => c.table(['apples', 'oranges', 'bananas']));
C('table object primitives', (c) => c.table({ a: 1, b: 'two' }));
C('time warnings', (c) => {
  c.timeEnd('missing');
  c.timeLog('missing2');
  c.time('dup');
  c.time('dup');
  c.countReset('zzz');
});
C('trace', (c, which) => { c.trace('here %d', 1); c.trace(); c.group(); c.trace('grouped'); c.groupEnd(); }, {
  stack: ['    at f (file.js:1:2)', '    at g (file.js:3:4)'],
  normalizeReal: (s) => s
    .replace(/\n(\s*)    at [^\n]*(?:\n\1    at [^\n]*)*/g, (m, ind) => `\n${ind}    at f (file.js:1:2)\n${ind}    at g (file.js:3:4)`),
});
C('log after bound', (c) => { const { log } = c; log('detached'); });
C('log errors and causes', (c) => { const e = new Error('x', { cause: new Error('y') }); e.stack = 'Error: x\n    at a (f.js:1:1)'; e.cause.stack = 'Error: y\n    at b (f.js:2:2)'; c.log(e); c.log({ e }); });

// console.time formatting, deterministic clock
{
  const clockCases = [0, 0.5, 1.2345, 12.3456789, 999.9994, 999.9996, 1000, 1500.4, 59999, 60000, 61234.5, 3599999, 3600000, 3723456.789, 36000000];
  for (const ms of clockCases) {
    run(`console time ${ms}ms`, () => {
      const out = [];
      let t = 100;
      const natives2 = { write: (fd, s) => out.push(s), now: () => t, warning: () => {} };
      const { createConsole } = consoleFactory(natives2, mine);
      const c = createConsole();
      c.time('lbl');
      t += ms;
      c.timeLog('lbl', 'extra', { a: 1 });
      c.timeEnd('lbl');
      c.time();
      c.timeEnd();
      const f = nodeFormatTime(ms);
      return [`lbl: ${f} extra { a: 1 }\nlbl: ${f}\ndefault: 0ms\n`, out.join('')];
    });
  }
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
