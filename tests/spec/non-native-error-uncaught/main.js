// An object that only inherits from Error.prototype (ES5-style error "class"): node prints it with the layout
// of other values, a blank line before the source line and none after the caret.
function ValidationError(message, field) {
  this.message = message;
  this.field = field;
  Error.captureStackTrace(this, ValidationError);
}
ValidationError.prototype = Object.create(Error.prototype);
ValidationError.prototype.name = 'ValidationError';
ValidationError.prototype.constructor = ValidationError;
const e = new ValidationError('bad email', 'email');
console.log(e instanceof Error, Object.prototype.toString.call(e), String(e));
throw e;
