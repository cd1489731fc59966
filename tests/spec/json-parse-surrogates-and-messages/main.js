// JSON.parse of text JSON.stringify made from broken emoji (lone surrogate escapes) round-trips, and V8's
// messages for a missing colon after a later property, a backslash at the end and -Infinity.
for (const t of [`{"a":1,"b"}`, `{"a":1,"b" 2}`, `{"a":1,"b"`, `{"b"}`, `{"a" }`, `{"a",1}`, `{"a":1,"b",2}`, `"abc\\`, `"ab\\`, `-Infinity`, `-x`, `[1,"a\\`, `{"a":1, "b" : }`]) { try { JSON.parse(t) } catch (e) { console.log(JSON.stringify(t), "=>", e.message) } }
const text = JSON.stringify({ s: 'broken \ud83d emoji', t: ['\udfff', 'ok \u00e9 \n'] });
const back = JSON.parse(text);
console.log(text, back.s.length, back.s === 'broken \ud83d emoji', back.t[0].charCodeAt(0).toString(16), JSON.stringify(back.t[1]));
console.log(JSON.parse('{"\\ud800":1}'), JSON.parse('"\\udfff"').length, JSON.parse('[1e400, -1e400]'));
console.log(JSON.parse('{"a":"\\ud83d","b":2}', (k, v) => (typeof v === 'number' ? v * 10 : v)));
