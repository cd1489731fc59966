// Argument errors of util.inspect.defaultOptions, console.table and structuredClone() carry node's code and "Received" text.
const util = require('util');
try { util.inspect.defaultOptions = null; } catch (e) { console.log(e.code, e.message, e.name); console.log(e.stack.split('\n')[0]); }
try { console.table([{ a: 1 }], 'a'); } catch (e) { console.log(e.code, e.message); }
try { structuredClone(); } catch (e) { console.log(e.code, e.message); }
console.log(structuredClone.length, structuredClone({ a: [1] }));
