// Error.captureStackTrace formats the stack on its first read (a custom error's name set after the capture
// shows in it), a frozen error still prints its stack, and a stack's descriptor reads as a data property.
class ValidationError extends Error {
  constructor(field, message) {
    super(message);
    Error.captureStackTrace(this, ValidationError);
    this.name = 'ValidationError';
    this.field = field;
  }
}
function validate(user) {
  if (user.age < 0) throw new ValidationError('age', 'Age must be positive');
  return user;
}
try {
  validate({ age: -1 });
} catch (err) {
  console.log(err.stack.split('\n').slice(0, 2).join('\n').split(__dirname).join('.'));
  console.log(err.name, err.field, err instanceof ValidationError, Object.getOwnPropertyNames(err));
  console.log(String(err));
}
const plain = {};
Error.captureStackTrace(plain);
plain.name = 'Plain';
plain.message = 'set later';
console.log(plain.stack.split('\n')[0]);
const d = Object.getOwnPropertyDescriptor(new Error('x'), 'stack');
console.log(typeof d.value, d.writable, d.enumerable, d.configurable, 'get' in d);
console.log(Object.keys(Object.getOwnPropertyDescriptors(new RangeError('r'))));
try {
  Error.captureStackTrace(Object.preventExtensions({}));
} catch (e) {
  console.log(e.message);
}
const frozen = Object.freeze(new TypeError('frozen error'));
console.log(frozen.stack.split('\n')[0], frozen.stack === frozen.stack);
process.on('exit', () => console.log('exit'));
throw new ValidationError('email', 'Email is required');
