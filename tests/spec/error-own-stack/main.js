// An error has its own `stack`, listed before its message: JSON.stringify(err, Object.getOwnPropertyNames(err))
// includes it, `delete err.stack` removes it, and assigning it again makes an ordinary property.
class ValidationError extends Error {
  constructor(field) { super(`invalid ${field}`); this.name = 'ValidationError'; this.field = field; }
}
const e = new Error('gone');
console.log(Object.getOwnPropertyNames(e), e.hasOwnProperty('stack'));
console.log(Object.getOwnPropertyNames(new ValidationError('email')));
const json = JSON.parse(JSON.stringify(new TypeError('boom'), Object.getOwnPropertyNames(new TypeError('x'))));
console.log(Object.keys(json), json.stack.split('\n')[0]);
try { null.x; } catch (err) { console.log(Object.getOwnPropertyNames(err)); }
console.log(delete e.stack, typeof e.stack);
console.log([e], { e });
const quiet = new Error('no stack');
delete quiet.stack;
quiet.stack = undefined;
throw quiet;
