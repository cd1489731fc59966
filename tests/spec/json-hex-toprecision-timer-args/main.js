// JSON.parse: a reviver gets (key, value) only, numbers past a double are ±Infinity; hex decoding stops at the
// first bad pair; toPrecision below 1e-100; timers/promises argument errors.
console.log(JSON.parse('{"a":12345678901234567890,"b":[1,2]}', function (k, v, ctx) { return ctx === undefined ? v : 'ctx'; }));
console.log(JSON.parse('{"a":1}', (...args) => args.length === 2 ? args[1] : 'three'));
console.log(Buffer.from('0g12', 'hex'), Buffer.from('abc', 'hex'), Buffer.from('zz11', 'hex'), Buffer.from('11zz22', 'hex'), Buffer.from('1 2', 'hex'));
console.log((1.5e-101).toPrecision(2), (5e-324).toPrecision(3), (1.2345e-200).toPrecision(5), (-2.5e-150).toPrecision(1), (123.456).toPrecision(4), (0).toPrecision(3), (1e21).toPrecision(3), (9.995e-105).toPrecision(3));
console.log(JSON.parse('1e400'), JSON.parse('[-1e400, 2]'), JSON.parse('{"x": 1E+999}'));
const tp = require('timers/promises');
tp.setTimeout('10').then(() => console.log('resolved'), (e) => console.log(e.code, e.message));
tp.setTimeout(1, 1, 'x').catch((e) => console.log(e.code, e.message));
tp.setImmediate(1, 'x').catch((e) => console.log(e.code, e.message));
tp.setTimeout(1, 1, { signal: 1 }).catch((e) => console.log(e.code, e.message));
tp.setTimeout(1, 1, { ref: 1 }).catch((e) => console.log(e.code, e.message));
