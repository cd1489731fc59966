// The error assert.throws / doesNotThrow caught, as node shows it: called from node's getActual, under
// `Function.throws` (`throws` destructured).
const assert = require('assert');
const { throws, doesNotThrow } = assert;
const show = (e) => console.log(e.stack.split('\n').slice(0, 4).join('\n').split(__dirname).join('<dir>'));
try { assert.doesNotThrow(() => { throw new TypeError('b'); }); } catch (e) { show(e.actual); }
try { doesNotThrow(function parse() { JSON.parse('{'); }); } catch (e) { show(e.actual); }
try { throws(function bad() { throw new TypeError('c'); }, RangeError); } catch (e) { show(e.actual); }
try { assert.strict.throws(function worse() { throw new TypeError('d'); }, RangeError); } catch (e) { show(e.actual); }
function parsePort(s) {
  const n = Number(s);
  if (!Number.isInteger(n)) throw new TypeError(`invalid port: ${s}`);
  return n;
}
assert.throws(function check() { parsePort('80x'); }, { name: 'TypeError', message: 'invalid port: 80' });
