// parseInt reads decimal digits past 2^53 as V8 does (correctly rounded), other radices as V8 approximates them.
const cases = ['12345678901234567890', '123456789012345678', '99999999999999999999', '-0', '  42px', '0x1F', '0x', '', 'z', '1e21', '\u00a0 7', '-12.5', '0b11', '9007199254740993', '1'.repeat(400)];
for (const c of cases) console.log(JSON.stringify(c.slice(0, 20)), parseInt(c), Object.is(parseInt(c), -0));
for (const r of [2, 8, 16, 36, 0, 1, 37, 7, 3, -1, 4294967312]) console.log(r, parseInt('123456789abcdefghijklmnopqrstuvwxyz', r), parseInt('10101010101010101010101010101010101010101010101010101010101', r));
console.log(parseInt === Number.parseInt, parseInt.name, parseInt.length, parseInt(1e21), parseInt(0.0000005), parseInt(null, 36), parseInt({ toString() { return '12' } }));
try { parseInt(Symbol()) } catch (e) { console.log(e.message) }
console.log(Object.getOwnPropertyDescriptor(globalThis, 'parseInt'), Object.getOwnPropertyDescriptor(Number, 'parseInt').enumerable);
