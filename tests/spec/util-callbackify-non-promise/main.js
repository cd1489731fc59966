// util.callbackify of a function that returns no promise: V8's messages for node's ReflectApply(...).then.
const { callbackify } = require('util');
try { callbackify(() => 1)(() => {}); } catch (e) { console.log(e.name, e.message); }
try { callbackify(() => undefined)(() => {}); } catch (e) { console.log(e.name, e.message); }
try { callbackify(() => null)(() => {}); } catch (e) { console.log(e.name, e.message); }
callbackify(async (x) => x * 2)(21, (err, v) => console.log(err, v));
callbackify(async () => { throw null; })((err) => console.log(err.code, err.message, err.reason));
