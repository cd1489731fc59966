// An uncaught JSON.parse error: node shows the JSON text's line with a caret, and JSON.parse's frame.
const body = '{\n  "user": "ada",\n  "age": 36,\n}';
console.log('parsing', body.length, 'bytes');
try {
  JSON.parse('[1, 2');
} catch (e) {
  console.log(e.stack.split('\n').slice(0, 2).join(' | '));
}
JSON.parse(body);
