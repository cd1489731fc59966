// An event handler property's listener (port.onmessage, signal.onabort): node's eventHandler wrapper frame.
const { port1, port2 } = new MessageChannel();
port2.onmessage = (e) => { console.log(new Error('x').stack.split('\n').slice(0, 6).join('\n').split(__dirname).join('<dir>')); port2.close(); };
port1.postMessage(1);
const ac = new AbortController();
ac.signal.onabort = function () { console.log(new Error('y').stack.split('\n').slice(0, 7).join('\n').split(__dirname).join('<dir>')); };
setTimeout(() => ac.abort(), 5);
