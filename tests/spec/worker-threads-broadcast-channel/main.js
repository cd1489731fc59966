// BroadcastChannel delivery order and errors, and worker_threads' main-thread exports.
const a=new BroadcastChannel('x'), b=new BroadcastChannel('x');
b.onmessage=(e)=>{console.log('b', e.data, e.constructor.name, e.target===b); };
a.onmessage=(e)=>console.log('a', e.data);
const c=new BroadcastChannel('x'); c.addEventListener('message', (e)=>console.log('c', e.data));
a.postMessage(1); b.postMessage(2);
setTimeout(()=>console.log('t0'),0); setImmediate(()=>console.log('imm'));
Promise.resolve().then(()=>console.log('micro'));
setTimeout(()=>{a.close();b.close();c.close(); console.log(a, typeof a.ref, typeof a.unref, Object.getOwnPropertyNames(BroadcastChannel.prototype));},20);
try { new BroadcastChannel(); } catch (e) { console.log(e.code, e.message); }
try { a.postMessage(); } catch (e) { console.log(e.code, e.message); }
const w = require('worker_threads'); console.log(Object.keys(w), w.isMainThread, w.threadId, w.BroadcastChannel === BroadcastChannel);
console.log(Object.getOwnPropertyNames(globalThis).filter(k=>/Broadcast|MessageChannel|MessagePort|MessageEvent/.test(k)));
const { MessageChannel, receiveMessageOnPort } = w;
const { port1, port2 } = new MessageChannel();
port1.postMessage({ a: 1 });
port1.postMessage('second');
console.log(receiveMessageOnPort(port2), receiveMessageOnPort(port2), receiveMessageOnPort(port2));
port1.close();
try { receiveMessageOnPort({}); } catch (e) { console.log(e.code, e.message); }
w.setEnvironmentData('k', 1); console.log(w.getEnvironmentData('k'), w.parentPort, w.workerData, w.resourceLimits);
