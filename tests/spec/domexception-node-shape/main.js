// DOMException as node 20 has it: not an Error object, getters over private state, legacy code constants,
// and an uncaught one laid out as node prints non-Error values; throwIfAborted shows node's line.
const d = new DOMException('m', 'NotFoundError');
console.log(Object.prototype.toString.call(d), DOMException.NOT_FOUND_ERR, d.NOT_FOUND_ERR, require('util').types.isNativeError(d), d instanceof Error, d.code, d.name, d.message);
console.log(Object.keys(d), Object.getOwnPropertyNames(d), Object.getOwnPropertyNames(DOMException.prototype).length);
console.error(d);
console.log(String(d), d.stack.split('\n')[0]);
const e2 = new DOMException('x', { name: 'AbortError', cause: 1 }); console.log(e2.code, e2.cause, Object.keys(e2));
const ac = new AbortController(); ac.abort(); console.log(ac.signal.reason.stack.split('\n').slice(0, 3).join(' | '));
try { DOMException.prototype.code; } catch (e) { console.log(e.name, e.code, e.message); }
ac.signal.throwIfAborted();
