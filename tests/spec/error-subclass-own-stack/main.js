// Every error has its own `stack` from the start, before `message` (V8's order), whatever its class is
// called: the widely copied `JSON.stringify(err, Object.getOwnPropertyNames(err))` relies on it.
class NotFound extends Error {}
class HttpErr extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}
const errors = { NotFound, HttpErr, Error, TypeError };
for (const [name, E] of Object.entries(errors)) {
  const e = new E('missing', 404);
  console.log(name, Object.getOwnPropertyNames(e), Object.prototype.hasOwnProperty.call(e, 'stack'));
}
const err = new HttpErr('upstream failed', 502);
const json = JSON.parse(JSON.stringify(err, Object.getOwnPropertyNames(err)));
console.log(Object.keys(json), json.message, json.status, json.stack.split('\n')[0]);
class Point { constructor(x) { this.x = x; } }
console.log(new Point(1), Object.getOwnPropertyNames(new Point(2)));
