// Built-in constructors called without new, and other misused built-ins, in V8's words (and, uncaught, with the
// constructor's own frame).
const tries = [
  () => Map(),
  () => new Map(Set()),
  () => WeakMap(),
  () => Promise((r) => r()),
  () => Uint8Array(2),
  () => ArrayBuffer(8),
  () => SharedArrayBuffer(8),
  () => Float64Array.from(Int16Array(2)),
  () => Object.create(undefined),
  () => Object.create(5),
  () => String.prototype.trim.call(null),
  () => String.prototype.toUpperCase.apply(undefined, []),
  () => new DataView({}),
  () => FinalizationRegistry(() => {}),
];
for (const f of tries) { try { f(); console.log('no error'); } catch (e) { console.log(`${e.constructor.name}: ${e.message}`); } }
Map();
