// JSON nested deeper than 128 levels (a serialized linked list, deep arrays) parses as in node, with a reviver too.
let head = null; for (let i = 999; i >= 0; i--) head = { value: i, next: head };
const back = JSON.parse(JSON.stringify(head));
let n = 0; for (let p = back; p; p = p.next) n++;
console.log(n, back.next.next.value);
const deep = '['.repeat(2000) + '1' + ']'.repeat(2000);
let a = JSON.parse(deep); let d = 0; while (Array.isArray(a)) { a = a[0]; d++; }
console.log(d, a);
const revived = JSON.parse(JSON.stringify(head), (k, v) => (k === 'value' ? v * 2 : v));
console.log(revived.value, revived.next.value, revived.next.next.next.value);
console.log(JSON.parse('{"a":' .repeat(200) + '{"__proto__": 1, "x": [1e400, "s\\u0041"]}' + '}'.repeat(200)));
