// Frames of code run by a direct eval: V8's 'eval (eval at CALLER (file:line:col), <anonymous>:line:col)'.
console.log(eval('new Error("e").stack').split('\n').slice(0, 3).join('\n').split(__dirname).join('<dir>'));
function f() { return eval('\n  new Error("g").stack'); }
console.log(f().split('\n').slice(0, 3).join('\n').split(__dirname).join('<dir>'));
