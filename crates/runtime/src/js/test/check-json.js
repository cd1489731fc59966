//! Compares json.js's V8-style JSON.parse error messages with real node's (run: node crates/runtime/src/js/test/check-json.js).
const vm = require('vm'); const fs = require('fs');
const internal = {}; const f = vm.runInNewContext(fs.readFileSync('' + require('path').join(__dirname, '..', 'json.js') + '','utf8'), { JSON: {parse(){}} });
f(internal);
const cases = ['', ' ', 'x', '{', '[', '{"a":1,}', '[1,]', '{"a" 1}', '[1 2]', '"abc', '"a\u0001"', '"\\x"', '"\\u12g4"', '-', '-a', '1.', '1.e', '1e', '1e+', 'tru', 'trux', 'nul', '{"a":1} x', '"a" "b"', '{a:1}', '{"a":}', 'undefined', '{"key": "value", "other": tru}', '[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, x]', '01', '{"a":1', '[1,2', '{"a"', '{"a":', "'a'", 'NaN', '{"a":1}}', '[1]]', '{,}', '[,]', '{"a":1,,}'];
let p = 0, fl = 0;
for (const c of cases) { let want; try { JSON.parse(c); want = null } catch (e) { want = e.message } const got = internal.v8JsonMessage(c); if (want === got) p++; else { fl++; console.log(JSON.stringify(c), '\n  node:', want, '\n  ours:', got) } }
console.log(`${p} passed, ${fl} failed`);
