'use strict';
// Builtins' errors in V8's words, where the source shows the values involved.
function attempt(label, f) {
  try {
    f();
  } catch (err) {
    console.log(label, `${err.name}: ${err.message}`);
    console.log('  ' + err.stack.split('\n')[1].trim().replaceAll(__dirname, '.'));
  }
}
const frozen = Object.freeze(['a']);
attempt('push frozen', () => frozen.push('b'));
attempt('assign frozen', () => { const cfg = Object.freeze({ port: 80 }); cfg.port = 81; });
attempt('create', () => Object.create(5));
attempt('in operator', () => 'id' in 42);
attempt('reduce', () => [].reduce((a, b) => a + b));
attempt('json cycle', () => { const a = { name: 'a' }; a.me = a; JSON.stringify(a); });
