// structuredClone's transfer list detaches the ArrayBuffers it moves; a non-iterable list is rejected.
const buf = new ArrayBuffer(8);
const view = new Uint8Array(buf); view[0] = 42;
const moved = structuredClone(buf, { transfer: [buf] });
console.log(buf.byteLength, moved.byteLength, new Uint8Array(moved)[0]);
try { view[0]; console.log('view len', view.length); } catch (e) { console.log(e.message); }
const u = new Uint16Array([1, 2, 3]);
const c = structuredClone({ u }, { transfer: [u.buffer] });
console.log(u.length, c.u);
const ab2 = new ArrayBuffer(2);
try { structuredClone(ab, { transfer: [ab2, ab2] }); } catch (e) { console.log(e.name, e.message); }
try { structuredClone(1, { transfer: 'x' }); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(structuredClone(5, { transfer: [] }), structuredClone(5, undefined));
const mc = new MessageChannel(); const sent = new ArrayBuffer(3); mc.port2.onmessage = (e) => { console.log('got', e.data.byteLength, sent.byteLength); mc.port1.close(); }; mc.port1.postMessage(sent, [sent]);
