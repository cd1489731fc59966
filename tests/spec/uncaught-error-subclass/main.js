// A custom Error subclass with extra properties crashes with its name, message and props on stderr.
class ValidationError extends Error {
  constructor(field) {
    super('invalid field: ' + field);
    this.name = 'ValidationError';
    this.field = field;
    this.code = 'E_VALIDATION';
  }
}
process.on('exit', (code) => console.log('exit', code));
setImmediate(() => {
  throw new ValidationError('email');
});
