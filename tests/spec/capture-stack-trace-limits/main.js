// Error.captureStackTrace and stackTraceLimit edge cases
function frameCount(stack) {
  return stack === undefined ? 'no stack' : stack.split('\n').length - 1;
}
class HttpError extends Error {
  constructor(status, msg) {
    super(msg);
    this.name = 'HttpError';
    this.status = status;
    Error.captureStackTrace(this, HttpError);
  }
}
function handler() { return new HttpError(404, 'page missing'); }
const he = handler();
console.log(he.stack.split('\n')[0], '| first frame fn:', he.stack.split('\n')[1].trim().split(' ')[1]);

function unrelated() {}
const target = {};
Error.captureStackTrace(target, unrelated);
console.log('constructorOpt not on stack ->', JSON.stringify(target.stack));

const plain = { message: 'plain object', name: 'Plain' };
Error.captureStackTrace(plain);
console.log(plain.stack.split('\n')[0], Object.keys(plain));

for (const limit of [0, 1, 3, -1, -10, 2.7, '2', null, undefined, NaN]) {
  Error.stackTraceLimit = limit;
  const e = new Error('limit test');
  console.log(String(limit).padEnd(9), frameCount(e.stack));
}
Error.stackTraceLimit = 10;
try {
  Error.captureStackTrace(null);
} catch (e) {
  console.log('captureStackTrace(null):', e.name);
}
