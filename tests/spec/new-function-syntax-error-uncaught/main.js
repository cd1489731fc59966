// A syntax error in new Function's body: node's header shows the compiled function's line.
const body = 'const total = a + b;\nreturn total +* 2;';
const add = new Function('a', 'b', body);
console.log(add(1, 2));
