// AsyncResource and AbortSignal.any/timeout argument checks and names, as node.
const { AsyncResource } = require('async_hooks');
console.log(JSON.stringify(AsyncResource.bind(function f() {}).name));
const r = new AsyncResource('X');
console.log(JSON.stringify(r.bind(function g() {}).name), JSON.stringify(r.bind(() => {}).name), JSON.stringify(r.bind(function g() {}, {}).name));
for (const v of [-5, 1.5, 'x', -1, 0]) try { new AsyncResource('T', { triggerAsyncId: v }); console.log('no throw', v); } catch (e) { console.log(e.code, e.message); }
try { new AsyncResource('T', -3); console.log('no throw'); } catch (e) { console.log(e.code, e.message); }
try { r.runInAsyncScope(null); } catch (e) { console.log(e.name, e.message); }
for (const v of [[{}], [1], undefined, 'x']) try { AbortSignal.any(v); console.log('no throw'); } catch (e) { console.log(e.code, e.message); }
for (const v of [-1, 'x', 1.5, 2 ** 32, undefined]) try { AbortSignal.timeout(v); console.log('no throw', v); } catch (e) { console.log(e.code, e.message); }
