// Custom Error subclasses: the stack starts where the error was asked for, below the subclass
// constructors; Error.captureStackTrace(this, this.constructor) cuts at the constructor too.
const show = (e) => console.log(e.stack.split('\n').slice(0, 4).join('\n').replaceAll(__dirname, '<dir>'));
class ValidationError extends Error {}
show(new ValidationError('bad'));
class VErr extends Error { constructor(m) { super(m); this.name = 'VErr'; } }
function check() { throw new VErr('no'); }
try { check(); } catch (e) { show(e); }
class Deep extends VErr { constructor(m) { super(m + '!'); } }
try { (() => { throw new Deep('deep'); })(); } catch (e) { show(e); }
class AppError extends Error {
  constructor(m) { super(m); this.name = 'AppError'; Error.captureStackTrace(this, this.constructor); }
}
function run() { throw new AppError('app'); }
try { run(); } catch (e) { show(e); }
const plain = {};
Error.captureStackTrace(plain);
console.log(plain.stack.split('\n').slice(0, 3).join('\n').replaceAll(__dirname, '<dir>'));
class NotFound extends Error {
  constructor(what) { super(`${what} not found`); this.name = 'NotFound'; this.status = 404; }
}
function find(id) { throw new NotFound(`user ${id}`); }
find(7);
