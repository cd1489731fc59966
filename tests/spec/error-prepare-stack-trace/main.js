// Error.prepareStackTrace gets V8-style CallSite objects (file, line, column, function/type/method names).
const path = require('path');
function where() {
  const orig = Error.prepareStackTrace;
  Error.prepareStackTrace = (_, stack) => stack;
  const stack = new Error().stack;
  Error.prepareStackTrace = orig;
  return stack;
}
function caller() { return where(); }
const s = caller();
console.log(Array.isArray(s), s.length > 3, typeof s[0].getFileName);
for (const cs of s.slice(0, 3)) {
  console.log(path.basename(cs.getFileName() || ''), cs.getLineNumber(), cs.getColumnNumber(), cs.getFunctionName(), cs.getTypeName(), cs.getMethodName(), cs.isToplevel(), cs.isConstructor(), cs.isNative(), cs.isEval(), String(cs).split(__dirname).join('<dir>'));
}
Error.prepareStackTrace = (err, frames) => `custom:${err.message}:${frames.length > 0}`;
console.log(new Error('x').stack);
Error.prepareStackTrace = undefined;
console.log(new Error('y').stack.split('\n')[0]);
class Foo { constructor() { this.s = where(); } m() { return where(); } }
const f = new Foo();
console.log(f.s[1].getFunctionName(), f.s[1].isConstructor(), f.s[1].getTypeName(), f.m()[1].getFunctionName(), f.m()[1].getMethodName(), f.m()[1].getTypeName());
