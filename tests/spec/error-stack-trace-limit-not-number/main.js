// A non-number Error.stackTraceLimit captures no stack; captureStackTrace needs an object.
Error.stackTraceLimit = 'x';
console.log(new Error('e').stack);
Error.stackTraceLimit = 10;
try { Error.captureStackTrace(1); } catch (e) { console.log(e.name, e.message); }
delete Error.stackTraceLimit;
console.log(new Error('e').stack, 'stackTraceLimit' in Error);
Error.stackTraceLimit = 2;
function a() { return new Error('z').stack; } function b() { return a(); }
console.log(b().split(__dirname).join("<dir>"));
